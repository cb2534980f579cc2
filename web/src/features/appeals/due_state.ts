// How close an appeal is to its deadline; shown as text (and colour) in lists and on the detail.
import type { AppealStatus } from './types';
import { daysBetween, localToday } from '../../lib/dates';

export type DueState = 'overdue' | 'soon' | 'ok' | 'done';

const kOpen: readonly AppealStatus[] = ['registered', 'assigned', 'in_consideration', 'extended', 'reopened'];

export function isOpenStatus(status: AppealStatus): boolean {
  return kOpen.includes(status);
}

/** Overdue after the due date; "soon" when 0–3 calendar days are left; "done" once not open. */
export function dueState(status: AppealStatus, dueOn: string, today: string = localToday()): DueState {
  if (!isOpenStatus(status)) return 'done';
  const left = daysBetween(today, dueOn);
  if (left < 0) return 'overdue';
  if (left <= 3) return 'soon';
  return 'ok';
}
