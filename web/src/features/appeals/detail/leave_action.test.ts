// Leaving without consideration needs a legal ground from the list and an explanation.
import { describe, expect, it } from 'vitest';
import { testAppeal } from '../test_appeal';
import { actionProblems, actionRequest } from './ActionForm';

const kDraft = { deputyId: '', forwardTo: '', part: '', extendUntil: '', reason: '', answerText: '', outcome: '' as const, ground: '' as const };

describe('leave', () => {
  it('asks for the ground and the explanation', () => {
    expect(actionProblems('leave', kDraft, testAppeal())).toEqual({ ground: 'required', reason: 'required' });
    expect(actionProblems('leave', { ...kDraft, ground: 'repeated', reason: 'Ответ дан 02.11.2026.' }, testAppeal())).toEqual({});
  });

  it('sends the ground beside the reason', () => {
    expect(actionRequest('leave', { ...kDraft, ground: 'no_essence', reason: ' Нет сути. ' })).toEqual({
      action: 'leave',
      ground: 'no_essence',
      reason: 'Нет сути.',
    });
    expect(actionRequest('forward', { ...kDraft, ground: 'no_essence', forwardTo: 'Акимат' })).toEqual({
      action: 'forward',
      forward_to: 'Акимат',
    });
  });
});

describe('forward_part', () => {
  it('asks for the body, the part and the reason, and sends them', () => {
    expect(actionProblems('forward_part', kDraft, testAppeal())).toEqual({
      forward_to: 'required',
      part: 'required',
      reason: 'required',
    });
    const draft = { ...kDraft, forwardTo: ' Акимат города ', part: 'Дорога', reason: 'Не наша компетенция.' };
    expect(actionProblems('forward_part', draft, testAppeal())).toEqual({});
    expect(actionRequest('forward_part', draft)).toEqual({
      action: 'forward_part',
      forward_to: 'Акимат города',
      part: 'Дорога',
      reason: 'Не наша компетенция.',
    });
  });
});
