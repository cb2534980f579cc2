import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n/i18n';
import { renderWithProviders } from '../../test/render';
import { kUnreadRefetchMs } from './hooks';
import { NotificationBell } from './NotificationBell';
import { notificationServer } from './test_server';

afterEach(async () => {
  vi.useRealTimers();
  await i18n.changeLanguage('en');
});

describe('NotificationBell', () => {
  it('links to the notifications with the unread count in its name, asking again every minute', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const server = notificationServer(5);
    vi.stubGlobal('fetch', server.fn);
    renderWithProviders(<NotificationBell />);
    const bell = await screen.findByRole('link', { name: 'Notifications, 3 unread' });
    expect(bell).toHaveAttribute('href', '/notifications');
    expect(server.urls).toContain('GET /api/v1/me/notifications?unread_only=true&page=1&page_size=1');

    server.setUnread(4);
    await act(() => vi.advanceTimersByTimeAsync(kUnreadRefetchMs));
    expect(await screen.findByRole('link', { name: 'Notifications, 4 unread' })).toBeInTheDocument();
  });

  it('asks again when the window regains focus', async () => {
    const server = notificationServer(5);
    vi.stubGlobal('fetch', server.fn);
    renderWithProviders(<NotificationBell />);
    await screen.findByRole('link', { name: 'Notifications, 3 unread' });
    server.setUnread(0);
    act(() => {
      window.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new Event('focus'));
    });
    expect(await screen.findByRole('link', { name: 'Notifications, all read' })).toBeInTheDocument();
  });

  it('speaks Kazakh and Russian', async () => {
    vi.stubGlobal('fetch', notificationServer(5).fn);
    await i18n.changeLanguage('kk');
    const { unmount } = renderWithProviders(<NotificationBell />);
    expect(await screen.findByRole('link', { name: 'Хабарламалар, оқылмағаны: 3' })).toBeInTheDocument();
    unmount();
    await i18n.changeLanguage('ru');
    renderWithProviders(<NotificationBell />);
    expect(await screen.findByRole('link', { name: 'Уведомления, непрочитанных: 3' })).toBeInTheDocument();
  });

  it('is not there for guests', async () => {
    const server = notificationServer(5, { signedIn: false });
    vi.stubGlobal('fetch', server.fn);
    renderWithProviders(<NotificationBell />);
    await vi.waitFor(() => expect(server.urls).toContain('GET /api/v1/auth/session'));
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(server.urls.some((u) => u.includes('/notifications'))).toBe(false);
  });
});
