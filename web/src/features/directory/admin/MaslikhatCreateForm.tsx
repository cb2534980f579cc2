// Admin: create a maslikhat for a territory: level, parent maslikhat, names, convocation.
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { BilingualFields, useDraft } from '../../../components/form_fields';
import { useFormErrors, useSettledErrors } from '../../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../../lib/forms/validation';
import {
  kLevelOrder,
  type Maslikhat,
  type MaslikhatCreate,
  type MaslikhatLevel,
  type Territory,
  type TerritoryLevel,
} from '../directory_types';
import { useCreateMaslikhat } from '../hooks';
import { localized } from '../localized';
import { territoryOptions } from './TerritoryForm';

const kFields = ['territory_id', 'parent_id', 'level', 'name_kk', 'name_ru', 'convocation.number'] as const;

export interface MaslikhatDraft {
  territory_id: string;
  parent_id: string;
  level: MaslikhatLevel;
  name_kk: string;
  name_ru: string;
  convocation: string;
}

export const kEmptyMaslikhat: MaslikhatDraft = {
  territory_id: '',
  parent_id: '',
  level: 'district',
  name_kk: '',
  name_ru: '',
  convocation: '8',
};

export function maslikhatProblems(draft: MaslikhatDraft): FieldProblems {
  const problems: FieldProblems = {};
  if (draft.territory_id === '') problems.territory_id = 'required';
  if (draft.name_kk.trim() === '') problems.name_kk = 'required';
  if (draft.name_ru.trim() === '') problems.name_ru = 'required';
  const n = draft.convocation.trim();
  if (n !== '' && (!/^\d+$/.test(n) || Number(n) < 1 || Number(n) > 20)) problems['convocation.number'] = 'invalid';
  return problems;
}

export function maslikhatBody(draft: MaslikhatDraft): MaslikhatCreate {
  const n = draft.convocation.trim();
  return {
    territory_id: Number(draft.territory_id),
    parent_id: draft.parent_id === '' ? null : Number(draft.parent_id),
    level: draft.level,
    name_kk: draft.name_kk.trim(),
    name_ru: draft.name_ru.trim(),
    ...(n === '' ? {} : { convocation: { number: Number(n) } }),
  };
}

export function MaslikhatCreateForm({
  territories,
  maslikhats,
  onCreated,
}: {
  territories: readonly Territory[];
  maslikhats: readonly Maslikhat[];
  onCreated: (maslikhat: Maslikhat) => void;
}) {
  const { t, i18n } = useTranslation();
  const create = useCreateMaslikhat();
  const errors = useFormErrors(kFields);
  const { values, setValues, bind } = useDraft<MaslikhatDraft>(kEmptyMaslikhat, errors.fields);
  const levelText = (level: TerritoryLevel) => t(`directory.territoryLevel.${level}`);

  useSettledErrors(errors.settle, maslikhatProblems(values));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!errors.check(maslikhatProblems(values))) return;
    create.mutate(maslikhatBody(values), {
      onSuccess: (maslikhat) => {
        errors.clear();
        setValues(kEmptyMaslikhat);
        onCreated(maslikhat);
      },
      onError: (error) => errors.fromError(error),
    });
  }

  const set = (key: Exclude<keyof MaslikhatDraft, 'level'>) =>
    (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [key]: value }));
    };

  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={t('directory.maslikhatForm.title')}>
      <Stack gap="sm">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('directory.maslikhatForm.territory')}
            name="territory_id"
            required
            value={values.territory_id}
            onChange={set('territory_id')}
            data={[
              { value: '', label: t('directory.maslikhatForm.chooseTerritory') },
              ...territoryOptions(territories, i18n.language, levelText),
            ]}
            error={errors.fields.territory_id}
          />
          <NativeSelect
            label={t('directory.maslikhatForm.level')}
            name="level"
            value={values.level}
            onChange={(event) => {
              const value = event.currentTarget.value as MaslikhatLevel;
              setValues((current) => ({ ...current, level: value }));
            }}
            data={kLevelOrder.map((value) => ({ value, label: t(`directory.level.${value}`) }))}
            error={errors.fields.level}
          />
          <NativeSelect
            label={t('directory.maslikhatForm.parent')}
            name="parent_id"
            value={values.parent_id}
            onChange={set('parent_id')}
            data={[
              { value: '', label: t('directory.maslikhatForm.noParent') },
              ...maslikhats.map((maslikhat) => ({
                value: String(maslikhat.id),
                label: localized(i18n.language, maslikhat, 'name'),
              })),
            ]}
            error={errors.fields.parent_id}
          />
          <TextInput
            label={t('directory.maslikhatForm.convocation')}
            name="convocation"
            inputMode="numeric"
            maxLength={2}
            value={values.convocation}
            onChange={set('convocation')}
            error={errors.fields['convocation.number']}
          />
          <BilingualFields
            field="name"
            labels={[t('directory.maslikhatForm.nameKk'), t('directory.maslikhatForm.nameRu')]}
            bind={bind}
            required
            maxLength={300}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('directory.maslikhatForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
