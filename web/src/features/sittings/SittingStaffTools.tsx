// The maslikhat's staff on a sitting's page: tick who attended (the maslikhat's deputies), and
// record a decision (DecisionForm: texts, status, the vote by name, the act it makes).
import { Button, Checkbox, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { useFormErrors } from '../../lib/forms/use_form_errors';
import { pick } from '../directory';
import { DecisionForm } from './DecisionForm';
import { useSetAttendance, type SittingDetail } from './hooks';

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

export function SittingStaffTools({ sitting }: { sitting: SittingDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" data-testid="sitting-staff-tools" aria-label={t('sittings.staff.tools')} component="section">
      <AttendanceForm sitting={sitting} />
      <DecisionForm sitting={sitting} />
    </Stack>
  );
}
