// TanStack Query hooks for sittings (tag `sittings` of the API): the public list and one sitting
// with its agenda, attendance, quorum and decisions; the staff's changes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type RequestBody } from '../../lib/api/client';
import type { components } from '../../lib/api/schema';

export type Sitting = components['schemas']['Sitting'];
export type SittingDetail = components['schemas']['SittingDetail'];
export type NewSitting = RequestBody<'/api/v1/maslikhats/{id}/sittings', 'post'>;
export type NewDecision = RequestBody<'/api/v1/sittings/{id}/decisions', 'post'>;
export type AttendanceMoves = NonNullable<RequestBody<'/api/v1/sittings/{id}/attendance', 'put'>['moves']>;
export type DecisionChange = RequestBody<'/api/v1/sittings/{id}/decisions/{decision_id}', 'patch'>;
export type Decision = components['schemas']['SittingDecision'];
export type DecisionStatus = components['schemas']['SittingDecisionStatus'];
export type Vote = Decision['by_name'][number]['vote'];

export const kDecisionStatuses: readonly DecisionStatus[] = ['draft', 'adopted', 'rejected', 'withdrawn'];
export const kVotes: readonly Vote[] = ['for', 'against', 'abstained'];

export const kSittingsKey = ['sittings'] as const;

export function useSittings(maslikhat: number | undefined) {
  return useQuery({
    queryKey: [...kSittingsKey, 'list', maslikhat ?? null],
    queryFn: ({ signal }) => api.get('/api/v1/public/sittings', { query: { maslikhat }, signal }),
  });
}

export function useSitting(id: number) {
  return useQuery({
    queryKey: [...kSittingsKey, 'one', id],
    queryFn: ({ signal }) => api.get('/api/v1/public/sittings/{id}', { params: { id }, signal }),
  });
}

function useSittingChange<V>(change: (vars: V) => Promise<SittingDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (sitting) => {
      client.setQueryData([...kSittingsKey, 'one', sitting.id], sitting);
      void client.invalidateQueries({ queryKey: [...kSittingsKey, 'list'] });
    },
  });
}

export function useCreateSitting() {
  return useSittingChange(({ maslikhatId, body }: { maslikhatId: number; body: NewSitting }) =>
    api.post('/api/v1/maslikhats/{id}/sittings', { params: { id: maslikhatId }, body }),
  );
}

export function useSetAttendance() {
  return useSittingChange(({ id, present, moves }: { id: number; present: number[]; moves?: AttendanceMoves }) =>
    api.request('put', '/api/v1/sittings/{id}/attendance', { params: { id }, body: { present, ...(moves ? { moves } : {}) } }),
  );
}

export function useAddDecision() {
  return useSittingChange(({ id, body }: { id: number; body: NewDecision }) =>
    api.post('/api/v1/sittings/{id}/decisions', { params: { id }, body }),
  );
}

export function useUpdateDecision() {
  return useSittingChange(({ id, decisionId, body }: { id: number; decisionId: number; body: DecisionChange }) =>
    api.patch('/api/v1/sittings/{id}/decisions/{decision_id}', { params: { id, decision_id: decisionId }, body }),
  );
}
