// Staff add a commission to a maslikhat or edit one: kind, names, remit (kk/ru) and term.
import { Button, Group, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { BilingualFields, useDraft } from '../../../components/form_fields';
import { useFormErrors, useSettledErrors } from '../../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../../lib/forms/validation';
import { kCommissionKinds, type Commission, type CommissionKind, type CommissionPatch } from '../directory_types';
import { useCreateCommission, useUpdateCommission } from '../hooks';
import { DateField } from '../../../components/DateField';

const kFields = ['kind', 'name_kk', 'name_ru', 'remit_kk', 'remit_ru', 'period_from', 'period_to'] as const;
const kIsoDate = /^\d{4}-\d{2}-\d{2}$/;

export interface CommissionDraft {
  kind: CommissionKind;
  name_kk: string;
  name_ru: string;
  remit_kk: string;
  remit_ru: string;
  period_from: string;
  period_to: string;
}

function isDate(value: string): boolean {
  return kIsoDate.test(value) && !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime());
}

export function commissionProblems(draft: CommissionDraft): FieldProblems {
  const problems: FieldProblems = {};
  if (draft.name_kk.trim() === '') problems.name_kk = 'required';
  if (draft.name_ru.trim() === '') problems.name_ru = 'required';
  const from = draft.period_from.trim();
  const to = draft.period_to.trim();
  if (from !== '' && !isDate(from)) problems.period_from = 'invalid';
  if (to !== '' && !isDate(to)) problems.period_to = 'invalid';
  else if (to !== '' && from !== '' && isDate(from) && to < from) problems.period_to = 'invalid';
  return problems;
}

/** The request; an empty date is sent as null (no date). */
export function commissionBody(draft: CommissionDraft): CommissionPatch {
  return {
    kind: draft.kind,
    name_kk: draft.name_kk.trim(),
    name_ru: draft.name_ru.trim(),
    remit_kk: draft.remit_kk.trim(),
    remit_ru: draft.remit_ru.trim(),
    period_from: draft.period_from.trim() || null,
    period_to: draft.period_to.trim() || null,
  };
}

function draftOf(commission: Commission | undefined): CommissionDraft {
  return {
    kind: commission?.kind ?? 'standing',
    name_kk: commission?.name_kk ?? '',
    name_ru: commission?.name_ru ?? '',
    remit_kk: commission?.remit_kk ?? '',
    remit_ru: commission?.remit_ru ?? '',
    period_from: commission?.period_from ?? '',
    period_to: commission?.period_to ?? '',
  };
}

type Props =
  | { mode: 'create'; maslikhatId: number; commission?: undefined; onDone: (saved: Commission | null) => void }
  | { mode: 'edit'; commission: Commission; maslikhatId?: undefined; onDone: (saved: Commission | null) => void };

export function CommissionForm(props: Props) {
  const { t } = useTranslation();
  const create = useCreateCommission(props.maslikhatId ?? props.commission?.maslikhat_id ?? 0);
  const update = useUpdateCommission(props.commission?.id ?? 0);
  const mutation = props.mode === 'create' ? create : update;
  const errors = useFormErrors(kFields);
  const { values, setValues, bind, bindDate } = useDraft<CommissionDraft>(() => draftOf(props.commission), errors.fields);
  const label =
    props.mode === 'create' ? t('directory.commissionForm.addTitle') : t('directory.commissionForm.editTitle');

  useSettledErrors(errors.settle, commissionProblems(values));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!errors.check(commissionProblems(values))) return;
    const handlers = {
      onSuccess: (commission: Commission) => {
        errors.clear();
        props.onDone(commission);
      },
      onError: (error: unknown) => errors.fromError(error),
    };
    if (props.mode === 'create') create.mutate(commissionBody(values), handlers);
    else update.mutate(commissionBody(values), handlers);
  }

  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={label}>
      <Stack gap="sm">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <NativeSelect
          label={t('directory.commissionForm.kind')}
          name="kind"
          maw={320}
          value={values.kind}
          onChange={(event) => {
            const value = event.currentTarget.value as CommissionKind;
            setValues((current) => ({ ...current, kind: value }));
          }}
          data={kCommissionKinds.map((value) => ({ value, label: t(`directory.commission.kind.${value}`) }))}
          error={errors.fields.kind}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <BilingualFields
            field="name"
            labels={[t('directory.commissionForm.nameKk'), t('directory.commissionForm.nameRu')]}
            bind={bind}
            required
            maxLength={300}
          />
        </SimpleGrid>
        <BilingualFields
          field="remit"
          labels={[t('directory.commissionForm.remitKk'), t('directory.commissionForm.remitRu')]}
          bind={bind}
          maxLength={5000}
          rows={2}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateField
            label={t('directory.commissionForm.periodFrom')}
            description={t('directory.commissionForm.dateHint')}
            {...bindDate('period_from')}
          />
          <DateField
            label={t('directory.commissionForm.periodTo')}
            description={t('directory.commissionForm.dateHint')}
            {...bindDate('period_to')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {props.mode === 'create' ? t('directory.commissionForm.submitAdd') : t('common.save')}
          </Button>
          <Button variant="default" onClick={() => props.onDone(null)} disabled={mutation.isPending}>
            {t('directory.edit.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
