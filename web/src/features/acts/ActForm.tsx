// Recording or correcting an act: the requisites of the state register, entry into force (10
// calendar days after publication unless another delay or a date is given), the link to the
// official database and the full texts. Field names are the API's, so server errors land on them.
import { Button, Fieldset, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { BilingualFields, useDraft } from '../../components/form_fields';
import { useFormErrors } from '../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../lib/forms/validation';
import type { ActDetail, NewAct } from './hooks';

const kFields = [
  'number',
  'adopted_on',
  'title_kk',
  'title_ru',
  'registration_number',
  'registered_on',
  'published_on',
  'publication_source',
  'force_delay_days',
  'in_force_on',
  'adilet_url',
  'text_kk',
  'text_ru',
  'note',
] as const;

interface Draft {
  number: string;
  adopted_on: string;
  title_kk: string;
  title_ru: string;
  registration_number: string;
  registered_on: string;
  published_on: string;
  publication_source: string;
  force_delay_days: string;
  in_force_on: string;
  adilet_url: string;
  text_kk: string;
  text_ru: string;
  note: string;
}

function draftOf(act: ActDetail | null): Draft {
  return {
    number: act?.number ?? '',
    adopted_on: act?.adopted_on ?? '',
    title_kk: act?.title_kk ?? '',
    title_ru: act?.title_ru ?? '',
    registration_number: act?.registration_number ?? '',
    registered_on: act?.registered_on ?? '',
    published_on: act?.published_on ?? '',
    publication_source: act?.publication_source ?? '',
    force_delay_days: String(act?.force_delay_days ?? 10),
    in_force_on: act?.in_force_on_set ?? '',
    adilet_url: act?.adilet_url ?? '',
    text_kk: act?.text_kk ?? '',
    text_ru: act?.text_ru ?? '',
    note: act?.note ?? '',
  };
}

/** The draft as the API's body: empty dates are null (cleared), the delay a number. */
export function bodyOf(d: Draft): NewAct {
  const date = (v: string) => (v === '' ? null : v);
  return {
    number: d.number.trim(),
    adopted_on: d.adopted_on,
    title_kk: d.title_kk.trim(),
    title_ru: d.title_ru.trim(),
    registration_number: d.registration_number.trim(),
    registered_on: date(d.registered_on),
    published_on: date(d.published_on),
    publication_source: d.publication_source.trim(),
    force_delay_days: Number(d.force_delay_days),
    in_force_on: date(d.in_force_on),
    adilet_url: d.adilet_url.trim(),
    text_kk: d.text_kk,
    text_ru: d.text_ru,
    note: d.note.trim(),
  };
}

export function validateAct(d: Draft): FieldProblems {
  const problems: FieldProblems = {};
  for (const field of ['number', 'adopted_on', 'title_kk', 'title_ru'] as const) {
    if (d[field].trim() === '') problems[field] = 'required';
  }
  if (!/^\d{1,3}$/.test(d.force_delay_days) || Number(d.force_delay_days) > 366) problems.force_delay_days = 'invalid';
  if (d.adilet_url.trim() !== '' && !/^https?:\/\/[^\s/]/.test(d.adilet_url.trim())) problems.adilet_url = 'invalid';
  return problems;
}

export function ActForm({
  act,
  pending,
  onSubmit,
  onCancel,
}: {
  act: ActDetail | null;
  pending: boolean;
  onSubmit: (body: NewAct, fail: (error: unknown) => void) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors(kFields);
  const { values, bind, bindDate } = useDraft<Draft>(() => draftOf(act), errors.fields);
  return (
    <form
      ref={errors.formRef}
      noValidate
      aria-label={act ? t('acts.staff.edit') : t('acts.staff.new')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!errors.check(validateAct(values))) return;
        onSubmit(bodyOf(values), (e) => errors.fromError(e));
      }}
    >
      <Stack gap="md">
        <Fieldset legend={t('acts.staff.requisites')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('acts.field.number')} required maxLength={100} {...bind('number')} />
            <DateField label={t('acts.field.adopted')} required {...bindDate('adopted_on')} />
            <BilingualFields field="title" labels={[t('acts.field.titleKk'), t('acts.field.titleRu')]} bind={bind} required maxLength={1000} rows={2} />
            <TextInput label={t('acts.field.registrationNumber')} maxLength={100} {...bind('registration_number')} />
            <DateField label={t('acts.field.registeredOn')} {...bindDate('registered_on')} />
            <DateField label={t('acts.field.publishedOn')} {...bindDate('published_on')} />
            <TextInput label={t('acts.field.publicationSource')} maxLength={1000} {...bind('publication_source')} />
            <TextInput
              label={t('acts.field.forceDelay')}
              description={t('acts.field.forceDelayHint')}
              inputMode="numeric"
              maxLength={3}
              {...bind('force_delay_days')}
            />
            <DateField label={t('acts.field.inForceSet')} description={t('acts.field.inForceSetHint')} {...bindDate('in_force_on')} />
            <TextInput label={t('acts.field.adiletUrl')} type="url" maxLength={2000} {...bind('adilet_url')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('acts.staff.texts')}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <BilingualFields field="text" labels={[t('acts.text.kk'), t('acts.text.ru')]} bind={bind} maxLength={200000} rows={6} />
          </SimpleGrid>
          <Textarea mt="sm" label={t('acts.field.note')} autosize minRows={2} maxLength={4000} {...bind('note')} />
        </Fieldset>
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <Group gap="sm">
          <Button type="submit" loading={pending}>
            {t('acts.staff.save')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('acts.staff.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
