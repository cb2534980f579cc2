// A complete appeal for tests; override what the test is about.
import type { Appeal } from './types';

export function testAppeal(patch: Partial<Appeal> = {}): Appeal {
  return {
    id: 7,
    number: '2-2026-00007',
    maslikhat_id: 2,
    type: 'complaint',
    channel: 'web',
    status: 'registered',
    language: 'kk',
    subject: 'Жол',
    addressee: 'deputy',
    okrug_id: 1,
    deputy_id: 1,
    commission_id: null,
    category: '',
    anonymous: false,
    urgent_redirect: false,
    collective: false,
    repeat_of: null,
    received_at: '2026-11-28T06:38:24.108Z',
    registered_on: '2026-11-30',
    due_on: '2099-12-21',
    forward_due_on: '2099-12-03',
    due_soon: false,
    forward_overdue: false,
    forward_due_soon: false,
    outcome: null,
    body: 'Шұңқыр',
    problem_address: '',
    applicant: { name: 'Азамат Демо', email: 'citizen@demo.kenes.kz', phone: '', address: '', iin_masked: null },
    contact_preference: 'email',
    cosigners: [],
    public_consent: false,
    answer_text: null,
    answered_at: null,
    feedback_solved: null,
    feedback_comment: null,
    overdue: false,
    access: 'staff',
    events: [],
    may_extend: false,
    extensions: [],
    part_forwardings: [],
    ...patch,
  };
}

/** jsdom has no document.fonts, which Mantine's autosize Textarea listens to. */
export function stubDocumentFonts(): void {
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      configurable: true,
      value: { addEventListener: () => {}, removeEventListener: () => {} },
    });
  }
}
