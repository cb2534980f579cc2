// TanStack Query hooks for the maslikhat pages (tag `maslikhat-pages` of the API): a maslikhat's
// apparatus and its questions (the published ones, or for its staff all of them), and the staff's
// changes to both.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type RequestBody } from '../../lib/api/client';
import type { components } from '../../lib/api/schema';

export type ApparatusMember = components['schemas']['ApparatusMember'];
export type ApparatusList = components['schemas']['ApparatusList'];
export type Question = components['schemas']['MaslikhatQuestion'];
export type QuestionList = components['schemas']['MaslikhatQuestionList'];
export type QuestionState = components['schemas']['MaslikhatQuestionState'];
export type NewMember = RequestBody<'/api/v1/maslikhats/{id}/apparatus', 'post'>;
export type MemberChange = RequestBody<'/api/v1/apparatus/{id}', 'patch'>;
export type NewQuestion = RequestBody<'/api/v1/maslikhats/{id}/questions', 'post'>;
export type QuestionChange = RequestBody<'/api/v1/questions/{id}', 'patch'>;

export const kMaslikhatPagesKey = ['maslikhat-pages'] as const;

const apparatusKey = (maslikhatId: number) => [...kMaslikhatPagesKey, 'apparatus', maslikhatId] as const;
const questionsKey = (maslikhatId: number) => [...kMaslikhatPagesKey, 'questions', maslikhatId] as const;

export function useApparatus(maslikhatId: number) {
  return useQuery({
    queryKey: apparatusKey(maslikhatId),
    enabled: maslikhatId > 0,
    queryFn: ({ signal }) => api.get('/api/v1/maslikhats/{id}/apparatus', { params: { id: maslikhatId }, signal }),
  });
}

/** The published questions; with `all` (the maslikhat's staff) the drafts too. */
export function useQuestions(maslikhatId: number, all: boolean) {
  return useQuery({
    queryKey: [...questionsKey(maslikhatId), all],
    enabled: maslikhatId > 0,
    queryFn: ({ signal }) =>
      api.get('/api/v1/maslikhats/{id}/questions', { params: { id: maslikhatId }, query: all ? { all: true } : {}, signal }),
  });
}

function useApparatusChange<V, R>(maslikhatId: number, change: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => void client.invalidateQueries({ queryKey: apparatusKey(maslikhatId) }),
  });
}

function useQuestionsChange<V, R>(maslikhatId: number, change: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => void client.invalidateQueries({ queryKey: questionsKey(maslikhatId) }),
  });
}

export function useAddMember(maslikhatId: number) {
  return useApparatusChange(maslikhatId, (body: NewMember) =>
    api.post('/api/v1/maslikhats/{id}/apparatus', { params: { id: maslikhatId }, body }),
  );
}

export function useUpdateMember(maslikhatId: number) {
  return useApparatusChange(maslikhatId, ({ id, body }: { id: number; body: MemberChange }) =>
    api.patch('/api/v1/apparatus/{id}', { params: { id }, body }),
  );
}

export function useRemoveMember(maslikhatId: number) {
  return useApparatusChange(maslikhatId, (id: number) => api.delete('/api/v1/apparatus/{id}', { params: { id } }));
}

export function useAddQuestion(maslikhatId: number) {
  return useQuestionsChange(maslikhatId, (body: NewQuestion) =>
    api.post('/api/v1/maslikhats/{id}/questions', { params: { id: maslikhatId }, body }),
  );
}

export function useUpdateQuestion(maslikhatId: number) {
  return useQuestionsChange(maslikhatId, ({ id, body }: { id: number; body: QuestionChange }) =>
    api.patch('/api/v1/questions/{id}', { params: { id }, body }),
  );
}

export function useRemoveQuestion(maslikhatId: number) {
  return useQuestionsChange(maslikhatId, (id: number) => api.delete('/api/v1/questions/{id}', { params: { id } }));
}
