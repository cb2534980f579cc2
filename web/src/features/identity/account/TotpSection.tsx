// Staff second factor: set up (secret + otpauth URI as text), enable or disable with a code.
import { Button, Code, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { describeError } from '../../../lib/i18n/error_text';
import type { Me, TotpSetup } from '../../../lib/api/types';
import { useTotpDisable, useTotpEnable, useTotpSetup } from '../hooks';
import { useFormErrors } from '../../../lib/forms/use_form_errors';
import { codeProblem } from '../../../lib/forms/validation';

const kFields = ['code'] as const;

export function TotpSection({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const setup = useTotpSetup();
  const enable = useTotpEnable();
  const disable = useTotpDisable();
  const errors = useFormErrors(kFields);
  const [secret, setSecret] = useState<TotpSetup | null>(null);
  const [code, setCode] = useState('');
  const [notice, setNotice] = useState<'enabled' | 'disabled' | null>(null);

  function submitCode(event: FormEvent) {
    event.preventDefault();
    const reason = codeProblem(code);
    if (!errors.check(reason ? { code: reason } : {})) return;
    const mutation = me.totp_enabled ? disable : enable;
    mutation.mutate(code.trim(), {
      onSuccess: () => {
        setNotice(me.totp_enabled ? 'disabled' : 'enabled');
        setSecret(null);
        setCode('');
        errors.clear();
      },
      onError: (error) => errors.fromError(error),
    });
  }

  const codeForm = (
    <form ref={errors.formRef} onSubmit={submitCode} noValidate aria-labelledby="totp-title">
      <Stack gap="sm">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <TextInput
          label={t('totp.code')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          value={code}
          onChange={(event) => setCode(event.currentTarget.value.replace(/\D/g, ''))}
          error={errors.fields.code}
        />
        <div>
          <Button
            type="submit"
            color={me.totp_enabled ? 'red.9' : undefined}
            loading={enable.isPending || disable.isPending}
          >
            {me.totp_enabled ? t('totp.disable') : t('totp.enable')}
          </Button>
        </div>
      </Stack>
    </form>
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="totp-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="totp-title">
          {t('totp.title')}
        </Title>
        {notice && <FormAlert kind="success">{t(notice === 'enabled' ? 'totp.enabled' : 'totp.disabled')}</FormAlert>}
        <Text>{me.totp_enabled ? t('totp.on') : t('totp.off')}</Text>
        {me.totp_enabled ? (
          <>
            <Text>{t('totp.disableIntro')}</Text>
            {codeForm}
          </>
        ) : secret ? (
          <>
            <Text>{t('totp.setupIntro')}</Text>
            <Text fw={600}>{t('totp.secret')}</Text>
            <Code block className="break-all" data-testid="totp-secret">
              {secret.secret}
            </Code>
            <Text fw={600}>{t('totp.uri')}</Text>
            <Code block className="break-all">
              {secret.otpauth_uri}
            </Code>
            {codeForm}
          </>
        ) : (
          <>
            {setup.isError && (
              <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), setup.error).summary}</FormAlert>
            )}
            <div>
              <Button
                onClick={() => setup.mutate(undefined, { onSuccess: (data) => setSecret(data) })}
                loading={setup.isPending}
              >
                {t('totp.setup')}
              </Button>
            </div>
          </>
        )}
      </Stack>
    </Paper>
  );
}

