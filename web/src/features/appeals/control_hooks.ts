// TanStack Query hooks for appeal control: categories, answer templates, executive bodies, deputy
// requests, the staff dashboard and the public register (docs/appeals.md).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import { i18n, uiLanguageOf } from '../../lib/i18n/i18n';
import type { paths } from '../../lib/api/schema';
import { invalidateAppealViews, kAppealsKey } from './hooks';
import type { Appeal, AppealCategory, DeputyRequestInput } from './types';

export const kCategoriesKey = ['appeal-categories'] as const;
export const kBodiesKey = ['executive-bodies'] as const;
export const kRequestsKey = ['deputy-requests'] as const;

export function useCategories() {
  return useQuery({
    queryKey: kCategoriesKey,
    queryFn: ({ signal }) => api.get('/api/v1/appeal-categories', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useSaveCategories() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (items: AppealCategory[]) => api.request('put', '/api/v1/appeal-categories', { body: { items } }),
    onSuccess: (saved) => client.setQueryData(kCategoriesKey, saved),
  });
}

/** The category's name in the UI language (English falls back to Russian when empty). */
export function categoryName(category: AppealCategory, language: string): string {
  const name = language === 'kk' ? category.name_kk : language === 'en' ? category.name_en : category.name_ru;
  return name || category.name_ru || category.name_kk || category.key;
}

export function useCategorize(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (category: string) => api.patch('/api/v1/appeals/{id}', { params: { id }, body: { category } }),
    onSuccess: (appeal: Appeal) => {
      client.setQueryData([...kAppealsKey, 'one', appeal.id], appeal);
      void invalidateAppealViews(client);
    },
  });
}

export const answerTemplatesKey = (maslikhatId: number) => ['answer-templates', maslikhatId] as const;

export function useAnswerTemplates(maslikhatId: number, enabled = true) {
  return useQuery({
    queryKey: answerTemplatesKey(maslikhatId),
    enabled,
    queryFn: ({ signal }) => api.get('/api/v1/maslikhats/{id}/answer-templates', { params: { id: maslikhatId }, signal }),
  });
}

export function useExecutiveBodies(enabled = true) {
  return useQuery({
    queryKey: kBodiesKey,
    enabled,
    queryFn: ({ signal }) => api.get('/api/v1/executive-bodies', { signal }),
    staleTime: 60_000,
  });
}

export function useCreateBody() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { maslikhat_id?: number; name_kk: string; name_ru: string }) =>
      api.post('/api/v1/executive-bodies', { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: kBodiesKey }),
  });
}

/** Requests of one appeal (`appealId`), or all those visible to me (null). */
export function useDeputyRequests(appealId: number | null) {
  return useQuery({
    queryKey: [...kRequestsKey, appealId],
    queryFn: ({ signal }) =>
      api.get('/api/v1/deputy-requests', { query: appealId === null ? {} : { appeal_id: appealId }, signal }),
  });
}

export function useSendDeputyRequest(appealId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DeputyRequestInput) =>
      api.post('/api/v1/appeals/{id}/deputy-requests', { params: { id: appealId }, body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: kRequestsKey });
      void client.invalidateQueries({ queryKey: [...kAppealsKey, 'one', appealId] });
    },
  });
}

export function useAnswerDeputyRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, text }: { id: number; text: string }) =>
      api.post('/api/v1/deputy-requests/{id}/answer', { params: { id }, body: { text } }),
    onSuccess: () => client.invalidateQueries({ queryKey: kRequestsKey }),
  });
}

export function useDashboard(maslikhatId: number | null) {
  return useQuery({
    queryKey: [...kAppealsKey, 'dashboard', maslikhatId],
    enabled: maslikhatId !== null,
    queryFn: ({ signal }) =>
      api.get('/api/v1/appeals-dashboard', { query: { maslikhat_id: maslikhatId ?? 0 }, signal }),
  });
}

export type PublicRegisterQuery = Omit<
  NonNullable<paths['/api/v1/public/appeals']['get']['parameters']['query']>,
  'cursor' | 'limit'
>;

export function usePublicRegister(query: PublicRegisterQuery) {
  return useInfiniteQuery({
    queryKey: [...kAppealsKey, 'public', query],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/v1/public/appeals', { query: { ...query, limit: 20, cursor: pageParam ?? undefined }, signal }),
    getNextPageParam: (page) => page.next_cursor,
  });
}

/** The URL of the export file for the list's query (a plain GET link: the cookie goes along). */
export function exportUrl(query: Record<string, string | number | undefined>, format: 'csv' | 'xlsx'): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  search.set('format', format);
  search.set('lang', uiLanguageOf(i18n.language ?? '') ?? 'ru'); // headers and words as on screen
  return `/api/v1/appeals-export?${search.toString()}`;
}

export function talonPdfUrl(id: number): string {
  return `/api/v1/appeals/${String(id)}/talon.pdf`;
}
