// TanStack Query hooks for staff tasks (tag `tasks` of the API): the maslikhat's open or done tasks
// with the count of open ones, and marking one done.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import type { components } from '../../lib/api/schema';

export type StaffTask = components['schemas']['StaffTask'];
export type TaskStatus = StaffTask['status'];

export const kTasksKey = ['staff-tasks'] as const;

export function useStaffTasks(maslikhatId: number, status: TaskStatus) {
  return useQuery({
    queryKey: [...kTasksKey, maslikhatId, status],
    queryFn: async ({ signal }) =>
      api.get('/api/v1/maslikhats/{id}/staff-tasks', { params: { id: maslikhatId }, query: { status }, signal }),
  });
}

export function useMarkTaskDone() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: number; note: string }) =>
      api.post('/api/v1/staff-tasks/{id}/done', { params: { id }, body: { note } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: kTasksKey }),
  });
}

/** The task's printable letter (PDF in the task's language), opened by the browser with the session. */
export function letterPdfUrl(id: number): string {
  return `/api/v1/staff-tasks/${String(id)}/letter.pdf`;
}
