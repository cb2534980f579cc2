import { describe, expect, it } from 'vitest';
import { defaultContact, emptyApplicant } from './applicant_input';

describe('defaultContact', () => {
  const base = emptyApplicant('2026-12-07T10:00');
  it('answers by the way the applicant can be reached: e-mail, else post, else phone', () => {
    expect(defaultContact({ ...base, email: 'a@example.kz', address: 'Абай к-сі, 1', phone: '+77011234567' })).toBe('email');
    expect(defaultContact({ ...base, address: 'Абай к-сі, 1', phone: '+77011234567' })).toBe('post');
    expect(defaultContact({ ...base, phone: '+77011234567' })).toBe('phone');
    expect(defaultContact(base)).toBe('post');
    expect(defaultContact({ ...base, anonymous: true, email: 'a@example.kz' })).toBe('post');
  });
});
