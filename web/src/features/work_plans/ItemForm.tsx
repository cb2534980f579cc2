// The staff's form for a work plan item: the texts in both languages, who is responsible (and, if
// it is a deputy of the maslikhat, which one), the quarter, the status with a note, and the sitting
// and act it points at (of the same maslikhat; the server refuses any other).
import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { formatDay } from '../../lib/dates';
import { useFormErrors } from '../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../lib/forms/validation';
import { useActs } from '../acts';
import { deputyName, pick, useMaslikhatDeputies } from '../directory';
import { useSittings } from '../sittings';
import { kItemStatuses, kQuarters, useAddItem, useUpdateItem, type ItemChange, type ItemStatus, type WorkPlanDetail, type WorkPlanItem } from './hooks';
import { quarterName } from './labels';

const kFields = ['text_kk', 'text_ru', 'responsible', 'deputy_id', 'quarter', 'status', 'note', 'sitting_id', 'act_id', 'number'] as const;

interface Values {
  text_kk: string;
  text_ru: string;
  responsible: string;
  deputy_id: string;
  quarter: string;
  status: string;
  note: string;
  sitting_id: string;
  act_id: string;
}

function valuesOf(item: WorkPlanItem | undefined): Values {
  return {
    text_kk: item?.text_kk ?? '',
    text_ru: item?.text_ru ?? '',
    responsible: item?.responsible ?? '',
    deputy_id: item?.deputy_id != null ? String(item.deputy_id) : '',
    quarter: String(item?.quarter ?? 1),
    status: item?.status ?? 'planned',
    note: item?.note ?? '',
    sitting_id: item?.sitting_id != null ? String(item.sitting_id) : '',
    act_id: item?.act_id != null ? String(item.act_id) : '',
  };
}

export function ItemForm({ plan, item, onDone }: { plan: WorkPlanDetail; item?: WorkPlanItem; onDone?: () => void }) {
  const { t, i18n } = useTranslation();
  const errors = useFormErrors(kFields);
  const add = useAddItem();
  const update = useUpdateItem();
  const [v, setV] = useState<Values>(() => valuesOf(item));
  const deputies = useMaslikhatDeputies(plan.maslikhat_id);
  const sittings = useSittings(plan.maslikhat_id);
  const acts = useActs({ maslikhat: plan.maslikhat_id });
  const bind = (field: keyof Values) => ({
    name: field,
    value: v[field],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setV((current) => ({ ...current, [field]: value }));
    },
    error: errors.fields[field],
  });
  const sittingOptions = useMemo(() => {
    const list = (sittings.data?.items ?? []).map((s) => ({
      value: String(s.id),
      label: s.commission
        ? t('workPlans.item.commissionMeeting', {
            name: pick(i18n.language, s.commission.name_kk, s.commission.name_ru),
            number: s.number,
            date: formatDay(s.held_on, i18n.language),
          })
        : t('workPlans.item.sitting', { number: s.number, date: formatDay(s.held_on, i18n.language) }),
    }));
    if (item?.sitting && item.sitting_id !== null && !list.some((o) => o.value === String(item.sitting_id)))
      list.unshift({ value: String(item.sitting_id), label: t('workPlans.item.sitting', { number: item.sitting.number, date: formatDay(item.sitting.held_on, i18n.language) }) });
    return [{ value: '', label: t('workPlans.form.noSitting') }, ...list];
  }, [sittings.data, item, i18n.language, t]);
  const actOptions = useMemo(() => {
    const list = (acts.data?.pages[0]?.items ?? []).map((a) => ({ value: String(a.id), label: `№ ${a.number} — ${pick(i18n.language, a.title_kk, a.title_ru)}` }));
    if (item?.act && item.act_id !== null && !list.some((o) => o.value === String(item.act_id)))
      list.unshift({ value: String(item.act_id), label: `№ ${item.act.number} — ${pick(i18n.language, item.act.title_kk, item.act.title_ru)}` });
    return [{ value: '', label: t('workPlans.form.noAct') }, ...list];
  }, [acts.data, item, i18n.language]);
  const legend = item ? t('workPlans.form.editItem', { number: item.number }) : t('workPlans.form.addItem');
  const pending = add.isPending || update.isPending;
  return (
    <form
      ref={errors.formRef}
      noValidate
      aria-label={legend}
      onSubmit={(event) => {
        event.preventDefault();
        const problems: FieldProblems = {};
        for (const f of ['text_kk', 'text_ru', 'responsible'] as const) if (v[f].trim() === '') problems[f] = 'required';
        if (!errors.check(problems)) return;
        const body: ItemChange = {
          text_kk: v.text_kk.trim(),
          text_ru: v.text_ru.trim(),
          responsible: v.responsible.trim(),
          note: v.note.trim(),
          quarter: Number(v.quarter),
          status: v.status as ItemStatus,
          deputy_id: v.deputy_id ? Number(v.deputy_id) : null,
          sitting_id: v.sitting_id ? Number(v.sitting_id) : null,
          act_id: v.act_id ? Number(v.act_id) : null,
        };
        const done = {
          onSuccess: () => {
            if (!item) setV(valuesOf(undefined));
            onDone?.();
          },
          onError: (e: unknown) => errors.fromError(e),
        };
        if (item) update.mutate({ id: plan.id, itemId: item.id, body }, done);
        else
          add.mutate(
            { id: plan.id, body: { ...body, text_kk: body.text_kk ?? '', text_ru: body.text_ru ?? '', responsible: body.responsible ?? '', quarter: body.quarter ?? 1 } },
            done,
          );
      }}
    >
      <Fieldset legend={legend}>
        <Stack gap="sm">
          <Textarea label={t('workPlans.form.textKk')} lang="kk" required autosize minRows={2} maxRows={8} maxLength={2000} {...bind('text_kk')} />
          <Textarea label={t('workPlans.form.textRu')} lang="ru" required autosize minRows={2} maxRows={8} maxLength={2000} {...bind('text_ru')} />
          <TextInput label={t('workPlans.form.responsible')} description={t('workPlans.form.responsibleHint')} required maxLength={300} {...bind('responsible')} />
          <NativeSelect
            label={t('workPlans.form.deputy')}
            {...bind('deputy_id')}
            data={[{ value: '', label: t('workPlans.form.noDeputy') }, ...(deputies.data ?? []).map((d) => ({ value: String(d.id), label: deputyName(i18n.language, d) }))]}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect label={t('workPlans.form.quarter')} {...bind('quarter')} data={kQuarters.map((q) => ({ value: String(q), label: quarterName(t, q) }))} />
            <NativeSelect label={t('workPlans.form.status')} {...bind('status')} data={kItemStatuses.map((s) => ({ value: s, label: t(`workPlans.status.${s}`) }))} />
          </SimpleGrid>
          <TextInput label={t('workPlans.form.note')} description={t('workPlans.form.noteHint')} maxLength={1000} {...bind('note')} />
          <NativeSelect label={t('workPlans.form.sitting')} {...bind('sitting_id')} data={sittingOptions} />
          <NativeSelect label={t('workPlans.form.act')} {...bind('act_id')} data={actOptions} />
          {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
          <Group gap="sm">
            <Button type="submit" loading={pending}>
              {item ? t('workPlans.form.save') : t('workPlans.form.add')}
            </Button>
            {item && onDone && (
              <Button variant="default" onClick={onDone}>
                {t('workPlans.form.cancel')}
              </Button>
            )}
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
