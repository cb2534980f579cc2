// Two steps: request a code for a login, then confirm with code + new password.
import { Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { kPaths } from '../../../lib/paths';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { usePasswordResetConfirm, usePasswordResetRequest } from '../hooks';
import { useFormErrors, useSettledErrors } from '../../../lib/forms/use_form_errors';
import { codeProblem, loginProblem, normalizeLogin, passwordProblem, type FieldProblems } from '../../../lib/forms/validation';

const kFields = ['login', 'code', 'new_password'] as const;

export function PasswordResetPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [step, setStep] = useState<'request' | 'confirm'>('request');
  const [login, setLogin] = useState(params.get('login') ?? '');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const request = usePasswordResetRequest();
  const confirm = usePasswordResetConfirm();
  const errors = useFormErrors(kFields);
  const problems: FieldProblems = {};
  const loginReason = loginProblem(login);
  if (loginReason) problems.login = loginReason;
  const codeReason = codeProblem(code);
  if (codeReason) problems.code = codeReason;
  const passwordReason = passwordProblem(password);
  if (passwordReason) problems.new_password = passwordReason;
  useSettledErrors(errors.settle, problems);

  function onRequest(event: FormEvent) {
    event.preventDefault();
    if (!errors.check(loginReason ? { login: loginReason } : {})) return;
    request.mutate(normalizeLogin(login), {
      onSuccess: () => setStep('confirm'),
      onError: (error) => errors.fromError(error),
    });
  }

  function onConfirm(event: FormEvent) {
    event.preventDefault();
    if (!errors.check(problems)) return;
    const normalized = normalizeLogin(login);
    confirm.mutate(
      { login: normalized, code: code.trim(), new_password: password },
      {
        onSuccess: () => void navigate(`${kPaths.login}?login=${encodeURIComponent(normalized)}&reset=1`),
        onError: (error) => errors.fromError(error),
      },
    );
  }

  const loginInput = (
    <TextInput
      label={t('reset.login')}
      name="login"
      autoComplete="username"
      required
      value={login}
      onChange={(event) => setLogin(event.currentTarget.value)}
      error={errors.fields.login}
    />
  );

  return (
    <Page title={t('reset.title')} narrow>
      {step === 'request' ? (
        <form ref={errors.formRef} onSubmit={onRequest} noValidate aria-label={t('reset.title')}>
          <Stack gap="md">
            <Text>{t('reset.requestIntro')}</Text>
            {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
            {loginInput}
            <Button type="submit" loading={request.isPending}>
              {t('reset.sendCode')}
            </Button>
            <Anchor
              component="button"
              type="button"
              onClick={() => {
                errors.clear();
                setStep('confirm');
              }}
            >
              {t('reset.haveCode')}
            </Anchor>
          </Stack>
        </form>
      ) : (
        <form ref={errors.formRef} onSubmit={onConfirm} noValidate aria-labelledby="reset-confirm-title">
          <Stack gap="md">
            <Title order={2} id="reset-confirm-title">
              {t('reset.confirmTitle')}
            </Title>
            {request.isSuccess && <FormAlert kind="info">{t('reset.codeSent')}</FormAlert>}
            {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
            {loginInput}
            <TextInput
              label={t('reset.code')}
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
            <PasswordInput
              label={t('reset.newPassword')}
              description={t('register.passwordHint')}
              name="new_password"
              autoComplete="new-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={errors.fields.new_password}
              visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword') }}
            />
            <Button type="submit" loading={confirm.isPending}>
              {t('reset.confirm')}
            </Button>
          </Stack>
        </form>
      )}
    </Page>
  );
}
