// Reception statistics as the page reads them: month spans, totals per host for the chart, the
// categories of a row in words, and the XLSX link.
import type { TFunction } from 'i18next';
import { localToday } from '../../lib/dates';
import type { ReceptionStats, ReceptionStatsRow } from './types';

const kMonthPattern = /^(\d{4})-(\d{2})$/;

/** A month (`YYYY-MM`) plus `n` months. */
export function shiftMonth(month: string, n: number): string {
  const m = kMonthPattern.exec(month);
  if (!m) return month;
  const total = Number(m[1]) * 12 + Number(m[2]) - 1 + n;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export function isMonth(value: string): boolean {
  const m = kMonthPattern.exec(value);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** This month in Kazakhstan and the eleven before it: the server's default span. */
export function defaultSpan(nowMs: number = Date.now()): { from: string; to: string } {
  const to = localToday(nowMs).slice(0, 7);
  return { from: shiftMonth(to, -11), to };
}

const kMonthKeys = [
  'reception.stats.months.m1',
  'reception.stats.months.m2',
  'reception.stats.months.m3',
  'reception.stats.months.m4',
  'reception.stats.months.m5',
  'reception.stats.months.m6',
  'reception.stats.months.m7',
  'reception.stats.months.m8',
  'reception.stats.months.m9',
  'reception.stats.months.m10',
  'reception.stats.months.m11',
  'reception.stats.months.m12',
] as const;

/** "December 2026" in the UI language. */
export function monthText(t: TFunction, month: string): string {
  const m = kMonthPattern.exec(month);
  if (!m) return month;
  const key = kMonthKeys[Number(m[2]) - 1];
  return key ? `${t(key)} ${m[1] ?? ''}` : month;
}

/** The host's name in the UI language (the other one when it is empty). */
export function rowHost(row: Pick<ReceptionStatsRow, 'host_name_kk' | 'host_name_ru'>, language: string): string {
  const [first, second] = language === 'kk' ? [row.host_name_kk, row.host_name_ru] : [row.host_name_ru, row.host_name_kk];
  return first.trim() || second.trim();
}

/** "Roads: 1, No category: 2". */
export function categoriesText(t: TFunction, stats: ReceptionStats, row: ReceptionStatsRow, language: string): string {
  const names = new Map(stats.categories.map((c) => [c.key, language === 'kk' ? c.name_kk : language === 'ru' ? c.name_ru : c.name_en]));
  return row.categories
    .map((c) => `${c.key === '' ? t('reception.stats.noCategory') : (names.get(c.key) ?? c.key)}: ${String(c.count)}`)
    .join(', ');
}

export type Figures = Pick<ReceptionStatsRow, 'sessions' | 'bookings' | 'visits' | 'no_shows' | 'appeals'>;

export function addFigures(a: Figures, b: Figures): Figures {
  return {
    sessions: a.sessions + b.sessions,
    bookings: a.bookings + b.bookings,
    visits: a.visits + b.visits,
    no_shows: a.no_shows + b.no_shows,
    appeals: a.appeals + b.appeals,
  };
}

export const kNoFigures: Figures = { sessions: 0, bookings: 0, visits: 0, no_shows: 0, appeals: 0 };

/** Each host's figures over the span, in the order the rows name them. */
export function perHost(rows: ReceptionStatsRow[], language: string): { host: string; figures: Figures }[] {
  const byHost = new Map<string, { host: string; figures: Figures }>();
  for (const row of rows) {
    const key = row.deputy_id !== null ? `d${String(row.deputy_id)}` : `h${row.host_name_ru}`;
    const seen = byHost.get(key) ?? { host: rowHost(row, language), figures: kNoFigures };
    byHost.set(key, { host: seen.host, figures: addFigures(seen.figures, row) });
  }
  return [...byHost.values()];
}

export function statsXlsxUrl(maslikhatId: number, from: string, to: string, language: string): string {
  const search = new URLSearchParams({ from, to, lang: language });
  return `/api/v1/maslikhats/${String(maslikhatId)}/reception-stats.xlsx?${search.toString()}`;
}
