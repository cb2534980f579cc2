// How close an appeal is to its deadlines, as the server says (it counts working days on the
// production calendar: docs/appeals-deadlines.md); shown as text (and colour) in lists and on the detail.
import type { AppealStatus, AppealSummary } from './types';

export type DueState = 'overdue' | 'soon' | 'ok' | 'done';

const kOpen: readonly AppealStatus[] = ['registered', 'assigned', 'in_consideration', 'extended', 'reopened'];

export function isOpenStatus(status: AppealStatus): boolean {
  return kOpen.includes(status);
}

type Flags = Pick<AppealSummary, 'status' | 'overdue' | 'due_soon' | 'forward_overdue' | 'forward_due_soon'>;

/** The answer term: the server's `overdue` / `due_soon`; "done" once the appeal is not open. */
export function dueState(appeal: Flags): DueState {
  if (!isOpenStatus(appeal.status)) return 'done';
  if (appeal.overdue) return 'overdue';
  if (appeal.due_soon) return 'soon';
  return 'ok';
}

/** The forwarding term, which runs only while nobody has decided on the appeal. */
export function forwardState(appeal: Flags): DueState {
  if (appeal.forward_overdue) return 'overdue';
  if (appeal.forward_due_soon) return 'soon';
  return appeal.status === 'registered' ? 'ok' : 'done';
}

/** The more urgent of the two, for tinting a row. */
export function worstState(appeal: Flags): DueState {
  const answer = dueState(appeal);
  const forward = forwardState(appeal);
  if (answer === 'overdue' || forward === 'overdue') return 'overdue';
  if (answer === 'soon' || forward === 'soon') return 'soon';
  return answer;
}
