// The work-queue filters, kept in the URL so that "back" from an appeal returns to the same list.
import type { AppealListQuery } from '../hooks';
import { kAppealStatuses, kAppealTypes, type AppealStatus, type AppealType } from '../types';

export interface ListFilters {
  maslikhatId: number | null;
  status: AppealStatus | '';
  type: AppealType | '';
  overdue: boolean;
  /** Staff: the urgent queue (anonymous reports of a crime or a threat, forwarded the same day). */
  urgent: boolean;
  q: string;
  from: string;
  to: string;
}

const kDate = /^\d{4}-\d{2}-\d{2}$/;

export function filtersFromParams(params: URLSearchParams, maslikhats: readonly number[]): ListFilters {
  const m = Number(params.get('maslikhat') ?? NaN);
  const status = params.get('status') ?? '';
  const type = params.get('type') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    maslikhatId: maslikhats.includes(m) ? m : (maslikhats[0] ?? null),
    status: kAppealStatuses.find((s) => s === status) ?? '',
    type: kAppealTypes.find((s) => s === type) ?? '',
    overdue: params.get('overdue') === 'true',
    urgent: params.get('urgent') === 'true',
    q: (params.get('q') ?? '').slice(0, 200),
    from: kDate.test(from) ? from : '',
    to: kDate.test(to) ? to : '',
  };
}

export function filtersToParams(filters: ListFilters, mine: boolean): URLSearchParams {
  const params = new URLSearchParams();
  if (mine) params.set('view', 'mine');
  if (filters.maslikhatId !== null) params.set('maslikhat', String(filters.maslikhatId));
  if (filters.status) params.set('status', filters.status);
  if (filters.type) params.set('type', filters.type);
  if (filters.overdue) params.set('overdue', 'true');
  if (filters.urgent) params.set('urgent', 'true');
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  return params;
}

/** The API query for a list: staff pass their maslikhat, deputies and applicants none. */
export function listQuery(filters: ListFilters, asStaff: boolean): Omit<AppealListQuery, 'cursor' | 'limit'> {
  return {
    maslikhat_id: asStaff && filters.maslikhatId !== null ? filters.maslikhatId : undefined,
    status: filters.status || undefined,
    type: filters.type || undefined,
    overdue: filters.overdue ? 'true' : undefined,
    urgent: asStaff && filters.urgent ? 'true' : undefined,
    q: filters.q.trim() || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
  };
}
