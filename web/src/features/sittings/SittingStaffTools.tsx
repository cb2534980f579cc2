// The maslikhat's staff on a sitting's page: tick who attended (the maslikhat's deputies), and
// record a decision with its vote (for / against / abstained), its agenda item and, when it makes
// or changes an act, the act's number in the registry.
import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { useFormErrors } from '../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../lib/forms/validation';
import { pick } from '../directory';
import { useAddDecision, useSetAttendance, type SittingDetail } from './hooks';

function AttendanceForm({ sitting }: { sitting: SittingDetail }) {
  const { t, i18n } = useTranslation();
  const [present, setPresent] = useState<number[]>(sitting.attendance.filter((a) => a.present).map((a) => a.deputy_id));
  const save = useSetAttendance();
  const errors = useFormErrors(['present']);
  return (
    <form
      ref={errors.formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ id: sitting.id, present }, { onError: (e) => errors.fromError(e) });
      }}
    >
      <Checkbox.Group label={t('sittings.staff.attendance')} value={present.map(String)} onChange={(v) => setPresent(v.map(Number))}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt="xs">
          {sitting.attendance.map((a) => (
            <Checkbox key={a.deputy_id} value={String(a.deputy_id)} label={pick(i18n.language, a.name_kk, a.name_ru)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
      <Button type="submit" mt="sm" loading={save.isPending}>
        {t('sittings.staff.saveAttendance')}
      </Button>
    </form>
  );
}

const kDecisionFields = ['number', 'title_kk', 'title_ru', 'votes_for', 'votes_against', 'votes_abstained', 'agenda_item_id', 'act_id'] as const;

function DecisionForm({ sitting }: { sitting: SittingDetail }) {
  const { t, i18n } = useTranslation();
  const errors = useFormErrors(kDecisionFields);
  const add = useAddDecision();
  const empty = { number: '', title_kk: '', title_ru: '', votes_for: '0', votes_against: '0', votes_abstained: '0', agenda_item_id: '', act_id: '' };
  const [v, setV] = useState(empty);
  const bind = (field: keyof typeof empty) => ({
    name: field,
    value: v[field],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setV((current) => ({ ...current, [field]: value }));
    },
    error: errors.fields[field],
  });
  return (
    <form
      ref={errors.formRef}
      noValidate
      aria-label={t('sittings.staff.addDecision')}
      onSubmit={(event) => {
        event.preventDefault();
        const problems: FieldProblems = {};
        for (const f of ['number', 'title_kk', 'title_ru'] as const) if (v[f].trim() === '') problems[f] = 'required';
        for (const f of ['votes_for', 'votes_against', 'votes_abstained'] as const) if (!/^\d{1,4}$/.test(v[f])) problems[f] = 'invalid';
        if (v.act_id !== '' && !/^\d{1,15}$/.test(v.act_id)) problems.act_id = 'invalid';
        if (!errors.check(problems)) return;
        add.mutate(
          {
            id: sitting.id,
            body: {
              number: v.number.trim(),
              title_kk: v.title_kk.trim(),
              title_ru: v.title_ru.trim(),
              votes_for: Number(v.votes_for),
              votes_against: Number(v.votes_against),
              votes_abstained: Number(v.votes_abstained),
              ...(v.agenda_item_id ? { agenda_item_id: Number(v.agenda_item_id) } : {}),
              ...(v.act_id ? { act_id: Number(v.act_id) } : {}),
            },
          },
          { onSuccess: () => setV(empty), onError: (e) => errors.fromError(e) },
        );
      }}
    >
      <Fieldset legend={t('sittings.staff.addDecision')}>
        <Stack gap="sm">
          <TextInput label={t('sittings.staff.decisionNumber')} required maxLength={100} {...bind('number')} />
          <TextInput label={t('sittings.staff.titleKk')} lang="kk" required maxLength={1000} {...bind('title_kk')} />
          <TextInput label={t('sittings.staff.titleRu')} lang="ru" required maxLength={1000} {...bind('title_ru')} />
          <NativeSelect
            label={t('sittings.staff.item')}
            {...bind('agenda_item_id')}
            data={[
              { value: '', label: t('sittings.staff.noItem') },
              ...sitting.agenda.map((a) => ({ value: String(a.id), label: `${String(a.position)}. ${pick(i18n.language, a.title_kk, a.title_ru)}` })),
            ]}
          />
          <SimpleGrid cols={3} spacing="xs">
            <TextInput label={t('sittings.vote.for')} inputMode="numeric" maxLength={4} {...bind('votes_for')} />
            <TextInput label={t('sittings.vote.against')} inputMode="numeric" maxLength={4} {...bind('votes_against')} />
            <TextInput label={t('sittings.vote.abstained')} inputMode="numeric" maxLength={4} {...bind('votes_abstained')} />
          </SimpleGrid>
          <TextInput label={t('sittings.staff.actId')} description={t('sittings.staff.actIdHint')} inputMode="numeric" maxLength={15} {...bind('act_id')} />
          {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
          <Group>
            <Button type="submit" loading={add.isPending}>
              {t('sittings.staff.saveDecision')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}

export function SittingStaffTools({ sitting }: { sitting: SittingDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" data-testid="sitting-staff-tools" aria-label={t('sittings.staff.tools')} component="section">
      <AttendanceForm sitting={sitting} />
      <DecisionForm sitting={sitting} />
    </Stack>
  );
}
