// Staff add a deputy to a maslikhat by hand: names, mandate (with the okrug for a single-mandate
// seat), party, public contacts, biography, published. Answers the created deputy.
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { useFormErrors } from '../../identity/use_form_errors';
import { isValidEmail, type FieldProblems } from '../../identity/validation';
import { kMandateTypes, type Deputy, type DeputyPatch, type MandateType, type Okrug } from '../directory_types';
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
  const [values, setValues] = useState<DeputyDraft>(kEmptyDeputy);
  const sorted = [...okrugs].sort((a, b) => a.number - b.number);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!errors.check(deputyProblems(values))) return;
    create.mutate(deputyBody(values), {
      onSuccess: (deputy) => onDone(deputy),
      onError: (error) => errors.fromError(error),
    });
  }

  const set =
    (key: Exclude<keyof DeputyDraft, 'published' | 'mandate_type'>) =>
    (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [key]: value }));
    };

  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={t('directory.deputyForm.title')}>
      <Stack gap="sm">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('directory.deputyForm.nameKk')}
            name="full_name_kk"
            lang="kk"
            required
            maxLength={200}
            value={values.full_name_kk}
            onChange={set('full_name_kk')}
            error={errors.fields.full_name_kk}
          />
          <TextInput
            label={t('directory.deputyForm.nameRu')}
            name="full_name_ru"
            lang="ru"
            required
            maxLength={200}
            value={values.full_name_ru}
            onChange={set('full_name_ru')}
            error={errors.fields.full_name_ru}
          />
          <NativeSelect
            label={t('directory.deputy.mandate')}
            name="mandate_type"
            value={values.mandate_type}
            onChange={(event) => {
              const value = event.currentTarget.value as MandateType;
              setValues((current) => ({ ...current, mandate_type: value }));
            }}
            data={kMandateTypes.map((value) => ({ value, label: t(`directory.mandate.${value}`) }))}
            error={errors.fields.mandate_type}
          />
          {values.mandate_type === 'single_mandate' && (
            <NativeSelect
              label={t('directory.deputy.okrug')}
              description={sorted.length === 0 ? t('directory.deputyForm.noOkrugs') : undefined}
              name="okrug_id"
              required
              value={values.okrug_id}
              onChange={set('okrug_id')}
              data={[
                { value: '', label: t('directory.deputyForm.chooseOkrug') },
                ...sorted.map((okrug) => ({
                  value: String(okrug.id),
                  label: `№${okrug.number} — ${localized(i18n.language, okrug, 'name')}`,
                })),
              ]}
              error={errors.fields.okrug_id}
            />
          )}
          <TextInput
            label={t('directory.edit.partyKk')}
            name="party_kk"
            lang="kk"
            maxLength={200}
            value={values.party_kk}
            onChange={set('party_kk')}
            error={errors.fields.party_kk}
          />
          <TextInput
            label={t('directory.edit.partyRu')}
            name="party_ru"
            lang="ru"
            maxLength={200}
            value={values.party_ru}
            onChange={set('party_ru')}
            error={errors.fields.party_ru}
          />
          <TextInput
            label={t('directory.edit.email')}
            name="email"
            type="email"
            autoComplete="off"
            maxLength={254}
            value={values.email}
            onChange={set('email')}
            error={errors.fields.email}
          />
          <TextInput
            label={t('directory.edit.phone')}
            name="phone"
            type="tel"
            autoComplete="off"
            maxLength={40}
            value={values.phone}
            onChange={set('phone')}
            error={errors.fields.phone}
          />
        </SimpleGrid>
        <Textarea
          label={t('directory.edit.bioKk')}
          name="bio_kk"
          lang="kk"
          autosize
          minRows={3}
          maxLength={10000}
          value={values.bio_kk}
          onChange={set('bio_kk')}
          error={errors.fields.bio_kk}
        />
        <Textarea
          label={t('directory.edit.bioRu')}
          name="bio_ru"
          lang="ru"
          autosize
          minRows={3}
          maxLength={10000}
          value={values.bio_ru}
          onChange={set('bio_ru')}
          error={errors.fields.bio_ru}
        />
        <Checkbox
          label={t('directory.edit.published')}
          description={t('directory.edit.publishedHint')}
          name="published"
          checked={values.published}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            setValues((current) => ({ ...current, published: checked }));
          }}
        />
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
