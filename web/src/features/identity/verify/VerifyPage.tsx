// Confirms an account with the 6-digit code; the login comes prefilled after registration.
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { kPaths } from '../../../lib/paths';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { useResend, useVerify } from '../hooks';
import { useFormErrors, useSettledErrors } from '../../../lib/forms/use_form_errors';
import { codeProblem, loginProblem, normalizeLogin, type FieldProblems } from '../../../lib/forms/validation';

const kFields = ['login', 'code'] as const;

export function VerifyPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [login, setLogin] = useState(params.get('login') ?? '');
  const [code, setCode] = useState('');
  const verify = useVerify();
  const resend = useResend();
  const errors = useFormErrors(kFields);
  const registeredLogin = params.get('registered') ? params.get('login') : null;
  const problems: FieldProblems = {};
  const loginReason = loginProblem(login);
  if (loginReason) problems.login = loginReason;
  const codeReason = codeProblem(code);
  if (codeReason) problems.code = codeReason;
  useSettledErrors(errors.settle, problems);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!errors.check(problems)) return;
    const normalized = normalizeLogin(login);
    verify.mutate(
      { login: normalized, code: code.trim() },
      {
        onSuccess: () => void navigate(`${kPaths.login}?login=${encodeURIComponent(normalized)}&verified=1`),
        onError: (error) => errors.fromError(error),
      },
    );
  }

  function onResend() {
    if (!errors.check(loginReason ? { login: loginReason } : {})) return;
    resend.mutate(normalizeLogin(login), { onError: (error) => errors.fromError(error) });
  }

  return (
    <Page title={t('verify.title')} narrow>
      {registeredLogin && <FormAlert kind="success">{t('verify.registered', { login: registeredLogin })}</FormAlert>}
      <Text>{t('verify.intro')}</Text>
      <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={t('verify.title')}>
        <Stack gap="md">
          {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
          {resend.isSuccess && <FormAlert kind="info">{t('verify.resent')}</FormAlert>}
          <TextInput
            label={t('verify.login')}
            name="login"
            autoComplete="username"
            required
            value={login}
            onChange={(event) => setLogin(event.currentTarget.value)}
            error={errors.fields.login}
          />
          <TextInput
            label={t('verify.code')}
            description={t('verify.codeHint')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            value={code}
            onChange={(event) => setCode(event.currentTarget.value.replace(/\D/g, ''))}
            error={errors.fields.code}
          />
          <Group>
            <Button type="submit" loading={verify.isPending}>
              {t('verify.submit')}
            </Button>
            <Button type="button" variant="default" onClick={onResend} loading={resend.isPending}>
              {t('verify.resend')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
