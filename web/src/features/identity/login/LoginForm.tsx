// Login with e-mail or phone and password; a TOTP field appears when the server asks for it.
import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { kPaths } from '../../../lib/paths';
import { FormAlert } from '../../../components/FormAlert';
import { isApiError } from '../../../lib/api/api_error';
import type { Me } from '../../../lib/api/types';
import { useLogin } from '../hooks';
import { useFormErrors, useSettledErrors } from '../../../lib/forms/use_form_errors';
import { codeProblem, normalizeLogin, type FieldProblems } from '../../../lib/forms/validation';

const kFields = ['login', 'password', 'totp_code'] as const;

export function LoginForm({ initialLogin, onLoggedIn }: { initialLogin: string; onLoggedIn: (me: Me) => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const errors = useFormErrors(kFields);
  const [values, setValues] = useState({ login: initialLogin, password: '', totp_code: '' });
  const [needsTotp, setNeedsTotp] = useState(false);
  const [unverifiedLogin, setUnverifiedLogin] = useState<string | null>(null);
  // Sign-in is held back (429): the owner, if there is one, has been mailed an unlock link.
  const [throttled, setThrottled] = useState(false);
  const problems: FieldProblems = {};
  if (values.login.trim() === '') problems.login = 'required';
  if (values.password === '') problems.password = 'required';
  if (needsTotp) {
    const reason = codeProblem(values.totp_code);
    if (reason) problems.totp_code = reason;
  }
  useSettledErrors(errors.settle, problems);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!errors.check(problems)) return;
    setUnverifiedLogin(null);
    setThrottled(false);
    const normalized = normalizeLogin(values.login);
    login.mutate(
      { login: normalized, password: values.password, ...(needsTotp ? { totp_code: values.totp_code.trim() } : {}) },
      {
        onSuccess: onLoggedIn,
        onError: (error) => {
          if (!isApiError(error)) return errors.fromError(error);
          if (error.hasField('totp_code')) {
            setNeedsTotp(true);
            errors.fromError(error, null);
            return;
          }
          if (error.hasField('login', 'not_verified')) {
            setUnverifiedLogin(normalized);
            return errors.fromError(error, 'login.notVerified');
          }
          if (error.code === 'unauthenticated') return errors.fromError(error, 'login.badCredentials');
          // "Too many attempts. Try again in …" comes from the error itself (Retry-After).
          if (error.code === 'resource_exhausted') setThrottled(true);
          errors.fromError(error);
        },
      },
    );
  }

  const set = (key: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [key]: value }));
  };

  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={t('login.title')}>
      <Stack gap="md">
        {errors.summary && (
          <FormAlert kind="error">
            {errors.summary}
            {unverifiedLogin && (
              <>
                {' '}
                <Anchor component={Link} to={`${kPaths.verify}?login=${encodeURIComponent(unverifiedLogin)}`}>
                  {t('login.verifyLink')}
                </Anchor>
              </>
            )}
            {throttled && ` ${t('login.unlockMailed')}`}
          </FormAlert>
        )}
        <TextInput
          label={t('login.login')}
          name="login"
          autoComplete="username"
          required
          value={values.login}
          onChange={set('login')}
          error={errors.fields.login}
        />
        <PasswordInput
          label={t('login.password')}
          name="password"
          autoComplete="current-password"
          required
          value={values.password}
          onChange={set('password')}
          error={errors.fields.password}
          visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword') }}
        />
        {needsTotp && (
          <TextInput
            label={t('login.totp')}
            description={t('login.totpHint')}
            name="totp_code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            value={values.totp_code}
            onChange={set('totp_code')}
            error={errors.fields.totp_code}
          />
        )}
        <Button type="submit" loading={login.isPending}>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
