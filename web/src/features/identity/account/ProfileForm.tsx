// Edit the display name and the preferred language (PATCH /api/v1/me).
import { Button, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import type { Language, Me } from '../../../lib/api/types';
import { isUiLanguage } from '../../../lib/i18n/i18n';
import { kLanguages } from '../../../lib/i18n/languages';
import { useUpdateMe } from '../hooks';
import { useFormErrors, useSettledErrors } from '../../../lib/forms/use_form_errors';
import { displayNameProblem } from '../../../lib/forms/validation';

const kFields = ['display_name', 'language'] as const;

export function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const update = useUpdateMe();
  const errors = useFormErrors(kFields);
  const [name, setName] = useState(me.display_name);
  const [language, setLanguage] = useState<Language>(me.language);

  const nameReason = displayNameProblem(name);
  useSettledErrors(errors.settle, nameReason ? { display_name: nameReason } : {});

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const reason = displayNameProblem(name);
    if (!errors.check(reason ? { display_name: reason } : {})) return;
    update.mutate(
      { display_name: name.trim(), language },
      { onSuccess: () => errors.clear(), onError: (error) => errors.fromError(error) },
    );
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="profile-title">
      <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-labelledby="profile-title">
        <Stack gap="md">
          <Title order={2} size="h3" id="profile-title">
            {t('account.profileTitle')}
          </Title>
          {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
          {update.isSuccess && !errors.summary && <FormAlert kind="success">{t('common.saved')}</FormAlert>}
          <TextInput
            label={t('account.displayName')}
            name="display_name"
            autoComplete="name"
            required
            maxLength={100}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.fields.display_name}
          />
          <NativeSelect
            label={t('account.language')}
            name="language"
            value={language}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isUiLanguage(value)) setLanguage(value);
            }}
            data={kLanguages.map((code) => ({ value: code, label: t(`lang.${code}`) }))}
            error={errors.fields.language}
          />
          <div>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
