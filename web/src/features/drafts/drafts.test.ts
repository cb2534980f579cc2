import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api/api_error';
import ru from '../../locales/ru.json';
import { draftErrorText } from './errors';
import { changeable, commentedParagraphs, editBody, editFormOf, editableTexts } from './edit';
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
      { id: 11, number: 1, text_kk: '1. Жалпы қағидалар.', text_ru: '1. Общие положения.' },
      { id: 12, number: 2, text_kk: '2. Жинау.', text_ru: '2. Уборка.' },
      { id: 13, number: 3, text_kk: '', text_ru: '3. Ответственность.' },
    ],
  } as unknown as DraftDetail;
  (draft as { comments: unknown }).comments = [
    { id: 6, paragraph_id: 13, paragraph_number: 3, author_type: 'expert', organisation: '', text: 'Жёстче.', decision: null, reason: '', created_on: '2026-11-18', hidden: false, hidden_reason: '' },
    { id: 5, paragraph_id: 12, paragraph_number: 2, author_type: 'citizen', organisation: '', text: 'Реже.', decision: null, reason: '', created_on: '2026-11-18', hidden: false, hidden_reason: '' },
  ];

  it('sends nothing when nothing changed', () => {
    expect(editBody(draft, editFormOf(draft))).toBeNull();
  });

  it('sends only what changed, trimmed, each language apart, and never a commented text', () => {
    const form = editFormOf(draft);
    form.titleRu = ' Проект решения ';
    form.workingDays = 15;
    form.texts[11] = { kk: '1. Жалпы қағидалар.', ru: '1. Общие положения (уточнено). ' };
    form.texts[12] = { kk: '2. Жіберілмейді.', ru: '2. Не отправится.' };
    form.texts[13] = { kk: ' 3. Жауапкершілік.', ru: '3. Не отправится.' };
    expect(editBody(draft, form)).toEqual({
      title_ru: 'Проект решения',
      working_days: 15,
      paragraphs: [
        { id: 11, text_ru: '1. Общие положения (уточнено).' },
        { id: 13, text_kk: '3. Жауапкершілік.' },
      ],
    });
    expect(commentedParagraphs(draft)).toEqual(new Set([12, 13]));
  });

  it('lets a commented paragraph get only the language it lacks', () => {
    const [p1, p2, p3] = draft.paragraphs;
    expect(editableTexts(p1!, false)).toEqual({ kk: true, ru: true });
    expect(editableTexts(p2!, true)).toEqual({ kk: false, ru: false });
    expect(editableTexts(p3!, true)).toEqual({ kk: true, ru: false });
    const form = editFormOf(draft);
    form.texts[13] = { kk: '   ', ru: '3. Ответственность.' };
    expect(editBody(draft, form)).toBeNull();
  });

  it('sends an emptied text for the server to refuse, and words the refusal', () => {
    const form = editFormOf(draft);
    form.texts[11] = { kk: '', ru: '1. Общие положения.' };
    expect(editBody(draft, form)).toEqual({ paragraphs: [{ id: 11, text_kk: '' }] });
    const required = new ApiError({ status: 422, code: 'invalid_argument', fields: { paragraphs: 'required' } });
    expect(draftErrorText(t, exists, required)).toBe(ru.drafts.errors.paragraphs.required);
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
