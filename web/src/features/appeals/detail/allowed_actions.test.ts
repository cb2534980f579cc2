import { describe, expect, it } from 'vitest';
import { kAppealStatuses } from '../types';
import { allowedActions } from './allowed_actions';

describe('allowedActions', () => {
  it('offers staff the whole path by status', () => {
    expect(allowedActions('staff', 'registered')).toEqual(['assign', 'forward', 'leave']);
    expect(allowedActions('staff', 'assigned')).toEqual(['assign', 'start', 'answer', 'forward', 'leave']);
    expect(allowedActions('staff', 'in_consideration', true)).toEqual(['answer', 'extend', 'forward']);
    expect(allowedActions('staff', 'extended', true)).toEqual(['answer', 'extend']);
    expect(allowedActions('staff', 'answered')).toEqual(['close']);
    expect(allowedActions('staff', 'forwarded')).toEqual(['close']);
    expect(allowedActions('staff', 'reopened')).toEqual(['assign', 'start']);
    expect(allowedActions('staff', 'closed')).toEqual([]);
    expect(allowedActions('staff', 'not_considered')).toEqual([]);
  });

  it('offers extending only to whom the server allows it', () => {
    expect(allowedActions('staff', 'in_consideration')).toEqual(['answer', 'forward']);
    expect(allowedActions('staff', 'extended')).toEqual(['answer']);
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
