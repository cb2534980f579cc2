import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { NotificationsPage } from './NotificationsPage';
import { notificationServer } from './test_server';

describe('NotificationsPage', () => {
  it('lists the newest first, marks the unread ones and pages through', async () => {
    const server = notificationServer(25);
    vi.stubGlobal('fetch', server.fn);
    const user = userEvent.setup();
    renderWithProviders(<NotificationsPage />, { route: '/notifications', path: '/notifications' });
    const list = await screen.findByRole('list', { name: 'Notifications, newest first' });
    const rows = within(list).getAllByTestId('notification');
    expect(rows).toHaveLength(20);
    expect(rows[0]).toHaveTextContent('Your appeal No. 2-2026-00100 has been registered.');
    expect(rows[0]).toHaveTextContent('03/20/2026, 18:30');
    expect(rows[0]).toHaveTextContent('New');
    expect(rows[1]).toHaveTextContent('An answer to appeal No. 2-2026-00101 is ready.');
    expect(rows[3]).not.toHaveTextContent('New');
    expect(screen.getByTestId('notifications-unread')).toHaveTextContent('Unread: 3');

    const pages = screen.getByRole('navigation', { name: 'Pages of notifications' });
    expect(within(pages).getByRole('button', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    await user.click(within(pages).getByRole('button', { name: 'Page 2' }));
    await waitFor(() => expect(screen.getAllByTestId('notification')).toHaveLength(5));
    expect(server.urls).toContain('GET /api/v1/me/notifications?unread_only=false&page=2&page_size=20');
  });

  it('shows only the unread ones when asked', async () => {
    const server = notificationServer(25);
    vi.stubGlobal('fetch', server.fn);
    const user = userEvent.setup();
    renderWithProviders(<NotificationsPage />, { route: '/notifications', path: '/notifications' });
    await screen.findByRole('list', { name: 'Notifications, newest first' });
    await user.click(screen.getByRole('checkbox', { name: 'Unread only' }));
    await waitFor(() => expect(screen.getAllByTestId('notification')).toHaveLength(3));
    expect(server.urls).toContain('GET /api/v1/me/notifications?unread_only=true&page=1&page_size=20');
    expect(screen.queryByRole('navigation', { name: 'Pages of notifications' })).not.toBeInTheDocument();
  });

  it('marks one read when its appeal is opened', async () => {
    const server = notificationServer(4);
    vi.stubGlobal('fetch', server.fn);
    const user = userEvent.setup();
    renderWithProviders(<NotificationsPage />, { route: '/notifications', path: '/notifications' });
    await user.click(await screen.findByRole('link', { name: '2-2026-00101' }));
    expect(await screen.findByTestId('elsewhere')).toBeInTheDocument();
    await waitFor(() => expect(server.marks).toEqual([{ ids: [3] }]));
  });

  it('opening a read one sends nothing', async () => {
    const server = notificationServer(4);
    vi.stubGlobal('fetch', server.fn);
    const user = userEvent.setup();
    renderWithProviders(<NotificationsPage />, { route: '/notifications', path: '/notifications' });
    await user.click(await screen.findByRole('link', { name: '2-2026-00103' }));
    expect(await screen.findByTestId('elsewhere')).toBeInTheDocument();
    expect(server.marks).toEqual([]);
  });

  it('marks all as read', async () => {
    const server = notificationServer(4);
    vi.stubGlobal('fetch', server.fn);
    const user = userEvent.setup();
    renderWithProviders(<NotificationsPage />, { route: '/notifications', path: '/notifications' });
    await screen.findByRole('list', { name: 'Notifications, newest first' });
    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(await screen.findByText('All notifications are marked as read.')).toBeInTheDocument();
    expect(server.marks).toEqual([{ all: true }]);
    await waitFor(() => expect(screen.getByTestId('notifications-unread')).toHaveTextContent('Unread: 0'));
    expect(screen.queryByText('New')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark all as read' })).toBeDisabled();
  });

  it('says when there is nothing', async () => {
    vi.stubGlobal('fetch', notificationServer(0).fn);
    renderWithProviders(<NotificationsPage />, { route: '/notifications', path: '/notifications' });
    expect(await screen.findByText('You have no notifications yet.')).toBeInTheDocument();
  });
});
