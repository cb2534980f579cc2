// How a reception session reads: its day in words, its hours, who receives, where.
import type { TFunction } from 'i18next';
import { formatDay, formatWeekday, localToday } from '../../lib/dates';
import type { ReceptionSession } from './types';

/** "понедельник, 14.12.2026". */
export function sessionDayText(day: string, language: string): string {
  const weekday = formatWeekday(day, language);
  return weekday ? `${weekday}, ${formatDay(day, language)}` : formatDay(day, language);
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
