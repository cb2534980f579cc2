// Staff add a deputy to a maslikhat by hand: names, mandate (with the okrug for a single-mandate
// seat), party, public contacts, biography, published. Answers the created deputy.
import { Button, Group, NativeSelect, Stack } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { BilingualFields, PublishedCheckbox, useDraft } from '../../../components/form_fields';
import { useFormErrors } from '../../../lib/forms/use_form_errors';
import { isValidEmail, type FieldProblems } from '../../../lib/forms/validation';
import { kMandateTypes, type Deputy, type DeputyPatch, type MandateType, type Okrug } from '../directory_types';
import { DeputyProfileFields } from '../components/DeputyProfileFields';
import { useCreateDeputy } from '../hooks';
import { localized } from '../localized';

const kFields = [
  'full_name_kk',
  'full_name_ru',
  'mandate_type',
  'okrug_id',
  'party_kk',
  'party_ru',
  'email',
  'phone',
  'bio_kk',
  'bio_ru',
  'published',
] as const;

export interface DeputyDraft {
  full_name_kk: string;
  full_name_ru: string;
  mandate_type: MandateType;
  okrug_id: string;
  party_kk: string;
  party_ru: string;
  email: string;
  phone: string;
  bio_kk: string;
  bio_ru: string;
  published: boolean;
}

export const kEmptyDeputy: DeputyDraft = {
  full_name_kk: '',
  full_name_ru: '',
  mandate_type: 'single_mandate',
  okrug_id: '',
  party_kk: '',
  party_ru: '',
  email: '',
  phone: '',
  bio_kk: '',
  bio_ru: '',
  published: true,
};

export function deputyProblems(draft: DeputyDraft): FieldProblems {
  const problems: FieldProblems = {};
  if (draft.full_name_kk.trim() === '') problems.full_name_kk = 'required';
  if (draft.full_name_ru.trim() === '') problems.full_name_ru = 'required';
  if (draft.mandate_type === 'single_mandate' && draft.okrug_id === '') problems.okrug_id = 'required';
  const email = draft.email.trim();
  if (email !== '' && !isValidEmail(email)) problems.email = 'invalid_format';
  return problems;
}

/** The request: a party-list deputy has no okrug. */
export function deputyBody(draft: DeputyDraft): DeputyPatch {
  return {
    full_name_kk: draft.full_name_kk.trim(),
    full_name_ru: draft.full_name_ru.trim(),
    mandate_type: draft.mandate_type,
    okrug_id: draft.mandate_type === 'single_mandate' && draft.okrug_id !== '' ? Number(draft.okrug_id) : null,
    party_kk: draft.party_kk.trim(),
    party_ru: draft.party_ru.trim(),
    email: draft.email.trim(),
    phone: draft.phone.trim(),
    bio_kk: draft.bio_kk.trim(),
    bio_ru: draft.bio_ru.trim(),
    published: draft.published,
  };
}

export function DeputyCreateForm({
  maslikhatId,
  okrugs,
  onDone,
}: {
  maslikhatId: number;
  okrugs: Okrug[];
  onDone: (deputy: Deputy | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const create = useCreateDeputy(maslikhatId);
  const errors = useFormErrors(kFields);
  const { values, set, bind } = useDraft<DeputyDraft>(kEmptyDeputy, errors.fields);
  const sorted = [...okrugs].sort((a, b) => a.number - b.number);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!errors.check(deputyProblems(values))) return;
    create.mutate(deputyBody(values), {
      onSuccess: (deputy) => onDone(deputy),
      onError: (error) => errors.fromError(error),
    });
  }

  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={t('directory.deputyForm.title')}>
      <Stack gap="sm">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <DeputyProfileFields bind={bind}>
          <BilingualFields
            field="full_name"
            labels={[t('directory.deputyForm.nameKk'), t('directory.deputyForm.nameRu')]}
            bind={bind}
            required
            maxLength={200}
          />
          <NativeSelect
            label={t('directory.deputy.mandate')}
            {...bind('mandate_type')}
            onChange={(event) => set('mandate_type', event.currentTarget.value as MandateType)}
            data={kMandateTypes.map((value) => ({ value, label: t(`directory.mandate.${value}`) }))}
          />
          {values.mandate_type === 'single_mandate' && (
            <NativeSelect
              label={t('directory.deputy.okrug')}
              description={sorted.length === 0 ? t('directory.deputyForm.noOkrugs') : undefined}
              required
              {...bind('okrug_id')}
              data={[
                { value: '', label: t('directory.deputyForm.chooseOkrug') },
                ...sorted.map((okrug) => ({
                  value: String(okrug.id),
                  label: `№${okrug.number} — ${localized(i18n.language, okrug, 'name')}`,
                })),
              ]}
            />
          )}
        </DeputyProfileFields>
        <PublishedCheckbox checked={values.published} onChange={(checked) => set('published', checked)} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('directory.deputyForm.submit')}
          </Button>
          <Button variant="default" onClick={() => onDone(null)} disabled={create.isPending}>
            {t('directory.edit.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
