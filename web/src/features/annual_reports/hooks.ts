// TanStack Query hooks for the maslikhat's annual reports (tag `annual-reports` of the API): a
// maslikhat's (or one commission's) reports, one report at its latest or a given version, and the
// keepers' changes (make, edit the working copy, count again, publish the next version).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type RequestBody } from '../../lib/api/client';
import type { components } from '../../lib/api/schema';

export type AnnualReport = components['schemas']['AnnualReport'];
export type AnnualReportSummary = components['schemas']['AnnualReportSummary'];
export type AnnualReportFigures = components['schemas']['AnnualReportFigures'];
export type AnnualReportChange = RequestBody<'/api/v1/annual-reports/{id}', 'patch'>;
export type AnnualReportAction = 'refresh' | 'publish';

export const kAnnualReportsKey = ['annual-reports'] as const;

export function useAnnualReports(maslikhatId: number, commissionId?: number) {
  return useQuery({
    queryKey: [...kAnnualReportsKey, 'list', maslikhatId, commissionId ?? 0],
    enabled: maslikhatId > 0,
    queryFn: ({ signal }) =>
      api.get('/api/v1/maslikhats/{id}/annual-reports', {
        params: { id: maslikhatId },
        query: commissionId ? { commission: commissionId } : {},
        signal,
      }),
  });
}

/** The report at its latest version, or at version `number`. */
export function useAnnualReport(id: number, number?: number) {
  return useQuery({
    queryKey: [...kAnnualReportsKey, 'report', id, number ?? 0],
    enabled: id > 0,
    retry: false,
    queryFn: ({ signal }) =>
      number
        ? api.get('/api/v1/annual-reports/{id}/versions/{number}', { params: { id, number }, signal })
        : api.get('/api/v1/annual-reports/{id}', { params: { id }, signal }),
  });
}

function useReportsChange<V>(change: (vars: V) => Promise<AnnualReport>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (report) => {
      client.setQueryData([...kAnnualReportsKey, 'report', report.id, 0], report);
      void client.invalidateQueries({ queryKey: kAnnualReportsKey });
    },
  });
}

export function useCreateAnnualReport(maslikhatId: number, commissionId?: number) {
  return useReportsChange((year: number) =>
    api.post('/api/v1/maslikhats/{id}/annual-reports', {
      params: { id: maslikhatId },
      body: commissionId ? { year, commission_id: commissionId } : { year },
    }),
  );
}

export function useUpdateAnnualReport(id: number) {
  return useReportsChange((body: AnnualReportChange) => api.patch('/api/v1/annual-reports/{id}', { params: { id }, body }));
}

export function useAnnualReportAction(id: number) {
  return useReportsChange((action: AnnualReportAction) =>
    action === 'refresh'
      ? api.post('/api/v1/annual-reports/{id}/refresh', { params: { id } })
      : api.post('/api/v1/annual-reports/{id}/publish', { params: { id } }),
  );
}
