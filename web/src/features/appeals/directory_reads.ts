// The public directory reads the appeal pages need to choose an addressee (docs/directory.md):
// address autocomplete, find-my-deputy lookup, a deputy, a maslikhat's deputies and commissions,
// maslikhats.
// Only the fields used here are typed. GETs carry no CSRF token; errors become ApiError.
import { useQuery } from '@tanstack/react-query';
import { ApiError, apiErrorFromResponse } from '../../lib/api/api_error';

export interface AddressItem {
  key: string;
  name_kk: string;
  name_ru: string;
}

export interface Named {
  id: number;
  name_kk: string;
  name_ru: string;
}

export interface DirectoryMaslikhat extends Named {
  level: string;
}

export interface DirectoryOkrug extends Named {
  number: number;
  maslikhat_id: number;
}

export interface DirectoryDeputy {
  id: number;
  maslikhat_id: number;
  okrug_id: number | null;
  full_name_kk: string;
  full_name_ru: string;
  party_kk?: string;
  party_ru?: string;
}

export interface DirectoryCommission extends Named {
  maslikhat_id: number;
  remit_kk: string;
  remit_ru: string;
}

export interface DeputyDetail extends DirectoryDeputy {
  okrug: DirectoryOkrug | null;
  maslikhat: DirectoryMaslikhat;
}

export interface LookupMatch {
  maslikhat: DirectoryMaslikhat;
  okrug: DirectoryOkrug;
  deputies: DirectoryDeputy[];
}

export interface LookupResult {
  matches: LookupMatch[];
  contacts: DirectoryMaslikhat[];
}

async function getJson<T>(path: string, query: Record<string, string | number | undefined> = {}, signal?: AbortSignal) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  let response: Response;
  try {
    response = await globalThis.fetch(`${path}${qs ? `?${qs}` : ''}`, {
      method: 'GET',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError({ status: 0, code: 'network' });
  }
  if (!response.ok) throw await apiErrorFromResponse(response);
  return (await response.json()) as T;
}

/** "name_kk" in Kazakh, "name_ru" otherwise (English readers get the Russian name). */
export function localName(item: { name_kk: string; name_ru: string }, language: string): string {
  return language === 'kk' ? item.name_kk || item.name_ru : item.name_ru || item.name_kk;
}

export function deputyName(deputy: { full_name_kk: string; full_name_ru: string }, language: string): string {
  return language === 'kk' ? deputy.full_name_kk || deputy.full_name_ru : deputy.full_name_ru || deputy.full_name_kk;
}

export function useSettlements(q: string, language: string) {
  return useQuery({
    queryKey: ['addresses', 'settlements', q, language],
    queryFn: ({ signal }) =>
      getJson<{ items: AddressItem[] }>('/api/v1/addresses/settlements', { q, lang: language }, signal),
    staleTime: 5 * 60_000,
  });
}

export function useStreets(settlement: string | null, q: string, language: string) {
  return useQuery({
    queryKey: ['addresses', 'streets', settlement, q, language],
    enabled: settlement !== null,
    queryFn: ({ signal }) =>
      getJson<{ items: AddressItem[] }>(
        '/api/v1/addresses/streets',
        { settlement: settlement ?? '', q, lang: language },
        signal,
      ),
    staleTime: 5 * 60_000,
  });
}

export interface LookupInput {
  settlement: string;
  street: string;
  house: string;
}

export function useAddressLookup(input: LookupInput | null) {
  return useQuery({
    queryKey: ['addresses', 'lookup', input],
    enabled: input !== null,
    queryFn: ({ signal }) =>
      getJson<LookupResult>(
        '/api/v1/addresses/lookup',
        { settlement: input?.settlement, street: input?.street, house: input?.house },
        signal,
      ),
  });
}

export function useDeputy(id: number | null) {
  return useQuery({
    queryKey: ['deputies', id],
    enabled: id !== null,
    queryFn: ({ signal }) => getJson<DeputyDetail>(`/api/v1/deputies/${String(id)}`, {}, signal),
  });
}

/** Every deputy of a maslikhat (pages of 100 followed to the end; a maslikhat has dozens). */
export function useMaslikhatDeputies(maslikhatId: number | null) {
  return useQuery({
    queryKey: ['deputies', 'of', maslikhatId],
    enabled: maslikhatId !== null,
    queryFn: async ({ signal }) => {
      const all: DirectoryDeputy[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 20; page += 1) {
        const result = await getJson<{ items: DirectoryDeputy[]; next_cursor: string | null }>(
          '/api/v1/deputies',
          { maslikhat_id: maslikhatId ?? undefined, limit: 100, cursor },
          signal,
        );
        all.push(...result.items);
        if (!result.next_cursor) break;
        cursor = result.next_cursor;
      }
      return all;
    },
    staleTime: 5 * 60_000,
  });
}

export function useMaslikhats() {
  return useQuery({
    queryKey: ['maslikhats'],
    queryFn: ({ signal }) => getJson<{ items: DirectoryMaslikhat[] }>('/api/v1/maslikhats', {}, signal),
    staleTime: 5 * 60_000,
  });
}

export function useMaslikhatOkrugs(maslikhatId: number | null) {
  return useQuery({
    queryKey: ['okrugs', 'of', maslikhatId],
    enabled: maslikhatId !== null,
    queryFn: ({ signal }) =>
      getJson<{ items: DirectoryOkrug[] }>(`/api/v1/maslikhats/${String(maslikhatId)}/okrugs`, {}, signal),
    staleTime: 5 * 60_000,
  });
}

export function useMaslikhatCommissions(maslikhatId: number | null) {
  return useQuery({
    queryKey: ['commissions', 'of', maslikhatId],
    enabled: maslikhatId !== null,
    queryFn: ({ signal }) =>
      getJson<{ items: DirectoryCommission[] }>(`/api/v1/maslikhats/${String(maslikhatId)}/commissions`, {}, signal),
    staleTime: 5 * 60_000,
  });
}
