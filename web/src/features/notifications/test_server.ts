// A fake notifications API for the tests: pages, the unread filter, and marking read.
import { json } from '../../test/render';
import type { Notification, NotificationKind } from './kinds';

export const kTestMe = {
  id: 5,
  email: 'citizen@demo.kenes.kz',
  phone: null,
  display_name: 'Азамат',
  language: 'kk',
  verified: true,
  iin_masked: null,
  roles: [{ id: 5, role: 'citizen', scope_type: 'global', scope_id: null, granted_at: '2026-01-01T00:00:00Z' }],
  totp_enabled: false,
  is_staff: false,
};

export function notificationServer(count: number, { signedIn = true } = {}) {
  const kinds: NotificationKind[] = ['registered', 'answered', 'overdue'];
  // Newest first, as the server sends them; the first three are unread.
  const items: Notification[] = Array.from({ length: count }, (_, i) => ({
    id: count - i,
    kind: kinds[i % kinds.length] ?? 'registered',
    appeal_id: 100 + i,
    appeal_number: `2-2026-${String(100 + i).padStart(5, '0')}`,
    booking_id: null,
    event_id: null,
    post_id: null,
    draft_id: null,
    detail: '',
    created_at: new Date(Date.UTC(2026, 2, 20, 13, 30) - i * 3_600_000).toISOString(),
    read_at: i < 3 ? null : '2026-03-21T00:00:00Z',
  }));
  const urls: string[] = [];
  const marks: unknown[] = [];
  const unread = () => items.filter((n) => n.read_at === null).length;
  const fn: typeof fetch = async (input, init = {}) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://test');
    const method = (init.method ?? 'GET').toUpperCase();
    urls.push(`${method} ${url.pathname}${url.search}`);
    if (url.pathname === '/api/v1/auth/session') return json(200, { user: signedIn ? kTestMe : null });
    if (url.pathname === '/api/v1/csrf') return json(200, { csrf_token: 't' });
    if (url.pathname === '/api/v1/me/notifications' && method === 'GET') {
      const page = Number(url.searchParams.get('page') ?? '1');
      const size = Number(url.searchParams.get('page_size') ?? '20');
      const matching = url.searchParams.get('unread_only') === 'true' ? items.filter((n) => n.read_at === null) : items;
      return json(200, {
        items: matching.slice((page - 1) * size, page * size),
        total: matching.length,
        unread: unread(),
        page,
        page_size: size,
      });
    }
    if (url.pathname === '/api/v1/me/notifications/read' && method === 'POST') {
      const body = JSON.parse(String(init.body)) as { ids?: number[]; all?: boolean };
      marks.push(body);
      for (const n of items) if (body.all || body.ids?.includes(n.id)) n.read_at ??= '2026-03-22T00:00:00Z';
      return json(200, { unread: unread() });
    }
    return json(404, { error: { code: 'not_found', message: 'no route in test' } });
  };
  /** The first `n` become unread, the rest read. */
  function setUnread(n: number) {
    items.forEach((item, i) => {
      item.read_at = i < n ? null : (item.read_at ?? '2026-03-22T00:00:00Z');
    });
  }
  return { fn, urls, marks, items, setUnread };
}
