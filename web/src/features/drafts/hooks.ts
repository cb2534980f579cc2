// TanStack Query hooks for draft discussions (tag `drafts` of the API): the public list and one
// discussion with its paragraphs, comments and decisions; comments of signed-in people; the
// staff's split, opening, decisions and the link to the adopted act.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type RequestBody } from '../../lib/api/client';
import type { components } from '../../lib/api/schema';

export type Draft = components['schemas']['DraftDiscussion'];
export type DraftDetail = components['schemas']['DraftDiscussionDetail'];
export type DraftComment = components['schemas']['DraftComment'];
export type NewDraft = RequestBody<'/api/v1/maslikhats/{id}/drafts', 'post'>;
export type NewComment = RequestBody<'/api/v1/drafts/{id}/comments', 'post'>;
export type CommentDecision = RequestBody<'/api/v1/draft-comments/{id}/decision', 'post'>;
export type CommentModeration = RequestBody<'/api/v1/draft-comments/{id}/moderation', 'post'>;
export type DraftEdit = RequestBody<'/api/v1/drafts/{id}', 'patch'>;

export const kDraftsKey = ['drafts'] as const;

export function useDrafts(filter: { maslikhat?: number; act?: number }, enabled = true) {
  return useQuery({
    queryKey: [...kDraftsKey, 'list', filter.maslikhat ?? null, filter.act ?? null],
    queryFn: ({ signal }) => api.get('/api/v1/public/drafts', { query: filter, signal }),
    enabled,
  });
}

export function useDraft(id: number) {
  return useQuery({
    queryKey: [...kDraftsKey, 'one', id],
    queryFn: ({ signal }) => api.get('/api/v1/public/drafts/{id}', { params: { id }, signal }),
    enabled: id > 0,
  });
}

export function useSplitDraft() {
  return useMutation({
    mutationFn: ({ maslikhatId, text }: { maslikhatId: number; text: string }) =>
      api.post('/api/v1/maslikhats/{id}/drafts/split', { params: { id: maslikhatId }, body: { text } }),
  });
}

export function useOpenDraft() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ maslikhatId, body }: { maslikhatId: number; body: NewDraft }) =>
      api.post('/api/v1/maslikhats/{id}/drafts', { params: { id: maslikhatId }, body }),
    onSuccess: (draft) => {
      client.setQueryData([...kDraftsKey, 'one', draft.id], draft);
      void client.invalidateQueries({ queryKey: [...kDraftsKey, 'list'] });
    },
  });
}

function useRefreshDraft(id: number) {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: [...kDraftsKey, 'one', id] });
}

export function useAddComment(draftId: number) {
  const refresh = useRefreshDraft(draftId);
  return useMutation({
    mutationFn: (body: NewComment) => api.post('/api/v1/drafts/{id}/comments', { params: { id: draftId }, body }),
    onSuccess: refresh,
  });
}

export function useDecide(draftId: number) {
  const refresh = useRefreshDraft(draftId);
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: CommentDecision }) =>
      api.post('/api/v1/draft-comments/{id}/decision', { params: { id }, body }),
    onSuccess: refresh,
  });
}

export function useModerate(draftId: number) {
  const refresh = useRefreshDraft(draftId);
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: CommentModeration }) =>
      api.post('/api/v1/draft-comments/{id}/moderation', { params: { id }, body }),
    onSuccess: refresh,
  });
}

export function useLinkAct() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, actId }: { id: number; actId: number | null }) =>
      api.request('put', '/api/v1/drafts/{id}/act', { params: { id }, body: { act_id: actId } }),
    onSuccess: (draft) => {
      client.setQueryData([...kDraftsKey, 'one', draft.id], draft);
      void client.invalidateQueries({ queryKey: [...kDraftsKey, 'list'] });
    },
  });
}

function useReplaceDraft() {
  const client = useQueryClient();
  return (draft: DraftDetail) => {
    client.setQueryData([...kDraftsKey, 'one', draft.id], draft);
    void client.invalidateQueries({ queryKey: [...kDraftsKey, 'list'] });
  };
}

export function useEditDraft(id: number) {
  const replace = useReplaceDraft();
  return useMutation({
    mutationFn: (body: DraftEdit) => api.patch('/api/v1/drafts/{id}', { params: { id }, body }),
    onSuccess: replace,
  });
}

export function useWithdrawDraft(id: number) {
  const replace = useReplaceDraft();
  return useMutation({
    mutationFn: (reason: string) => api.post('/api/v1/drafts/{id}/withdrawal', { params: { id }, body: { reason } }),
    onSuccess: replace,
  });
}

/** The address of the summary table's file in the reader's language (kk, else ru). */
export function summaryUrl(id: number, format: 'xlsx' | 'pdf', language: string): string {
  const lang = language === 'kk' ? 'kk' : 'ru';
  return `/api/v1/public/drafts/${String(id)}/summary.${format}?lang=${lang}`;
}
