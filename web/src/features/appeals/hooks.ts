// TanStack Query hooks for the appeals API (docs/appeals.md).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import type { paths } from '../../lib/api/schema';
import { kNotificationsKey } from '../notifications';
import type { Appeal, AppealActionRequest, AppealRequest, CalendarDay } from './types';

export const kAppealsKey = ['appeals'] as const;
export const kCalendarKey = ['calendar'] as const;

/**
 * After an appeal changed: every view of appeals — lists, the staff dashboard, the public register —
 * but not the appeal itself, which the caller sets from the server's answer.
 */
export function invalidateAppealViews(client: QueryClient) {
  return client.invalidateQueries({ queryKey: kAppealsKey, predicate: (query) => query.queryKey[1] !== 'one' });
}

export type AppealListQuery = NonNullable<paths['/api/v1/appeals']['get']['parameters']['query']>;

export function useAppealList(query: Omit<AppealListQuery, 'cursor' | 'limit'>, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...kAppealsKey, 'list', query],
    enabled,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/v1/appeals', { query: { ...query, limit: 25, cursor: pageParam ?? undefined }, signal }),
    getNextPageParam: (page) => page.next_cursor,
  });
}

export function useAppeal(id: number) {
  return useQuery({
    queryKey: [...kAppealsKey, 'one', id],
    queryFn: ({ signal }) => api.get('/api/v1/appeals/{id}', { params: { id }, signal }),
  });
}

function useAppealMutation<V>(mutationFn: (variables: V) => Promise<Appeal>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (appeal) => {
      client.setQueryData([...kAppealsKey, 'one', appeal.id], appeal);
      void invalidateAppealViews(client);
      // The server writes notifications in the same transaction as the change.
      void client.invalidateQueries({ queryKey: kNotificationsKey });
    },
  });
}

export function useFileAppeal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AppealRequest) => api.post('/api/v1/appeals', { body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: kNotificationsKey });
      return invalidateAppealViews(client);
    },
  });
}

export function useAppealAction(id: number) {
  return useAppealMutation((body: AppealActionRequest) => api.post('/api/v1/appeals/{id}/actions', { params: { id }, body }));
}

export function useAppealFeedback(id: number) {
  return useAppealMutation((body: { solved: boolean; comment?: string }) =>
    api.post('/api/v1/appeals/{id}/feedback', { params: { id }, body }),
  );
}

export function useCalendar(year: number) {
  return useQuery({
    queryKey: [...kCalendarKey, year],
    queryFn: ({ signal }) => api.get('/api/v1/calendar/{year}', { params: { year }, signal }),
  });
}

// Which years have a calendar, and which years a deadline set today could reach without one.
export function useCalendarCoverage() {
  return useQuery({
    queryKey: [...kCalendarKey, 'coverage'],
    queryFn: ({ signal }) => api.get('/api/v1/calendar', { signal }),
  });
}

export function useSaveCalendar(year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (days: CalendarDay[]) =>
      api.request('put', '/api/v1/calendar/{year}', { params: { year }, body: { days } }),
    onSuccess: (saved) => {
      client.setQueryData([...kCalendarKey, year], saved);
      void client.invalidateQueries({ queryKey: [...kCalendarKey, 'coverage'] });
    },
  });
}
