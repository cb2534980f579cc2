import { describe, expect, it } from 'vitest';
import { kAppealStatuses } from '../types';
import { allowedActions } from './allowed_actions';

describe('allowedActions', () => {
  it('offers staff the whole path by status', () => {
    expect(allowedActions('staff', 'registered')).toEqual(['assign', 'forward', 'forward_part', 'mark_urgent', 'leave']);
    expect(allowedActions('staff', 'assigned')).toEqual(['assign', 'start', 'answer', 'forward', 'forward_part', 'mark_urgent', 'leave']);
    expect(allowedActions('staff', 'in_consideration', true)).toEqual(['answer', 'extend', 'forward', 'forward_part', 'mark_urgent']);
    expect(allowedActions('staff', 'extended', true)).toEqual(['answer', 'extend', 'forward_part', 'mark_urgent']);
    expect(allowedActions('staff', 'answered')).toEqual(['close']);
    expect(allowedActions('staff', 'forwarded')).toEqual(['close']);
    expect(allowedActions('staff', 'reopened')).toEqual(['assign', 'start', 'forward_part', 'mark_urgent']);
    expect(allowedActions('staff', 'closed')).toEqual([]);
    expect(allowedActions('staff', 'not_considered')).toEqual([]);
  });

  it('offers extending only to whom the server allows it', () => {
    expect(allowedActions('staff', 'in_consideration')).toEqual(['answer', 'forward', 'forward_part', 'mark_urgent']);
    expect(allowedActions('staff', 'extended')).toEqual(['answer', 'forward_part', 'mark_urgent']);
  });

  it('offers marking urgent until it is marked, and taking the mark back only then', () => {
    expect(allowedActions('staff', 'registered', false, true)).toEqual(['assign', 'forward', 'forward_part', 'unmark_urgent', 'leave']);
    expect(allowedActions('staff', 'forwarded', false, true)).toEqual(['close']);
    expect(allowedActions('deputy', 'registered', false, true)).toEqual(['start']);
  });

  it('offers a deputy only start and answer', () => {
    expect(allowedActions('deputy', 'registered')).toEqual(['start']);
    expect(allowedActions('deputy', 'assigned')).toEqual(['start', 'answer']);
    expect(allowedActions('deputy', 'in_consideration')).toEqual(['answer']);
    expect(allowedActions('deputy', 'extended')).toEqual(['answer']);
    expect(allowedActions('deputy', 'reopened')).toEqual(['start']);
    expect(allowedActions('deputy', 'answered')).toEqual([]);
  });

  it('never offers the applicant an action button, and staff never reopen', () => {
    for (const status of kAppealStatuses) {
      expect(allowedActions('applicant', status)).toEqual([]);
      expect(allowedActions('staff', status)).not.toContain('reopen');
    }
  });
});
