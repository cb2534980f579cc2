// TanStack Query hooks for the directory API (docs/directory.md).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiErrorFromResponse } from '../../lib/api/api_error';
import { api } from '../../lib/api/client';
import type { Language } from '../../lib/api/types';
import type {
  CommissionCreate,
  CommissionMember,
  CommissionPatch,
  CoverageRowRequest,
  Deputy,
  DeputyCreate,
  DeputyPatch,
  ImportKind,
  ImportResult,
  Maslikhat,
  MaslikhatCreate,
  MaslikhatPatch,
  OkrugPatch,
  OkrugRequest,
  TerritoryCreate,
  TerritoryPatch,
} from './directory_types';
import { sendRawBody, sendRawBodyJson } from '../../lib/api/raw_body_request';

// Every directory read in the app goes through these hooks: one key per endpoint (its parameters
// after it), all under kDirectoryKey, so an edit anywhere invalidates what every page shows
// (the directory's own pages and the appeal pages that name deputies, okrugs and commissions).
export const kDirectoryKey = ['directory'] as const;
export const kDirectoryKeys = {
  maslikhats: [...kDirectoryKey, 'maslikhats'] as const,
  maslikhat: (id: number) => [...kDirectoryKey, 'maslikhat', id] as const,
  maslikhatOkrugs: (id: number) => [...kDirectoryKey, 'maslikhat-okrugs', id] as const,
  maslikhatCommissions: (id: number) => [...kDirectoryKey, 'maslikhat-commissions', id] as const,
  deputy: (id: number) => [...kDirectoryKey, 'deputy', id] as const,
  /** GET /deputies: a search page by page, or every deputy of one maslikhat. */
  deputies: (params: { q?: string; maslikhatId: number | null; all?: boolean }) =>
    [...kDirectoryKey, 'deputies', params] as const,
  okrug: (id: number) => [...kDirectoryKey, 'okrug', id] as const,
  commission: (id: number) => [...kDirectoryKey, 'commission', id] as const,
  settlements: (q: string, language: string) => [...kDirectoryKey, 'settlements', q, language] as const,
  streets: (settlement: string, q: string, language: string) =>
    [...kDirectoryKey, 'streets', settlement, q, language] as const,
  lookup: (address: LookupAddress) => [...kDirectoryKey, 'lookup', address] as const,
  territories: (parentId: number | null) => [...kDirectoryKey, 'territories', parentId] as const,
  territoryHistory: (id: number) => [...kDirectoryKey, 'territory-history', id] as const,
};
const keys = kDirectoryKeys;
const kListStaleTime = 5 * 60_000;

function apiLanguage(language: string): Language | undefined {
  return language === 'kk' || language === 'ru' || language === 'en' ? language : undefined;
}

export interface LookupAddress {
  settlement: string;
  street: string;
  house: string;
}

export function useMaslikhats(enabled = true) {
  return useQuery({
    queryKey: keys.maslikhats,
    enabled,
    queryFn: ({ signal }) => api.get('/api/v1/maslikhats', { signal }),
    staleTime: kListStaleTime,
  });
}

export function useMaslikhat(id: number) {
  return useQuery({
    queryKey: keys.maslikhat(id),
    queryFn: ({ signal }) => api.get('/api/v1/maslikhats/{id}', { params: { id }, signal }),
  });
}

/** A deputy with maslikhat, okrug and commissions; `null` waits (nothing chosen yet). */
export function useDeputy(id: number | null) {
  return useQuery({
    queryKey: keys.deputy(id ?? 0),
    enabled: id !== null,
    queryFn: ({ signal }) => api.get('/api/v1/deputies/{id}', { params: { id: id ?? 0 }, signal }),
  });
}

export function useMaslikhatOkrugs(maslikhatId: number | null) {
  return useQuery({
    queryKey: keys.maslikhatOkrugs(maslikhatId ?? 0),
    enabled: maslikhatId !== null,
    queryFn: ({ signal }) => api.get('/api/v1/maslikhats/{id}/okrugs', { params: { id: maslikhatId ?? 0 }, signal }),
    staleTime: kListStaleTime,
  });
}

export function useMaslikhatCommissions(maslikhatId: number | null) {
  return useQuery({
    queryKey: keys.maslikhatCommissions(maslikhatId ?? 0),
    enabled: maslikhatId !== null,
    queryFn: ({ signal }) =>
      api.get('/api/v1/maslikhats/{id}/commissions', { params: { id: maslikhatId ?? 0 }, signal }),
    staleTime: kListStaleTime,
  });
}

