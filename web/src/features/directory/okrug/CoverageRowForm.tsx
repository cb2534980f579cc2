// Staff add an address row to an okrug: settlement, street (empty = whole settlement), houses.
import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { isApiError } from '../../../lib/api/api_error';
import { useFormErrors } from '../../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../../lib/forms/validation';
import { useAddCoverage } from '../hooks';

const kFields = ['settlement_kk', 'settlement_ru', 'street_kk', 'street_ru', 'houses'] as const;
const kEmpty = { settlement_kk: '', settlement_ru: '', street_kk: '', street_ru: '', houses: '' };

export function CoverageRowForm({ okrugId, onAdded }: { okrugId: number; onAdded: () => void }) {
  const { t } = useTranslation();
  const add = useAddCoverage(okrugId);
  const errors = useFormErrors(kFields);
  const [values, setValues] = useState(kEmpty);
  const [badRange, setBadRange] = useState(false);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: FieldProblems = {};
    if (values.settlement_kk.trim() === '' && values.settlement_ru.trim() === '') problems.settlement_ru = 'required';
    setBadRange(false);
    if (!errors.check(problems)) return;
    add.mutate(
      {
        settlement_kk: values.settlement_kk.trim(),
        settlement_ru: values.settlement_ru.trim(),
        street_kk: values.street_kk.trim(),
        street_ru: values.street_ru.trim(),
        houses: values.houses.trim() || 'all',
      },
      {
        onSuccess: () => {
          setValues(kEmpty);
          errors.clear();
          onAdded();
        },
        onError: (error) => {
          setBadRange(isApiError(error) && error.hasField('houses', 'invalid_range'));
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
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={t('directory.okrug.addRow')}>
      <Stack gap="sm">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('directory.okrug.settlementKk')}
            name="settlement_kk"
            lang="kk"
            maxLength={200}
            value={values.settlement_kk}
            onChange={set('settlement_kk')}
            error={errors.fields.settlement_kk}
          />
          <TextInput
            label={t('directory.okrug.settlementRu')}
            name="settlement_ru"
            lang="ru"
            maxLength={200}
            value={values.settlement_ru}
            onChange={set('settlement_ru')}
            error={errors.fields.settlement_ru}
          />
          <TextInput
            label={t('directory.okrug.streetKk')}
            name="street_kk"
            lang="kk"
            maxLength={200}
            value={values.street_kk}
            onChange={set('street_kk')}
            error={errors.fields.street_kk}
          />
          <TextInput
            label={t('directory.okrug.streetRu')}
            name="street_ru"
            lang="ru"
            maxLength={200}
            value={values.street_ru}
            onChange={set('street_ru')}
            error={errors.fields.street_ru}
          />
        </SimpleGrid>
        <TextInput
          label={t('directory.okrug.houses')}
          description={t('directory.okrug.housesHint')}
          name="houses"
          maxLength={100}
          maw={320}
          value={values.houses}
          onChange={set('houses')}
          error={badRange ? t('directory.okrug.housesInvalid') : errors.fields.houses}
        />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('directory.okrug.addRowSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
