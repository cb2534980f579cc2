// Admin: add a territory under a parent, or rename / re-parent one from a date (the old name and
// parent stay in the history).
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { BilingualFields, useDraft } from '../../../components/form_fields';
import { useFormErrors, useSettledErrors } from '../../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../../lib/forms/validation';
import {
  kTerritoryLevels,
  type Territory,
  type TerritoryCreate,
  type TerritoryLevel,
} from '../directory_types';
import { useCreateTerritory, useUpdateTerritory } from '../hooks';
import { localized } from '../localized';
import { DateField } from '../../../components/DateField';

const kFields = ['parent_id', 'level', 'name_kk', 'name_ru', 'kato_code', 'valid_from'] as const;
const kIsoDate = /^\d{4}-\d{2}-\d{2}$/;

export interface TerritoryDraft {
  parent_id: string;
  level: TerritoryLevel;
  name_kk: string;
  name_ru: string;
  kato_code: string;
  valid_from: string;
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function territoryProblems(draft: TerritoryDraft): FieldProblems {
  const problems: FieldProblems = {};
  if (draft.name_kk.trim() === '') problems.name_kk = 'required';
  if (draft.name_ru.trim() === '') problems.name_ru = 'required';
  const from = draft.valid_from.trim();
  if (from === '') problems.valid_from = 'required';
  else if (!kIsoDate.test(from)) problems.valid_from = 'invalid';
  if (draft.kato_code.trim().length > 20) problems.kato_code = 'too_long';
  return problems;
}

export function territoryBody(draft: TerritoryDraft): TerritoryCreate {
  return {
    parent_id: draft.parent_id === '' ? null : Number(draft.parent_id),
    level: draft.level,
    name_kk: draft.name_kk.trim(),
    name_ru: draft.name_ru.trim(),
    kato_code: draft.kato_code.trim() || null,
    valid_from: draft.valid_from.trim(),
  };
}

/** "Name (level)" for a select, children indented under their parents. */
export function territoryOptions(
  territories: readonly Territory[],
  language: string,
  levelText: (level: TerritoryLevel) => string,
  exclude: number | null = null,
): { value: string; label: string }[] {
  const children = new Map<number | null, Territory[]>();
  for (const territory of territories) {
    const list = children.get(territory.parent_id) ?? [];
    list.push(territory);
    children.set(territory.parent_id, list);
  }
  const known = new Set(territories.map((territory) => territory.id));
  const out: { value: string; label: string }[] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const territory of children.get(parent) ?? []) {
      if (territory.id === exclude) continue;
      out.push({
        value: String(territory.id),
        label: `${'\u00a0\u00a0'.repeat(depth)}${localized(language, territory, 'name')} (${levelText(territory.level)})`,
      });
      walk(territory.id, depth + 1);
    }
  };
  walk(null, 0);
  // Territories whose parent is not in the list (should not happen) still get an option.
  for (const territory of territories) {
    if (territory.parent_id !== null && !known.has(territory.parent_id) && territory.id !== exclude) {
      out.push({ value: String(territory.id), label: localized(language, territory, 'name') });
    }
  }
  return out;
}

type Props =
  | { mode: 'create'; parent: Territory | null; territory?: undefined }
  | { mode: 'edit'; territory: Territory; parent?: undefined };

export function TerritoryForm({
  all,
  onDone,
  ...props
}: Props & { all: readonly Territory[]; onDone: (saved: Territory | null) => void }) {
  const { t, i18n } = useTranslation();
  const create = useCreateTerritory();
  const update = useUpdateTerritory(props.territory?.id ?? 0);
  const mutation = props.mode === 'create' ? create : update;
  const errors = useFormErrors(kFields);
  const { values, setValues, bind, bindDate } = useDraft<TerritoryDraft>(() => ({
    parent_id:
      props.mode === 'edit'
        ? props.territory.parent_id === null
          ? ''
          : String(props.territory.parent_id)
        : props.parent
          ? String(props.parent.id)
          : '',
    level: props.mode === 'edit' ? props.territory.level : 'district',
    name_kk: props.territory?.name_kk ?? '',
    name_ru: props.territory?.name_ru ?? '',
    kato_code: props.territory?.kato_code ?? '',
    valid_from: todayIso(),
  }), errors.fields);
  const label = props.mode === 'create' ? t('directory.territory.addTitle') : t('directory.territory.editTitle');
  const levelText = (level: TerritoryLevel) => t(`directory.territoryLevel.${level}`);

  useSettledErrors(errors.settle, territoryProblems(values));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!errors.check(territoryProblems(values))) return;
    const handlers = {
      onSuccess: (territory: Territory) => {
        errors.clear();
        onDone(territory);
      },
      onError: (error: unknown) => errors.fromError(error),
    };
    if (props.mode === 'create') create.mutate(territoryBody(values), handlers);
    else update.mutate(territoryBody(values), handlers);
  }

  const set = (key: 'name_kk' | 'name_ru' | 'kato_code' | 'valid_from' | 'parent_id') =>
    (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [key]: value }));
    };

  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={label}>
      <Stack gap="sm">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <BilingualFields
            field="name"
            labels={[t('directory.territory.nameKk'), t('directory.territory.nameRu')]}
            bind={bind}
            required
            maxLength={200}
          />
          <NativeSelect
            label={t('directory.territory.parent')}
            name="parent_id"
            value={values.parent_id}
            onChange={set('parent_id')}
            data={[
              { value: '', label: t('directory.territory.noParent') },
              ...territoryOptions(all, i18n.language, levelText, props.territory?.id ?? null),
            ]}
            error={errors.fields.parent_id}
          />
          <NativeSelect
            label={t('directory.territory.level')}
            name="level"
            value={values.level}
            onChange={(event) => {
              const value = event.currentTarget.value as TerritoryLevel;
              setValues((current) => ({ ...current, level: value }));
            }}
            data={kTerritoryLevels.map((value) => ({ value, label: levelText(value) }))}
            error={errors.fields.level}
          />
          <TextInput
            label={t('directory.territory.kato')}
            inputMode="numeric"
            maxLength={20}
            {...bind('kato_code')}
          />
          <DateField
            label={props.mode === 'create' ? t('directory.territory.validFrom') : t('directory.territory.effectiveFrom')}
            description={props.mode === 'edit' ? t('directory.territory.effectiveHint') : undefined}
            required
            {...bindDate('valid_from')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {props.mode === 'create' ? t('directory.territory.submitAdd') : t('common.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(null)} disabled={mutation.isPending}>
            {t('directory.edit.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
