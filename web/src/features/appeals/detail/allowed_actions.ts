// Which action buttons a handler sees: the server's transition table (features/appeals/appeal.cpp)
// crossed with what the role may do (appeal_policy.cpp). The server still decides; this only
// avoids offering buttons that would be refused.
import type { AppealAccess, AppealAction, AppealStatus } from '../types';

const kFrom: Record<AppealAction, readonly AppealStatus[]> = {
  assign: ['registered', 'assigned', 'reopened'],
  start: ['assigned', 'reopened'],
  forward: ['registered', 'assigned', 'in_consideration'],
  extend: ['in_consideration', 'extended'],
  answer: ['assigned', 'in_consideration', 'extended'],
  close: ['answered', 'forwarded'],
  leave: ['registered', 'assigned'],
  reopen: ['answered', 'closed'],
  // A part goes elsewhere; the appeal keeps its status (docs/appeals.md "Partial forwarding").
  forward_part: ['registered', 'assigned', 'in_consideration', 'extended', 'reopened'],
  // Urgent after registration: while the appeal is still ours, never taken back once forwarded.
  mark_urgent: ['registered', 'assigned', 'in_consideration', 'extended', 'reopened'],
  unmark_urgent: ['registered', 'assigned', 'in_consideration', 'extended', 'reopened'],
};

/** The order buttons appear in: the usual path first. */
export const kActionOrder: readonly AppealAction[] = [
  'assign',
  'start',
  'answer',
  'extend',
  'forward',
  'forward_part',
  'mark_urgent',
  'unmark_urgent',
  'close',
  'leave',
  'reopen',
];

function mayAct(access: AppealAccess, action: AppealAction): boolean {
  switch (access) {
    case 'staff':
      return action !== 'reopen';
    case 'deputy':
      return action === 'start' || action === 'answer';
    case 'applicant':
      // The applicant reopens through "was the problem solved? — no", not a bare button.
      return false;
  }
}

/** The addressed deputy may also take a registered appeal up directly, without staff assigning it. */
function fromStatus(access: AppealAccess, action: AppealAction, status: AppealStatus): boolean {
  if (access === 'deputy' && action === 'start' && status === 'registered') return true;
  return kFrom[action].includes(status);
}

/**
 * mayExtend: the server's `may_extend` (only the chair, deputy chair or head of the apparatus extend);
 * urgent: the appeal's `urgent_redirect` (marking needs it off, taking the mark back needs it on).
 */
export function allowedActions(access: AppealAccess, status: AppealStatus, mayExtend = false, urgent = false): AppealAction[] {
  return kActionOrder.filter(
    (action) =>
      mayAct(access, action) &&
      fromStatus(access, action, status) &&
      (action !== 'extend' || mayExtend) &&
      (action !== 'mark_urgent' || !urgent) &&
      (action !== 'unmark_urgent' || urgent),
  );
}

/** Actions that need more than a click: they open a small form first. */
export function needsForm(action: AppealAction): boolean {
  return (
    action === 'assign' ||
    action === 'forward' ||
    action === 'forward_part' ||
    action === 'mark_urgent' ||
    action === 'unmark_urgent' ||
    action === 'extend' ||
    action === 'answer' ||
    action === 'leave'
  );
}
