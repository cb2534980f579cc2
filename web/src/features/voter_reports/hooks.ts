// TanStack Query hooks for deputies' reports to voters (tag `voter-reports` of the API): a deputy's
// reports (the published ones, or for their keepers all), the signed-in deputy's own, one report,
// and the keepers' changes (make, edit, count again, publish, take back).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type RequestBody } from '../../lib/api/client';
import type { components } from '../../lib/api/schema';

export type VoterReport = components['schemas']['VoterReport'];
export type VoterReportSummary = components['schemas']['VoterReportSummary'];
export type VoterReportList = components['schemas']['VoterReportList'];
export type VoterReportFigures = components['schemas']['VoterReportFigures'];
export type VoterReportChange = RequestBody<'/api/v1/voter-reports/{id}', 'patch'>;
export type ReportAction = 'refresh' | 'publish' | 'unpublish';

export const kVoterReportsKey = ['voter-reports'] as const;

export function useDeputyReports(deputyId: number) {
  return useQuery({
    queryKey: [...kVoterReportsKey, 'deputy', deputyId],
    enabled: deputyId > 0,
    queryFn: ({ signal }) => api.get('/api/v1/deputies/{id}/reports', { params: { id: deputyId }, signal }),
  });
}

/** The signed-in deputy's own reports (404 for an account linked to no deputy). */
export function useMyReports() {
  return useQuery({
    queryKey: [...kVoterReportsKey, 'mine'],
    retry: false,
    queryFn: ({ signal }) => api.get('/api/v1/me/voter-reports', { signal }),
  });
}

export function useVoterReport(id: number) {
  return useQuery({
    queryKey: [...kVoterReportsKey, 'report', id],
    enabled: id > 0,
    retry: false,
    queryFn: ({ signal }) => api.get('/api/v1/voter-reports/{id}', { params: { id }, signal }),
  });
}

/** The deputy's report meetings, to link one to the report. */
export function useReportMeetings(deputyId: number, lang: 'kk' | 'ru') {
  return useQuery({
    queryKey: [...kVoterReportsKey, 'meetings', deputyId, lang],
    enabled: deputyId > 0,
    queryFn: ({ signal }) =>
      api.get('/api/v1/public/events', { query: { deputy: deputyId, type: 'report_meeting', lang, limit: 100 }, signal }),
  });
}

function useReportsChange<V>(change: (vars: V) => Promise<VoterReport>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (report) => {
      client.setQueryData([...kVoterReportsKey, 'report', report.id], report);
      void client.invalidateQueries({ queryKey: kVoterReportsKey });
    },
  });
}

export function useCreateReport(deputyId: number) {
  return useReportsChange((year: number) =>
    api.post('/api/v1/deputies/{id}/reports', { params: { id: deputyId }, body: { year } }),
  );
}

export function useUpdateReport(id: number) {
  return useReportsChange((body: VoterReportChange) => api.patch('/api/v1/voter-reports/{id}', { params: { id }, body }));
}

export function useReportAction(id: number) {
  return useReportsChange((action: ReportAction) => {
    if (action === 'refresh') return api.post('/api/v1/voter-reports/{id}/refresh', { params: { id } });
    if (action === 'publish') return api.post('/api/v1/voter-reports/{id}/publish', { params: { id } });
    return api.post('/api/v1/voter-reports/{id}/unpublish', { params: { id } });
  });
}
