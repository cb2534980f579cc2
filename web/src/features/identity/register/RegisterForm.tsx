// Registration: e-mail or phone, password, display name, optional IIN, language, consent.
import { Button, NativeSelect, PasswordInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import type { Language, RegisterRequest } from '../../../lib/api/types';
import { isUiLanguage } from '../../../lib/i18n/i18n';
import { kLanguages } from '../../../lib/i18n/languages';
import { useRegister } from '../hooks';
import { useConsentText } from '../consent/ConsentText';
import { useFormErrors, useSettledErrors } from '../../../lib/forms/use_form_errors';
import { normalizePhone, validateRegister, type RegisterInput } from '../../../lib/forms/validation';
import { ConsentBlock } from './ConsentBlock';

const kFields = ['email', 'phone', 'password', 'display_name', 'iin', 'language', 'consent'] as const;

export function RegisterForm({ onRegistered }: { onRegistered: (login: string) => void }) {
  const { t, i18n } = useTranslation();
  const consentText = useConsentText();
  const register = useRegister();
  const errors = useFormErrors(kFields);
  const [input, setInput] = useState<RegisterInput>({
    method: 'email',
    email: '',
    phone: '',
    password: '',
    display_name: '',
    iin: '',
    consent: false,
  });
  const [language, setLanguage] = useState<Language>(isUiLanguage(i18n.language) ? i18n.language : 'kk');
  const set = <K extends keyof RegisterInput>(key: K, value: RegisterInput[K]) =>
    setInput((current) => ({ ...current, [key]: value }));
  // The version of the text shown: what the person read is what they accept.
  const consentVersion = consentText.data?.version ?? null;
  useSettledErrors(errors.settle, validateRegister(input));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!errors.check(validateRegister(input))) return;
    if (!consentVersion) return;
    const body: RegisterRequest = {
      password: input.password,
      display_name: input.display_name.trim(),
      language,
      consent: { accepted: true, version: consentVersion },
    };
    if (input.method === 'email') body.email = input.email.trim().toLowerCase();
    else body.phone = normalizePhone(input.phone.trim());
    if (input.iin.trim() !== '') body.iin = input.iin.trim();
    register.mutate(body, {
      onSuccess: (result) => onRegistered(result.login),
      onError: (error) => errors.fromError(error),
    });
  }

  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={t('register.title')}>
      <Stack gap="md">
        {consentText.isError && <FormAlert kind="error">{t('register.infoUnavailable')}</FormAlert>}
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <Stack gap={4}>
          <Text component="span" fw={600} size="sm" id="register-method-label">
            {t('register.method')}
          </Text>
          <SegmentedControl
            aria-labelledby="register-method-label"
            value={input.method}
            onChange={(value) => set('method', value === 'phone' ? 'phone' : 'email')}
            data={[
              { value: 'email', label: t('register.methodEmail') },
              { value: 'phone', label: t('register.methodPhone') },
            ]}
          />
        </Stack>
        {input.method === 'email' ? (
          <TextInput
            label={t('register.email')}
            name="email"
            type="email"
            autoComplete="email"
            required
            value={input.email}
            onChange={(event) => set('email', event.currentTarget.value)}
            error={errors.fields.email}
          />
        ) : (
          <TextInput
            label={t('register.phone')}
            description={t('register.phoneHint')}
            name="phone"
            type="tel"
            autoComplete="tel"
            required
            value={input.phone}
            onChange={(event) => set('phone', event.currentTarget.value)}
            error={errors.fields.phone}
          />
        )}
        <PasswordInput
          label={t('register.password')}
          description={t('register.passwordHint')}
          name="password"
          autoComplete="new-password"
          required
          value={input.password}
          onChange={(event) => set('password', event.currentTarget.value)}
          error={errors.fields.password}
          visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword') }}
        />
        <TextInput
          label={t('register.displayName')}
          description={t('register.displayNameHint')}
          name="display_name"
          autoComplete="name"
          required
          maxLength={100}
          value={input.display_name}
          onChange={(event) => set('display_name', event.currentTarget.value)}
          error={errors.fields.display_name}
        />
        <TextInput
          label={`${t('register.iin')} (${t('common.optional')})`}
          description={t('register.iinHint')}
          name="iin"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          value={input.iin}
          onChange={(event) => set('iin', event.currentTarget.value.replace(/\D/g, ''))}
          error={errors.fields.iin}
        />
        <NativeSelect
          label={t('register.language')}
          description={t('register.languageHint')}
          name="language"
          value={language}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isUiLanguage(value)) setLanguage(value);
          }}
          data={kLanguages.map((code) => ({ value: code, label: t(`lang.${code}`) }))}
          error={errors.fields.language}
        />
        <ConsentBlock
          text={consentText.data}
          checked={input.consent}
          onChange={(checked) => set('consent', checked)}
          error={errors.fields.consent}
        />
        <Button type="submit" loading={register.isPending} disabled={!consentVersion} fullWidth={false}>
          {t('register.submit')}
        </Button>
      </Stack>
    </form>
  );
}
