// Staff add an okrug to a maslikhat or edit one: number, name and centre in Kazakh and Russian.
import { Button, Group, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { BilingualFields, useDraft } from '../../../components/form_fields';
import { isApiError } from '../../../lib/api/api_error';
import { useFormErrors } from '../../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../../lib/forms/validation';
import type { Okrug, OkrugRequest } from '../directory_types';
import { useCreateOkrug, useUpdateOkrug } from '../hooks';

const kFields = ['number', 'name_kk', 'name_ru', 'center_kk', 'center_ru'] as const;

export interface OkrugDraft {
  number: string;
  name_kk: string;
  name_ru: string;
  center_kk: string;
  center_ru: string;
}

/** Local checks: a number 1–1000 and both names. */
export function okrugProblems(draft: OkrugDraft): FieldProblems {
  const problems: FieldProblems = {};
  const number = draft.number.trim();
  if (number === '') problems.number = 'required';
  else if (!/^\d+$/.test(number) || Number(number) < 1 || Number(number) > 1000) problems.number = 'invalid';
  if (draft.name_kk.trim() === '') problems.name_kk = 'required';
  if (draft.name_ru.trim() === '') problems.name_ru = 'required';
  return problems;
}

export function okrugBody(draft: OkrugDraft): OkrugRequest {
  return {
    number: Number(draft.number.trim()),
    name_kk: draft.name_kk.trim(),
    name_ru: draft.name_ru.trim(),
    center_kk: draft.center_kk.trim(),
    center_ru: draft.center_ru.trim(),
  };
}

function draftOf(okrug: Okrug | undefined): OkrugDraft {
  return {
    number: okrug ? String(okrug.number) : '',
    name_kk: okrug?.name_kk ?? '',
    name_ru: okrug?.name_ru ?? '',
    center_kk: okrug?.center_kk ?? '',
    center_ru: okrug?.center_ru ?? '',
  };
}

type Props =
  | { mode: 'create'; maslikhatId: number; okrug?: undefined; onDone: (saved: Okrug | null) => void }
  | { mode: 'edit'; okrug: Okrug; maslikhatId?: undefined; onDone: (saved: Okrug | null) => void };

export function OkrugForm(props: Props) {
  const { t } = useTranslation();
  const create = useCreateOkrug(props.maslikhatId ?? props.okrug?.maslikhat_id ?? 0);
  const update = useUpdateOkrug(props.okrug?.id ?? 0);
  const mutation = props.mode === 'create' ? create : update;
  const errors = useFormErrors(kFields);
  const { values, setValues, bind } = useDraft<OkrugDraft>(() => draftOf(props.okrug), errors.fields);
  const [numberTaken, setNumberTaken] = useState(false);
  const label = props.mode === 'create' ? t('directory.okrugForm.addTitle') : t('directory.okrugForm.editTitle');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNumberTaken(false);
    if (!errors.check(okrugProblems(values))) return;
    const body = okrugBody(values);
    const handlers = {
      onSuccess: (okrug: Okrug) => {
        errors.clear();
        props.onDone(okrug);
      },
      onError: (error: unknown) => {
        setNumberTaken(isApiError(error) && error.hasField('number', 'taken'));
        errors.fromError(error);
      },
    };
    if (props.mode === 'create') create.mutate(body, handlers);
    else update.mutate(body, handlers);
  }


  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={label}>
      <Stack gap="sm">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <NumberInput
          label={t('directory.okrugForm.number')}
          description={t('directory.okrugForm.numberHint')}
          name="number"
          required
          min={1}
          max={1000}
          allowDecimal={false}
          allowNegative={false}
          hideControls
          maw={200}
          value={values.number}
          onChange={(value) => setValues((current) => ({ ...current, number: String(value) }))}
          error={numberTaken ? t('directory.okrugForm.numberTaken') : errors.fields.number}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <BilingualFields
            field="name"
            labels={[t('directory.okrugForm.nameKk'), t('directory.okrugForm.nameRu')]}
            bind={bind}
            required
            maxLength={300}
          />
          <BilingualFields
            field="center"
            labels={[t('directory.okrugForm.centerKk'), t('directory.okrugForm.centerRu')]}
            bind={bind}
            maxLength={300}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {props.mode === 'create' ? t('directory.okrugForm.submitAdd') : t('common.save')}
          </Button>
          <Button variant="default" onClick={() => props.onDone(null)} disabled={mutation.isPending}>
            {t('directory.edit.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
