import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api_error';
import { kErrorCodes, kFieldReasons } from '../api/types';
import { describeError, fieldErrorText, waitText } from './error_text';
import { i18n } from './i18n';
import { kLanguages } from './languages';

const exists = (key: string) => i18n.exists(key);

describe('error → text', () => {
  const t = i18n.getFixedT('en');

  it('picks a field-specific text, else the generic reason text', () => {
    expect(fieldErrorText(t, exists, 'password', 'too_short')).toBe('The password must have at least 10 characters.');
    expect(fieldErrorText(t, exists, 'display_name', 'too_long')).toBe('Too long.');
    expect(fieldErrorText(t, exists, 'display_name', 'something_new')).toBe('The value is not right.');
  });

  it('puts the form fields next to inputs and never shows the server message', () => {
    const error = new ApiError({
      status: 422,
      code: 'invalid_argument',
      fields: { email: 'taken', nickname: 'unknown_field' },
    });
    const described = describeError(t, exists, error, ['email']);
    expect(described.fields).toEqual({ email: 'An account with this e-mail already exists.' });
    expect(described.summary).toBe('nickname: Unknown field.');
    expect(JSON.stringify(described)).not.toContain('API error');
  });

  it('summarises by code when there are no fields', () => {
    const error = new ApiError({ status: 403, code: 'permission_denied' });
    expect(describeError(t, exists, error).summary).toBe('You are not allowed to do this.');
    expect(describeError(t, exists, new Error('boom')).summary).toBe(
      'An unexpected error happened on the server. Try again later.',
    );
  });

  it('hides the summary when every field message is shown inline (non-422)', () => {
    const error = new ApiError({ status: 401, code: 'unauthenticated', fields: { totp_code: 'required' } });
    const described = describeError(t, exists, error, ['totp_code']);
    expect(described.summary).toBeNull();
    expect(described.fields.totp_code).toBe('Enter the code from your authenticator app.');
  });

  it('shows the Retry-After wait on 429', () => {
    const error = new ApiError({ status: 429, code: 'resource_exhausted', retryAfter: 900 });
    expect(describeError(t, exists, error).summary).toBe('Too many attempts. Try again in 15 min.');
    expect(waitText(t, 30)).toBe('30 s');
    expect(describeError(i18n.getFixedT('ru'), exists, error).summary).toBe(
      'Слишком много попыток. Повторите попытку через 15 мин.',
    );
  });

  it('has a text for every error code and field reason in every language', () => {
    for (const language of kLanguages) {
      const fixed = i18n.getFixedT(language);
      for (const code of [...kErrorCodes, 'network']) {
        expect(i18n.exists(`errors.code.${code}`, { lng: language, fallbackLng: [] })).toBe(true);
        expect(fixed(`errors.code.${code}` as never)).not.toBe(`errors.code.${code}`);
      }
      for (const reason of kFieldReasons) {
        expect(i18n.exists(`errors.fields.${reason}`, { lng: language, fallbackLng: [] })).toBe(true);
      }
    }
  });
});
