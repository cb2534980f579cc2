// TanStack Query hooks for personal reception (tag `reception` of the API). Every key starts with
// kReceptionKey, so a booking, a visit or a cancellation refreshes every reception list at once.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import { kTasksKey } from '../tasks';
import type {
  ReceptionAppealRequest,
  ReceptionMoveRequest,
  ReceptionScheduleRequest,
  ReceptionVisitRequest,
  ReceptionWalkInRequest,
} from './types';

export const kReceptionKey = ['reception'] as const;

export const receptionKeys = {
  sessions: (filter: SessionsFilter) => [...kReceptionKey, 'sessions', filter] as const,
  stats: (maslikhatId: number, from: string, to: string) => [...kReceptionKey, 'stats', maslikhatId, from, to] as const,
  session: (id: number) => [...kReceptionKey, 'session', id] as const,
  day: (id: number) => [...kReceptionKey, 'day', id] as const,
  mine: (userId: number) => [...kReceptionKey, 'mine', userId] as const,
  deputies: (maslikhatId: number) => [...kReceptionKey, 'deputies', maslikhatId] as const,
};

/** Whose sessions: a deputy's, a maslikhat's, or (`mine`) the signed-in host's own. */
export interface SessionsFilter {
  deputyId?: number;
  maslikhatId?: number;
  mine?: boolean;
}

/** Upcoming sessions (today to 60 days on) of a deputy or a maslikhat, or the host's own. */
export function useSessions(filter: SessionsFilter) {
  return useQuery({
    queryKey: receptionKeys.sessions(filter),
    queryFn: async ({ signal }) =>
      (
        await api.get('/api/v1/reception-sessions', {
          query: { deputy_id: filter.deputyId, maslikhat_id: filter.maslikhatId, mine: filter.mine },
          signal,
        })
      ).items,
  });
}

/** The maslikhat's reception statistics for months `from`…`to` (YYYY-MM). */
export function useReceptionStats(maslikhatId: number, from: string, to: string) {
  return useQuery({
    queryKey: receptionKeys.stats(maslikhatId, from, to),
    queryFn: async ({ signal }) =>
      api.get('/api/v1/maslikhats/{id}/reception-stats', { params: { id: maslikhatId }, query: { from, to }, signal }),
  });
}

/** The reception day: the session and every booking with its contacts (hosts only). */
export function useDayList(sessionId: number) {
  return useQuery({
    queryKey: receptionKeys.day(sessionId),
    queryFn: async ({ signal }) =>
      api.get('/api/v1/reception-sessions/{id}/bookings', { params: { id: sessionId }, signal }),
  });
}

export function useMyBookings(userId: number) {
  return useQuery({
    queryKey: receptionKeys.mine(userId),
    queryFn: async ({ signal }) => (await api.get('/api/v1/me/reception-bookings', { signal })).items,
  });
}

/** The categories catalog, for the matter of a visit (the same key as the appeals' categories). */
export function useVisitCategories() {
  return useQuery({
    queryKey: ['appeal-categories'],
    queryFn: async ({ signal }) => (await api.get('/api/v1/appeal-categories', { signal })).items,
    staleTime: 5 * 60_000,
  });
}

/** The maslikhat's deputies, for the host of a new session. */
export function useHostDeputies(maslikhatId: number) {
  return useQuery({
    queryKey: receptionKeys.deputies(maslikhatId),
    queryFn: async ({ signal }) =>
      (await api.get('/api/v1/deputies', { query: { maslikhat_id: maslikhatId, limit: 100 }, signal })).items,
  });
}

function useInvalidating<A, R>(fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void client.invalidateQueries({ queryKey: kReceptionKey }),
  });
}

export interface BookInput {
  slot?: string;
  topic: string;
  description?: string;
  language?: 'kk' | 'ru' | 'en';
}

export function useBook(sessionId: number) {
  return useInvalidating((body: BookInput) =>
    api.post('/api/v1/reception-sessions/{id}/bookings', { params: { id: sessionId }, body }),
  );
}

export function useCancelBooking() {
  return useInvalidating((bookingId: number) =>
    api.post('/api/v1/reception-bookings/{id}/cancel', { params: { id: bookingId } }),
  );
}

export function useSchedule(maslikhatId: number) {
  return useInvalidating((body: ReceptionScheduleRequest) =>
    api.post('/api/v1/maslikhats/{id}/reception-sessions', { params: { id: maslikhatId }, body }),
  );
}

// Cancelling or moving a session may leave call tasks: the tasks lists are refreshed too.
function useInvalidatingTasks<A, R>(fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: kReceptionKey });
      void client.invalidateQueries({ queryKey: kTasksKey });
    },
  });
}

export function useCancelSession() {
  return useInvalidatingTasks(({ id, reason }: { id: number; reason: string }) =>
    api.post('/api/v1/reception-sessions/{id}/cancel', { params: { id }, body: { reason } }),
  );
}

export function useMoveSession() {
  return useInvalidatingTasks(({ id, body }: { id: number; body: ReceptionMoveRequest }) =>
    api.post('/api/v1/reception-sessions/{id}/move', { params: { id }, body }),
  );
}

export function useWalkIn(sessionId: number) {
  return useInvalidating((body: ReceptionWalkInRequest) =>
    api.post('/api/v1/reception-sessions/{id}/walk-ins', { params: { id: sessionId }, body }),
  );
}

export function useVisit() {
  return useInvalidating(({ id, body }: { id: number; body: ReceptionVisitRequest }) =>
    api.post('/api/v1/reception-bookings/{id}/visit', { params: { id }, body }),
  );
}

export function useAppealFromVisit() {
  return useInvalidating(({ id, body }: { id: number; body: ReceptionAppealRequest }) =>
    api.post('/api/v1/reception-bookings/{id}/appeal', { params: { id }, body }),
  );
}
