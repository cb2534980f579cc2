// Making a deputy's report for a year (the deputy, their maslikhat's staff): the year from those
// without a report; Kenes counts the figures and writes a first text, then the editor opens.
import { Button, Group, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { describeError } from '../../lib/i18n/error_text';
import { localToday } from '../../lib/dates';
import { freeYears, voterReportEditPath } from './figures';
import { useCreateReport, type VoterReportSummary } from './hooks';

export function NewReportForm({ deputyId, reports }: { deputyId: number; reports: VoterReportSummary[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateReport(deputyId);
  const years = freeYears(reports, Number(localToday().slice(0, 4)));
  const [year, setYear] = useState(String(years[0] ?? ''));
  if (years.length === 0) return null;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(Number(year), { onSuccess: (report) => void navigate(voterReportEditPath(report.id)) });
      }}
    >
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('voterReports.new.year')}
          data={years.map(String)}
          value={year}
          onChange={(event) => setYear(event.currentTarget.value)}
        />
        <Button type="submit" loading={create.isPending}>
          {t('voterReports.new.make')}
        </Button>
      </Group>
      {create.isError && (
        <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), create.error).summary}</FormAlert>
      )}
    </form>
  );
}
