// A draft discussion's errors in words: the reasons this feature gives (a period shorter than 10
// working days, a comment after the close, a decision without a reason) have texts of their own
// under drafts.errors; anything else is the common description.
import type { TFunction } from 'i18next';
import { isApiError } from '../../lib/api/api_error';
import { describeError } from '../../lib/i18n/error_text';

export function draftErrorText(t: TFunction, exists: (key: string) => boolean, error: unknown): string | null {
  if (isApiError(error)) {
    for (const [field, reason] of Object.entries(error.fields)) {
      const key = `drafts.errors.${field}.${reason}`;
      if (exists(key)) return t(key as never);
    }
  }
  return describeError(t, exists, error).summary;
}