/** Every deputy of a maslikhat (pages of 100 followed to the end; a maslikhat has dozens). */
export function useMaslikhatDeputies(maslikhatId: number | null) {
  return useQuery({
    queryKey: keys.deputies({ maslikhatId, all: true }),
    enabled: maslikhatId !== null,
    queryFn: async ({ signal }) => {
      const all: Deputy[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 20; page += 1) {
        const result = await api.get('/api/v1/deputies', {
          query: { maslikhat_id: maslikhatId ?? undefined, limit: 100, cursor },
          signal,
        });
        all.push(...result.items);
        if (!result.next_cursor) break;
        cursor = result.next_cursor;
      }
      return all;
    },
    staleTime: kListStaleTime,
  });
}

/** One okrug with its maslikhat; for useQuery or useQueries (several at once). */
export function okrugQuery(id: number) {
  return {
    queryKey: keys.okrug(id),
    queryFn: ({ signal }: { signal: AbortSignal }) => api.get('/api/v1/okrugs/{id}', { params: { id }, signal }),
  };
}

/** One commission with its maslikhat; for useQuery or useQueries. */
export function commissionQuery(id: number) {
  return {
    queryKey: keys.commission(id),
    queryFn: ({ signal }: { signal: AbortSignal }) => api.get('/api/v1/commissions/{id}', { params: { id }, signal }),
  };
}

export function useOkrug(id: number) {
  return useQuery(okrugQuery(id));
}

export function useCommission(id: number) {
  return useQuery(commissionQuery(id));
}

export function useDeputySearch(q: string, maslikhatId: number | null = null) {
  return useInfiniteQuery({
    queryKey: keys.deputies({ q, maslikhatId }),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/v1/deputies', {
        query: { q: q || undefined, maslikhat_id: maslikhatId ?? undefined, limit: 30, cursor: pageParam ?? undefined },
        signal,
      }),
    getNextPageParam: (page) => page.next_cursor,
  });
}

export function useSettlementSuggestions(q: string, language: string) {
  return useQuery({
    queryKey: keys.settlements(q, language),
    queryFn: ({ signal }) => api.get('/api/v1/addresses/settlements', { query: { q, lang: apiLanguage(language) }, signal }),
    staleTime: kListStaleTime,
  });
}

export function useStreetSuggestions(settlement: string, q: string, language: string) {
  return useQuery({
    queryKey: keys.streets(settlement, q, language),
    enabled: settlement.trim() !== '',
    queryFn: ({ signal }) =>
      api.get('/api/v1/addresses/streets', { query: { settlement, q, lang: apiLanguage(language) }, signal }),
    staleTime: kListStaleTime,
  });
}

export function useAddressLookup(address: LookupAddress | null) {
  return useQuery({
    queryKey: keys.lookup(address ?? { settlement: '', street: '', house: '' }),
    enabled: address !== null,
    queryFn: ({ signal }) =>
      api.get('/api/v1/addresses/lookup', {
        query: { settlement: address?.settlement ?? '', street: address?.street, house: address?.house },
        signal,
      }),
  });
}

function useInvalidateDirectory() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: kDirectoryKey });
}

export function useUpdateDeputy(id: number) {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: (body: DeputyPatch) => api.patch('/api/v1/deputies/{id}', { params: { id }, body }),
    onSuccess: invalidate,
  });
}

export const kPhotoTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const kMaxPhotoBytes = 5 * 1024 * 1024;

export function useUploadDeputyPhoto(id: number) {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: (file: File) =>
      sendRawBodyJson<Deputy>('PUT', `/api/v1/deputies/${id}/photo`, file, file.type || 'application/octet-stream'),
    onSuccess: invalidate,
  });
}

export function useUpdateMaslikhat(id: number) {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: (body: MaslikhatPatch): Promise<Maslikhat> =>
      api.patch('/api/v1/maslikhats/{id}', { params: { id }, body }),
    onSuccess: invalidate,
  });
}

export function useAddCoverage(okrugId: number) {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: (body: CoverageRowRequest) =>
      api.post('/api/v1/okrugs/{id}/coverage', { params: { id: okrugId }, body }),
    onSuccess: invalidate,
  });
}

