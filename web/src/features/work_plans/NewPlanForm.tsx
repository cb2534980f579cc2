// The staff's form to draw up a work plan: the year, whose plan it is (the maslikhat's own or one
// of its commissions'), the titles in both languages. A new plan is a draft until published.
import { Button, Fieldset, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { useFormErrors } from '../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../lib/forms/validation';
import { kPaths } from '../../lib/paths';
import { localized, useMaslikhatCommissions } from '../directory';
import { useCreatePlan } from './hooks';

const kFields = ['year', 'commission_id', 'title_kk', 'title_ru'] as const;

export function yearChoices(now = new Date()): number[] {
  const year = now.getFullYear();
  return [year + 1, year, year - 1, year - 2];
}

export function NewPlanForm({ maslikhatId, years }: { maslikhatId: number; years: number[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const errors = useFormErrors(kFields);
  const create = useCreatePlan();
  const commissions = useMaslikhatCommissions(maslikhatId);
  const [year, setYear] = useState(String(years[1] ?? years[0] ?? new Date().getFullYear()));
  const [commission, setCommission] = useState('');
  const [titleKk, setTitleKk] = useState('');
  const [titleRu, setTitleRu] = useState('');
  return (
    <form
      ref={errors.formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const problems: FieldProblems = {};
        if (titleKk.trim() === '') problems.title_kk = 'required';
        if (titleRu.trim() === '') problems.title_ru = 'required';
        if (!/^\d{4}$/.test(year)) problems.year = 'invalid';
        if (!errors.check(problems)) return;
        create.mutate(
          {
            maslikhatId,
            body: { year: Number(year), title_kk: titleKk.trim(), title_ru: titleRu.trim(), ...(commission ? { commission_id: Number(commission) } : {}) },
          },
          { onSuccess: (plan) => void navigate(kPaths.workPlan(plan.id)), onError: (e) => errors.fromError(e) },
        );
      }}
    >
      <Fieldset legend={t('workPlans.staff.newPlan')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('workPlans.year')}
              name="year"
              inputMode="numeric"
              required
              maxLength={4}
              value={year}
              onChange={(e) => setYear(e.currentTarget.value)}
              error={errors.fields.year}
            />
            <NativeSelect
              label={t('workPlans.staff.whose')}
              name="commission_id"
              value={commission}
              onChange={(e) => setCommission(e.currentTarget.value)}
              error={errors.fields.commission_id}
              data={[
                { value: '', label: t('workPlans.ownPlan') },
                ...(commissions.data?.items ?? []).map((c) => ({ value: String(c.id), label: localized(i18n.language, c, 'name') })),
              ]}
            />
          </SimpleGrid>
          <TextInput label={t('workPlans.staff.titleKk')} lang="kk" name="title_kk" required maxLength={500} value={titleKk} onChange={(e) => setTitleKk(e.currentTarget.value)} error={errors.fields.title_kk} />
          <TextInput label={t('workPlans.staff.titleRu')} lang="ru" name="title_ru" required maxLength={500} value={titleRu} onChange={(e) => setTitleRu(e.currentTarget.value)} error={errors.fields.title_ru} />
          {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
          <div>
            <Button type="submit" loading={create.isPending}>
              {t('workPlans.staff.create')}
            </Button>
          </div>
        </Stack>
      </Fieldset>
    </form>
  );
}
