import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api/api_error';
import ru from '../../locales/ru.json';
import { draftErrorText } from './errors';
import { summaryUrl } from './hooks';

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