export function useDeleteCoverage(okrugId: number) {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: (rowId: number) =>
      api.delete('/api/v1/okrugs/{id}/coverage/{row}', { params: { id: okrugId, row: rowId } }),
    onSuccess: invalidate,
  });
}

/** Answers the result for 200 and for 422 with row errors; other failures throw ApiError. */
export async function importCsv(maslikhatId: number, kind: ImportKind, csv: string, dryRun: boolean) {
  const url = `/api/v1/maslikhats/${maslikhatId}/imports/${kind}?dry_run=${dryRun ? 'true' : 'false'}`;
  const response = await sendRawBody('POST', url, csv, 'text/csv; charset=utf-8');
  if (response.ok || response.status === 422) {
    const body = (await response.clone().json().catch(() => null)) as ImportResult | null;
    if (body && Array.isArray(body.errors)) return body;
  }
  throw await apiErrorFromResponse(response);
}

export function useImportCsv(maslikhatId: number) {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: ({ kind, csv, dryRun }: { kind: ImportKind; csv: string; dryRun: boolean }) =>
      importCsv(maslikhatId, kind, csv, dryRun),
    onSuccess: (result) => {
      if (!result.dry_run && result.errors.length === 0) void invalidate();
    },
  });
}

// Staff: okrugs, deputies, commissions of a maslikhat --------------------------------------

export function useCreateOkrug(maslikhatId: number) {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: (body: OkrugRequest) => api.post('/api/v1/maslikhats/{id}/okrugs', { params: { id: maslikhatId }, body }),
    onSuccess: invalidate,
  });
}

export function useUpdateOkrug(id: number) {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: (body: OkrugPatch) => api.patch('/api/v1/okrugs/{id}', { params: { id }, body }),
    onSuccess: invalidate,
  });
}

export function useDeleteOkrug(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/api/v1/okrugs/{id}', { params: { id } }),
    // The okrug page is left right away: drop its query instead of refetching a 404.
    onSuccess: () => {
      client.removeQueries({ queryKey: keys.okrug(id) });
      return client.invalidateQueries({ queryKey: kDirectoryKey });
    },
  });
}

export function useCreateDeputy(maslikhatId: number) {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: (body: DeputyPatch) =>
      api.post('/api/v1/maslikhats/{id}/deputies', { params: { id: maslikhatId }, body: body as DeputyCreate }),
    onSuccess: invalidate,
  });
}

export function useCreateCommission(maslikhatId: number) {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: (body: CommissionPatch) =>
      // The generated request type is `Patch & Record<string, never>` (an allOf with an empty object).
      api.post('/api/v1/maslikhats/{id}/commissions', { params: { id: maslikhatId }, body: body as CommissionCreate }),
    onSuccess: invalidate,
  });
}

export function useUpdateCommission(id: number) {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: (body: CommissionPatch) => api.patch('/api/v1/commissions/{id}', { params: { id }, body }),
    onSuccess: invalidate,
  });
}

export function useSetCommissionMembers(id: number) {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: (members: CommissionMember[]) =>
      api.request('put', '/api/v1/commissions/{id}/members', { params: { id }, body: { members } }),
    onSuccess: invalidate,
  });
}

// Admin: territories and new maslikhats --------------------------------------------------

/** Territories under a parent; `null` lists every current territory (the server's limit is 1000). */
export function useTerritories(parentId: number | null) {
  return useQuery({
    queryKey: keys.territories(parentId),
    queryFn: ({ signal }) =>
      api.get('/api/v1/territories', { query: { parent_id: parentId ?? undefined }, signal }),
  });
}

export function useTerritoryHistory(id: number | null) {
  return useQuery({
    queryKey: keys.territoryHistory(id ?? 0),
    enabled: id !== null,
    queryFn: ({ signal }) => api.get('/api/v1/territories/{id}/history', { params: { id: id ?? 0 }, signal }),
  });
}

export function useCreateTerritory() {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: (body: TerritoryCreate) => api.post('/api/v1/territories', { body }),
    onSuccess: invalidate,
  });
}

export function useUpdateTerritory(id: number) {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: (body: TerritoryPatch) => api.patch('/api/v1/territories/{id}', { params: { id }, body }),
    onSuccess: invalidate,
  });
}

export function useCreateMaslikhat() {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: (body: MaslikhatCreate) => api.post('/api/v1/maslikhats', { body }),
    onSuccess: invalidate,
  });
}
