// TanStack Query hooks for the person's own data (tag `privacy` of the API, docs/personal-data.md).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import type { components } from '../../lib/api/schema';
import { kMeKey } from '../../lib/session';

export type MyData = components['schemas']['MyData'];
export type KeptAppeal = components['schemas']['KeptAppeal'];
export type AccountDeleted = components['schemas']['AccountDeleted'];

export const kMyDataKey = ['my-data'] as const;
/** The downloads are plain links: the server answers them as attachments. */
export const kDataJsonUrl = '/api/v1/me/data?download=true';
export const kDataPdfUrl = '/api/v1/me/data.pdf';

export function useMyData() {
  return useQuery({
    queryKey: kMyDataKey,
    queryFn: async ({ signal }) => api.get('/api/v1/me/data', { signal }),
    staleTime: 0,
  });
}

export function useAcceptConsent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: string) => api.post('/api/v1/me/consent', { body: { version } }),
    onSuccess: (me) => {
      client.setQueryData(kMeKey, me);
      void client.invalidateQueries({ queryKey: kMyDataKey });
    },
  });
}

export function useWithdrawConsent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/v1/me/consent/withdraw'),
    onSuccess: (me) => {
      client.setQueryData(kMeKey, me);
      void client.invalidateQueries({ queryKey: kMyDataKey });
    },
  });
}

export function useDeleteAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (confirm: string) => api.post('/api/v1/me/delete', { body: { confirm } }),
    onSuccess: () => {
      // Signed out: nothing of the account stays in the page's memory.
      client.removeQueries({ queryKey: kMyDataKey });
      client.setQueryData(kMeKey, null);
    },
  });
}
