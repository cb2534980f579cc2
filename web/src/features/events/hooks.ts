// TanStack Query hooks for events (tag `events` of the API): the public list and page, the reader's
// registration, and the organisers' list, editor, cancellation, report and registrations.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import type { components } from '../../lib/api/schema';

export type EventCard = components['schemas']['EventCard'];
export type PublicEvent = components['schemas']['PublicEvent'];
export type EventEditor = components['schemas']['EventEditor'];
export type EventType = components['schemas']['EventType'];
export type EventDraft = components['schemas']['EventDraft'];
export type EventLang = 'kk' | 'ru' | 'en';

export const kEventTypes: readonly EventType[] = ['voter_meeting', 'lecture', 'round_table', 'report_meeting', 'online'];
export const kEventLangs: readonly EventLang[] = ['kk', 'ru', 'en'];
export const kEventsKey = ['events'] as const;

/** The UI language as an event language ('ru' for anything else). */
export function eventLang(language: string): EventLang {
  const base = language.toLowerCase().split('-')[0];
  return base === 'kk' || base === 'en' ? base : 'ru';
}

export interface EventFilter {
  maslikhat?: number;
  deputy?: number;
  okrug?: number;
  type?: EventType;
  from?: string;
  to?: string;
}

export function usePublicEvents(filter: EventFilter, lang: EventLang) {
  return useQuery({
    queryKey: [...kEventsKey, 'public', filter, lang],
    queryFn: async ({ signal }) => api.get('/api/v1/public/events', { query: { ...filter, lang, limit: 100 }, signal }),
  });
}

export function usePublicEvent(id: number, lang: EventLang) {
  return useQuery({
    queryKey: [...kEventsKey, 'public', id, lang],
    queryFn: async ({ signal }) => api.get('/api/v1/public/events/{id}', { params: { id }, query: { lang }, signal }),
  });
}

/** Registers the signed-in reader (register) or cancels their registration. */
export function useRegistration() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, register }: { id: number; register: boolean }) =>
      register
        ? api.post('/api/v1/events/{id}/registration', { params: { id } })
        : api.delete('/api/v1/events/{id}/registration', { params: { id } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: kEventsKey }),
  });
}

export function useMaslikhatEvents(maslikhatId: number) {
  return useQuery({
    queryKey: [...kEventsKey, 'staff', maslikhatId],
    queryFn: async ({ signal }) => api.get('/api/v1/maslikhats/{id}/events', { params: { id: maslikhatId }, signal }),
  });
}

export function useEvent(id: number | null) {
  return useQuery({
    queryKey: [...kEventsKey, 'edit', id],
    enabled: id !== null,
    queryFn: async ({ signal }) => api.get('/api/v1/events/{id}', { params: { id: id ?? 0 }, signal }),
  });
}

export function useRegistrations(id: number | null) {
  return useQuery({
    queryKey: [...kEventsKey, 'registrations', id],
    enabled: id !== null,
    queryFn: async ({ signal }) => api.get('/api/v1/events/{id}/registrations', { params: { id: id ?? 0 }, signal }),
  });
}

/** Creates the event (maslikhatId) or replaces its fields (id). */
export function useSaveEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, maslikhatId, draft }: { id: number | null; maslikhatId: number; draft: EventDraft }) =>
      id === null
        ? api.post('/api/v1/maslikhats/{id}/events', { params: { id: maslikhatId }, body: draft })
        : api.request('put', '/api/v1/events/{id}', { params: { id }, body: draft }),
    onSuccess: () => void client.invalidateQueries({ queryKey: kEventsKey }),
  });
}

export type EventAction = { kind: 'cancel'; reason: string } | { kind: 'report'; report: string };

export function useEventAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: number; action: EventAction }) =>
      action.kind === 'cancel'
        ? api.post('/api/v1/events/{id}/cancel', { params: { id }, body: { reason: action.reason } })
        : api.post('/api/v1/events/{id}/report', { params: { id }, body: { report: action.report } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: kEventsKey }),
  });
}

/** The calendar (ICS) of a maslikhat's or a deputy's events, in the reader's language. */
export function calendarUrl(scope: 'maslikhats' | 'deputies', id: number, lang: EventLang) {
  return `/api/v1/${scope}/${String(id)}/events.ics?lang=${lang}`;
}

/** "2026-12-02T18:30" → "02.12.2026 18:30" (kk/ru) or "12/02/2026 18:30" (en). */
export function formatLocal(local: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/.exec(local);
  if (!m) return local;
  const [, y = '', mo = '', d = '', hm = ''] = m;
  return eventLang(language) === 'en' ? `${mo}/${d}/${y} ${hm}` : `${d}.${mo}.${y} ${hm}`;
}
