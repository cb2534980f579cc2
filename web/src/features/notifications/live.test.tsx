import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { kUnreadRefetchMs } from './hooks';
import { kEventsPath } from './live';
import { NotificationBell } from './NotificationBell';
import { notificationServer } from './test_server';

// The browser's EventSource, driven by the test.
class FakeEventSource {
  static last: FakeEventSource | null = null;
  readonly url: string;
  closed = false;
  private listeners = new Map<string, ((e: MessageEvent<string>) => void)[]>();
  constructor(url: string) {
    this.url = url;
    FakeEventSource.last = this;
  }
  addEventListener(type: string, fn: (e: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data = '{}') {
    for (const fn of this.listeners.get(type) ?? []) fn(new MessageEvent(type, { data }));
  }
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  FakeEventSource.last = null;
});

describe('the live bell', () => {
  it('shows a new notification at once and stops asking every minute while connected', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.stubGlobal('EventSource', FakeEventSource);
    const server = notificationServer(5);
    vi.stubGlobal('fetch', server.fn);
    renderWithProviders(<NotificationBell />);
    await screen.findByRole('link', { name: 'Notifications, 3 unread' });
    const source = FakeEventSource.last;
    expect(source?.url).toBe(kEventsPath);
    act(() => source?.emit('ready'));

    const asked = () => server.urls.filter((u) => u.startsWith('GET /api/v1/me/notifications')).length;
    const before = asked();
    await act(() => vi.advanceTimersByTimeAsync(kUnreadRefetchMs * 2));
    expect(asked()).toBe(before); // no polling while the stream is up

    server.setUnread(4);
    act(() => source?.emit('notification', '{"id":6}'));
    expect(await screen.findByRole('link', { name: 'Notifications, 4 unread' })).toBeInTheDocument();
  });

  it('takes the count read on another device from the event itself', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const server = notificationServer(5);
    vi.stubGlobal('fetch', server.fn);
    renderWithProviders(<NotificationBell />);
    await screen.findByRole('link', { name: 'Notifications, 3 unread' });
    act(() => FakeEventSource.last?.emit('ready'));
    act(() => FakeEventSource.last?.emit('notifications_read', '{"unread":0}'));
    expect(await screen.findByRole('link', { name: 'Notifications, all read' })).toBeInTheDocument();
    act(() => FakeEventSource.last?.emit('notifications_read', 'not json'));
    expect(screen.getByRole('link', { name: 'Notifications, all read' })).toBeInTheDocument();
  });

  it('asks every minute again while the stream is down', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.stubGlobal('EventSource', FakeEventSource);
    const server = notificationServer(5);
    vi.stubGlobal('fetch', server.fn);
    renderWithProviders(<NotificationBell />);
    await screen.findByRole('link', { name: 'Notifications, 3 unread' });
    act(() => FakeEventSource.last?.emit('ready'));
    act(() => FakeEventSource.last?.emit('error'));
    server.setUnread(4);
    await act(() => vi.advanceTimersByTimeAsync(kUnreadRefetchMs));
    expect(await screen.findByRole('link', { name: 'Notifications, 4 unread' })).toBeInTheDocument();
  });
});
