// TanStack Query hooks for the registry of legal acts (tag `acts` of the API): the public list
// (filters and search, page by page), one act with its editions, and the staff's changes.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type RequestBody } from '../../lib/api/client';
import type { components } from '../../lib/api/schema';

export type ActSummary = components['schemas']['LegalActSummary'];
export type ActDetail = components['schemas']['LegalActDetail'];
export type ActStatus = components['schemas']['LegalActStatus'];
export type NewAct = RequestBody<'/api/v1/maslikhats/{id}/acts', 'post'>;
export type ActPatch = RequestBody<'/api/v1/acts/{id}', 'patch'>;
export type NewEdition = RequestBody<'/api/v1/acts/{id}/editions', 'post'>;
export type ActRelation = components['schemas']['LegalActRelation'];
export const kActRelations: readonly ActRelation[] = ['amends', 'amended_by', 'repeals', 'repealed_by'];

export const kActStatuses: readonly ActStatus[] = ['not_in_force_yet', 'in_force', 'amended', 'repealed'];
// The moves the server allows (acts.hpp MayMove), to offer only those.
export const kNextStatuses: Record<ActStatus, readonly ActStatus[]> = {
  not_in_force_yet: ['in_force', 'repealed'],
  in_force: ['amended', 'repealed'],
  amended: ['amended', 'repealed'],
  repealed: [],
};

export const kActsKey = ['acts'] as const;

export interface ActsQuery {
  maslikhat?: number;
  status?: ActStatus;
  year?: number;
  q?: string;
}

export function useActs(query: ActsQuery) {
  return useInfiniteQuery({
    queryKey: [...kActsKey, 'list', query],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/v1/public/acts', { query: { ...query, limit: 20, cursor: pageParam ?? undefined }, signal }),
    getNextPageParam: (page) => page.next_cursor,
  });
}

export function useAct(id: number) {
  return useQuery({
    queryKey: [...kActsKey, 'one', id],
    queryFn: ({ signal }) => api.get('/api/v1/public/acts/{id}', { params: { id }, signal }),
  });
}

function useActChange<V>(change: (vars: V) => Promise<ActDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (act) => {
      client.setQueryData([...kActsKey, 'one', act.id], act);
      void client.invalidateQueries({ queryKey: [...kActsKey, 'list'] });
    },
  });
}

export function useCreateAct() {
  return useActChange(({ maslikhatId, body }: { maslikhatId: number; body: NewAct }) =>
    api.post('/api/v1/maslikhats/{id}/acts', { params: { id: maslikhatId }, body }),
  );
}

export function useUpdateAct() {
  return useActChange(({ id, body }: { id: number; body: ActPatch }) =>
    api.patch('/api/v1/acts/{id}', { params: { id }, body }),
  );
}

export function useAddEdition() {
  return useActChange(({ id, body }: { id: number; body: NewEdition }) =>
    api.post('/api/v1/acts/{id}/editions', { params: { id }, body }),
  );
}

export function useSetActStatus() {
  return useActChange(({ id, status }: { id: number; status: ActStatus }) =>
    api.post('/api/v1/acts/{id}/status', { params: { id }, body: { status } }),
  );
}

// A link changes the other act's status too: every act read is refreshed.
function useActLinkChange<V>(change: (vars: V) => Promise<ActDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (act) => {
      client.setQueryData([...kActsKey, 'one', act.id], act);
      void client.invalidateQueries({ queryKey: kActsKey, predicate: (q) => q.queryKey[2] !== act.id });
    },
  });
}

export function useAddActLink() {
  return useActLinkChange(({ id, relation, actId }: { id: number; relation: ActRelation; actId: number }) =>
    api.post('/api/v1/acts/{id}/links', { params: { id }, body: { relation, act_id: actId } }),
  );
}

export function useRemoveActLink() {
  return useActLinkChange(({ id, linkId }: { id: number; linkId: number }) =>
    api.delete('/api/v1/acts/{id}/links/{link_id}', { params: { id, link_id: linkId } }),
  );
}

/** The text's paragraphs: blocks separated by blank lines (a single line break stays inside). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
