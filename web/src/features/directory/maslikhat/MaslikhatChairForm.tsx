// Staff choose the maslikhat's chair among its deputies (or none).
import { Button, Group, NativeSelect, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { useFormErrors } from '../../../lib/forms/use_form_errors';
import type { MaslikhatView } from '../directory_types';
import { useUpdateMaslikhat } from '../hooks';
import { deputyName } from '../localized';

const kFields = ['chair_deputy_id'] as const;

export function MaslikhatChairForm({
  maslikhat,
  onDone,
}: {
  maslikhat: MaslikhatView;
  onDone: (saved: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const update = useUpdateMaslikhat(maslikhat.id);
  const errors = useFormErrors(kFields);
  const [chair, setChair] = useState(maslikhat.chair_deputy_id === null ? '' : String(maslikhat.chair_deputy_id));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    update.mutate(
      { chair_deputy_id: chair === '' ? null : Number(chair) },
      { onSuccess: () => onDone(true), onError: (error) => errors.fromError(error) },
    );
  }

  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={t('directory.chairForm.title')}>
      <Stack gap="sm">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <NativeSelect
          label={t('directory.maslikhat.chair')}
          name="chair_deputy_id"
          maw={420}
          value={chair}
          onChange={(event) => setChair(event.currentTarget.value)}
          data={[
            { value: '', label: t('directory.chairForm.none') },
            ...maslikhat.deputies.map((deputy) => ({ value: String(deputy.id), label: deputyName(i18n.language, deputy) })),
          ]}
          error={errors.fields.chair_deputy_id}
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(false)} disabled={update.isPending}>
            {t('directory.edit.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
