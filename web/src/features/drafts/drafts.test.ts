import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api/api_error';
import ru from '../../locales/ru.json';
import { draftErrorText } from './errors';
import { changeable, commentedParagraphs, editBody, editFormOf } from './edit';
import { summaryUrl, type DraftDetail } from './hooks';

// A t() over the Russian locale, enough for these keys.
const t = ((key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], ru)) as unknown as TFunction;
const exists = (key: string) => typeof key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], ru) === 'string';

describe('draft discussions', () => {
  it('downloads the summary in the reader language, Russian for anything but Kazakh', () => {
    expect(summaryUrl(7, 'pdf', 'kk')).toBe('/api/v1/public/drafts/7/summary.pdf?lang=kk');
    expect(summaryUrl(7, 'xlsx', 'en')).toBe('/api/v1/public/drafts/7/summary.xlsx?lang=ru');
  });

  it('says the feature reasons in words: a short period, a comment after the close', () => {
    const short = new ApiError({ status: 422, code: 'invalid_argument', fields: { working_days: 'too_short' } });
    expect(draftErrorText(t, exists, short)).toBe(ru.drafts.errors.working_days.too_short);
    const closed = new ApiError({ status: 409, code: 'conflict', fields: { discussion: 'closed' } });
    expect(draftErrorText(t, exists, closed)).toBe(ru.drafts.errors.discussion.closed);
  });
});

describe('correcting a discussion', () => {
  const draft = {
    id: 3,
    maslikhat_id: 1,
    title_kk: 'Жоба',
    title_ru: 'Проект',
    opens_on: '2026-11-18',
    closes_on: '2026-12-02',
    working_days: 10,
    state: 'open' as const,
    days_left: 15,
    act_id: null,
    comments: 1,
    withdrawn_on: null,
    withdrawn_reason: '',
    paragraphs: [
      { id: 11, number: 1, text: '1. Общие положения.' },
      { id: 12, number: 2, text: '2. Уборка.' },
    ],
  } as unknown as DraftDetail;
  (draft as { comments: unknown }).comments = [
    { id: 5, paragraph_id: 12, paragraph_number: 2, author_type: 'citizen', organisation: '', text: 'Реже.', decision: null, reason: '', created_on: '2026-11-18', hidden: false, hidden_reason: '' },
  ];

  it('sends nothing when nothing changed', () => {
    expect(editBody(draft, editFormOf(draft))).toBeNull();
  });

  it('sends only what changed, trimmed, and never a commented paragraph', () => {
    const form = editFormOf(draft);
    form.titleRu = ' Проект решения ';
    form.workingDays = 15;
    form.texts[11] = '1. Общие положения (уточнено).';
    form.texts[12] = '2. Не отправится.';
    expect(editBody(draft, form)).toEqual({
      title_ru: 'Проект решения',
      working_days: 15,
      paragraphs: [{ id: 11, text: '1. Общие положения (уточнено).' }],
    });
    expect(commentedParagraphs(draft)).toEqual(new Set([12]));
  });

  it('lets staff change only an upcoming or open discussion, and words the refusals', () => {
    expect(changeable(draft)).toBe(true);
    expect(changeable({ ...draft, state: 'closed' })).toBe(false);
    expect(changeable({ ...draft, state: 'withdrawn' })).toBe(false);
    const commented = new ApiError({ status: 409, code: 'conflict', fields: { paragraphs: 'commented' } });
    expect(draftErrorText(t, exists, commented)).toBe(ru.drafts.errors.paragraphs.commented);
    const withdrawn = new ApiError({ status: 409, code: 'conflict', fields: { discussion: 'withdrawn' } });
    expect(draftErrorText(t, exists, withdrawn)).toBe(ru.drafts.errors.discussion.withdrawn);
    const shorter = new ApiError({ status: 422, code: 'invalid_argument', fields: { working_days: 'shortened' } });
    expect(draftErrorText(t, exists, shorter)).toBe(ru.drafts.errors.working_days.shortened);
  });
});
