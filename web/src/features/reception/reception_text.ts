// How a reception session reads: its day in words, its hours, who receives, where.
import type { TFunction } from 'i18next';
import { formatDay, localToday } from '../../lib/dates';
import type { ReceptionSession } from './types';

const kWeekdays = [
  'reception.weekday.7',
  'reception.weekday.1',
  'reception.weekday.2',
  'reception.weekday.3',
  'reception.weekday.4',
  'reception.weekday.5',
  'reception.weekday.6',
] as const;

/**
 * "понедельник, 14.12.2026". The weekday comes from the locale (reception.weekday), not from
 * Intl.DateTimeFormat: making the first formatter for a language loads its ICU data, ~20 ms of a
 * phone's main thread on a deputy's page (docs/benchmarks.md).
 */
export function sessionDayText(t: TFunction, day: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return formatDay(day, language);
  const weekday = kWeekdays[new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).getUTCDay()];
  return weekday ? `${t(weekday)}, ${formatDay(day, language)}` : formatDay(day, language);
}

/** "10:00–13:00". */
export function sessionHours(session: Pick<ReceptionSession, 'starts_at' | 'ends_at'>): string {
  return `${session.starts_at}–${session.ends_at}`;
}

/** The deputy's name in the UI language (the other language when one is empty), or the named host. */
export function hostName(session: Pick<ReceptionSession, 'host_name' | 'host_name_kk' | 'host_name_ru'>, language: string) {
  const [first, second] = language === 'kk' ? [session.host_name_kk, session.host_name_ru] : [session.host_name_ru, session.host_name_kk];
  return first.trim() || second.trim() || session.host_name;
}

/** "Маслихат, ул. Абая 1" or "онлайн". */
export function placeText(t: TFunction, session: Pick<ReceptionSession, 'place_kind' | 'place' | 'address'>): string {
  if (session.place_kind === 'online') return t('reception.place.online');
  return [session.place, session.address].filter((part) => part.trim() !== '').join(', ');
}

/** A session that has not yet taken place (today's still counts). */
export function isUpcoming(session: Pick<ReceptionSession, 'day'>, nowMs: number = Date.now()): boolean {
  return session.day >= localToday(nowMs);
}
