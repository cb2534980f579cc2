// Writing a maslikhat's answer templates (staff of that maslikhat); reading is in control_hooks.ts.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { answerTemplatesKey } from '../control_hooks';
import type { TemplateRequest } from './template_input';

function useInvalidate(maslikhatId: number) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: answerTemplatesKey(maslikhatId) });
}

export function useAddTemplate(maslikhatId: number) {
  const invalidate = useInvalidate(maslikhatId);
  return useMutation({
    mutationFn: (body: TemplateRequest) =>
      api.post('/api/v1/maslikhats/{id}/answer-templates', { params: { id: maslikhatId }, body }),
    onSuccess: invalidate,
  });
}

export function useEditTemplate(maslikhatId: number) {
  const invalidate = useInvalidate(maslikhatId);
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: TemplateRequest }) =>
      api.request('put', '/api/v1/maslikhats/{id}/answer-templates/{template_id}', {
        params: { id: maslikhatId, template_id: id },
        body,
      }),
    onSuccess: invalidate,
  });
}

export function useDeleteTemplate(maslikhatId: number) {
  const invalidate = useInvalidate(maslikhatId);
  return useMutation({
    mutationFn: (id: number) =>
      api.delete('/api/v1/maslikhats/{id}/answer-templates/{template_id}', {
        params: { id: maslikhatId, template_id: id },
      }),
    onSuccess: invalidate,
  });
}
