// TanStack Query hooks for the signed-in person's notifications (GET /api/v1/me/notifications,
// POST /api/v1/me/notifications/read). Keys carry the user id so one account never sees another's
// cached notifications after a logout and login in the same tab.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import { kNotificationPageSize } from './kinds';

export const kNotificationsKey = ['notifications'] as const;
export const unreadKey = (userId: number) => [...kNotificationsKey, userId, 'unread'] as const;

/** How often the bell asks again while the page is open and the live stream is down. */
export const kUnreadRefetchMs = 60_000;

/**
 * The unread count for the bell: asked when the window regains focus, and every minute unless
 * the live stream (live.ts) keeps it current.
 */
export function useUnreadCount(userId: number | null, live = false) {
  return useQuery({
    queryKey: unreadKey(userId ?? 0),
    enabled: userId !== null,
    queryFn: async ({ signal }) => {
      const page = await api.get('/api/v1/me/notifications', {
        query: { unread_only: true, page: 1, page_size: 1 },
        signal,
      });
      return page.unread;
    },
    staleTime: 0,
    refetchInterval: live ? false : kUnreadRefetchMs,
    refetchOnWindowFocus: true,
  });
}

export function useNotifications(userId: number, query: { unreadOnly: boolean; page: number }) {
  const client = useQueryClient();
  return useQuery({
    queryKey: [...kNotificationsKey, userId, 'list', query],
    queryFn: async ({ signal }) => {
      const page = await api.get('/api/v1/me/notifications', {
        query: { unread_only: query.unreadOnly, page: query.page, page_size: kNotificationPageSize },
        signal,
      });
      // The page knows the unread count too: keep the bell in step with it.
      client.setQueryData(unreadKey(userId), page.unread);
      return page;
    },
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: true,
  });
}

export function useMarkRead(userId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids: number[] } | { all: true }) => api.post('/api/v1/me/notifications/read', { body }),
    // At hook level, so it still runs when the click that marked it also leaves the page.
    onSuccess: (result) => {
      client.setQueryData(unreadKey(userId), result.unread);
      void client.invalidateQueries({ queryKey: [...kNotificationsKey, userId, 'list'] });
    },
  });
}
