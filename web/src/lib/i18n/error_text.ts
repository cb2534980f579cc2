// Turns an API error into localized text: by `code` and by `fields`, never by `message`.
import type { TFunction } from 'i18next';
import { ApiError, isApiError } from '../api/api_error';

type Exists = (key: string) => boolean;

export interface DescribedError {
  /** Form-level text, or null when field messages say everything. */
  summary: string | null;
  /** field → text, for fields the form shows itself. */
  fields: Record<string, string>;
}

/** Text for Retry-After seconds: "5 min" or "30 s". */
export function waitText(t: TFunction, seconds: number): string {
  if (seconds >= 60) return t('errors.minutes', { n: Math.ceil(seconds / 60) });
  return t('errors.seconds', { n: Math.max(1, seconds) });
}

export function fieldErrorText(t: TFunction, exists: Exists, field: string, reason: string): string {
  const specific = `errors.byField.${field}.${reason}`;
  if (exists(specific)) return t(specific as never);
  const generic = `errors.fields.${reason}`;
  if (exists(generic)) return t(generic as never);
  return t('errors.fields.invalid');
}

export function codeText(t: TFunction, error: ApiError): string {
  const base = t(`errors.code.${error.code}`);
  if (error.code === 'resource_exhausted' && error.retryAfter !== null) {
    return `${base} ${t('errors.retryIn', { time: waitText(t, error.retryAfter) })}`;
  }
  return base;
}

/**
 * Splits an error into messages next to the form's own fields and a summary for the rest.
 * `formFields` are the request field names the form renders inputs for.
 */
export function describeError(
  t: TFunction,
  exists: Exists,
  error: unknown,
  formFields: readonly string[] = [],
): DescribedError {
  if (!isApiError(error)) return { summary: t('errors.code.internal'), fields: {} };
  const fields: Record<string, string> = {};
  const loose: string[] = [];
  for (const [field, reason] of Object.entries(error.fields)) {
    const text = fieldErrorText(t, exists, field, reason);
    if (formFields.includes(field)) {
      fields[field] = text;
    } else if (field === 'csrf') {
      loose.push(text);
    } else {
      const nameKey = `errors.fieldNames.${field}`;
      const name = exists(nameKey) ? t(nameKey as never) : field;
      loose.push(t('errors.fieldWithReason', { field: name, reason: text }));
    }
  }
  if (loose.length > 0) {
    const head = error.code === 'invalid_argument' ? [] : [codeText(t, error)];
    return { summary: [...head, ...loose].join(' '), fields };
  }
  if (Object.keys(fields).length > 0 && error.code !== 'invalid_argument') {
    // Every reason is already shown next to its field.
    return { summary: null, fields };
  }
  return { summary: codeText(t, error), fields };
}
