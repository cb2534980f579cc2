// TanStack Query hooks for work plans (tag `work-plans` of the API): the published plans of a
// maslikhat, every plan for its staff (drafts too), one plan with its items, one of its editions;
// the staff's changes (fixing a new edition too).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type RequestBody } from '../../lib/api/client';
import type { components } from '../../lib/api/schema';

export type WorkPlan = components['schemas']['WorkPlan'];
export type WorkPlanDetail = components['schemas']['WorkPlanDetail'];
export type WorkPlanItem = components['schemas']['WorkPlanItem'];
export type ItemStatus = components['schemas']['WorkPlanItemStatus'];
export type NewPlan = RequestBody<'/api/v1/maslikhats/{id}/work-plans', 'post'>;
export type PlanChange = RequestBody<'/api/v1/work-plans/{id}', 'patch'>;
export type NewItem = RequestBody<'/api/v1/work-plans/{id}/items', 'post'>;
export type ItemChange = RequestBody<'/api/v1/work-plans/{id}/items/{item_id}', 'patch'>;
export type WorkPlanVersion = components['schemas']['WorkPlanVersion'];
export type VersionRequest = RequestBody<'/api/v1/work-plans/{id}/versions', 'post'>;

export const kItemStatuses: readonly ItemStatus[] = ['planned', 'in_progress', 'done', 'postponed', 'cancelled'];
export const kQuarters = [1, 2, 3, 4] as const;

export const kWorkPlansKey = ['work-plans'] as const;

export interface PlansQuery {
  maslikhat_id?: number;
  year?: number;
  commission_id?: number;
  own?: boolean;
}

export function useWorkPlans(query: PlansQuery, enabled = true) {
  return useQuery({
    queryKey: [...kWorkPlansKey, 'public', query],
    enabled,
    queryFn: ({ signal }) => api.get('/api/v1/public/work-plans', { query, signal }),
  });
}

/** Every plan of the maslikhat, drafts too: only for its staff and administrators. */
export function useStaffWorkPlans(maslikhatId: number | undefined, year: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...kWorkPlansKey, 'staff', maslikhatId ?? 0, year ?? null],
    enabled: enabled && maslikhatId !== undefined,
    queryFn: ({ signal }) =>
      api.get('/api/v1/maslikhats/{id}/work-plans', { params: { id: maslikhatId ?? 0 }, query: { year }, signal }),
  });
}

export function useWorkPlan(id: number) {
  return useQuery({
    queryKey: [...kWorkPlansKey, 'one', id],
    enabled: id > 0,
    queryFn: ({ signal }) => api.get('/api/v1/public/work-plans/{id}', { params: { id }, signal }),
  });
}

/** Edition `number` of a plan as it was frozen (never changes once fixed). */
export function useWorkPlanVersion(id: number, number: number) {
  return useQuery({
    queryKey: [...kWorkPlansKey, 'version', id, number],
    enabled: id > 0 && number > 0,
    staleTime: Infinity,
    queryFn: ({ signal }) => api.get('/api/v1/public/work-plans/{id}/versions/{number}', { params: { id, number }, signal }),
  });
}

function usePlanChange<V>(change: (vars: V) => Promise<WorkPlanDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (plan) => {
      client.setQueryData([...kWorkPlansKey, 'one', plan.id], plan);
      void client.invalidateQueries({ queryKey: [...kWorkPlansKey, 'public'] });
      void client.invalidateQueries({ queryKey: [...kWorkPlansKey, 'staff'] });
    },
  });
}

export function useCreatePlan() {
  return usePlanChange(({ maslikhatId, body }: { maslikhatId: number; body: NewPlan }) =>
    api.post('/api/v1/maslikhats/{id}/work-plans', { params: { id: maslikhatId }, body }),
  );
}

export function useUpdatePlan() {
  return usePlanChange(({ id, body }: { id: number; body: PlanChange }) => api.patch('/api/v1/work-plans/{id}', { params: { id }, body }));
}

/** Fixes a new edition of a published plan: the plan comes back with it in `versions`. */
export function useFixVersion() {
  return usePlanChange(({ id, body }: { id: number; body: VersionRequest }) => api.post('/api/v1/work-plans/{id}/versions', { params: { id }, body }));
}

export function useAddItem() {
  return usePlanChange(({ id, body }: { id: number; body: NewItem }) => api.post('/api/v1/work-plans/{id}/items', { params: { id }, body }));
}

export function useUpdateItem() {
  return usePlanChange(({ id, itemId, body }: { id: number; itemId: number; body: ItemChange }) =>
    api.patch('/api/v1/work-plans/{id}/items/{item_id}', { params: { id, item_id: itemId }, body }),
  );
}

export function useRemoveItem() {
  return usePlanChange(({ id, itemId }: { id: number; itemId: number }) =>
    api.delete('/api/v1/work-plans/{id}/items/{item_id}', { params: { id, item_id: itemId } }),
  );
}
