// TanStack Query hooks for the public register's review (docs/public-register.md): the maslikhat's
// entries in one state (reading the drafts makes new masked drafts), editing, approving and
// withdrawing one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import type { components } from '../../lib/api/schema';

export type RegisterEntry = components['schemas']['RegisterEntry'];
export type RegisterState = RegisterEntry['state'];

export const kRegisterReviewKey = ['register-entries'] as const;

export function useRegisterEntries(maslikhatId: number, state: RegisterState) {
  return useQuery({
    queryKey: [...kRegisterReviewKey, maslikhatId, state],
    queryFn: async ({ signal }) =>
      api.get('/api/v1/maslikhats/{id}/register-entries', {
        params: { id: maslikhatId },
        query: { state, limit: 100 },
        signal,
      }),
  });
}

export function useEditRegisterEntry() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, subject, answer_text }: { id: number; subject: string; answer_text: string }) =>
      api.patch('/api/v1/register-entries/{id}', { params: { id }, body: { subject, answer_text } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: kRegisterReviewKey }),
  });
}

export function useDecideRegisterEntry() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: number; decision: 'approve' | 'withdraw' }) =>
      decision === 'approve'
        ? api.post('/api/v1/register-entries/{id}/approve', { params: { id } })
        : api.post('/api/v1/register-entries/{id}/withdraw', { params: { id } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: kRegisterReviewKey }),
  });
}
