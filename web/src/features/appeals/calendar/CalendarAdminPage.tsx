// /admin/calendar: the administrator keeps each year's non-working weekdays and working weekends,
// which every appeal deadline is counted on (docs/appeals-deadlines.md).
import { Button, Group, Loader, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { isApiError } from '../../../lib/api/api_error';
import { describeError } from '../../../lib/i18n/error_text';
import { RequireMe } from '../../../components/RequireMe';
import { localToday } from '../../../lib/dates';
import { useCalendar, useCalendarCoverage, useSaveCalendar } from '../hooks';
import { isAdmin } from '../roles';
import type { CalendarDay } from '../types';
import { serverRowProblems, sortRows, tableProblems } from './calendar_rows';
import { CalendarTable } from './CalendarTable';
import { CsvImport } from './CsvImport';

function YearEditor({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const calendar = useCalendar(year);
  const save = useSaveCalendar(year);
  const [rows, setRows] = useState<CalendarDay[] | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  const [checked, setChecked] = useState(false);

  useEffect(() => {
    if (calendar.data && rows === null) setRows(sortRows(calendar.data.days));
  }, [calendar.data, rows]);

  const localProblems = useMemo(() => (rows ? tableProblems(rows, year) : new Map()), [rows, year]);
  const serverProblems = useMemo(
    () => (isApiError(save.error) ? serverRowProblems(save.error.fields) : new Map()),
    [save.error],
  );
  const problems = checked && localProblems.size > 0 ? localProblems : serverProblems;

  if (calendar.isPending || rows === null) {
    if (calendar.isError) {
      return <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), calendar.error).summary}</FormAlert>;
    }
    return <Loader aria-label={t('common.loading')} />;
  }

  function change(next: CalendarDay[]) {
    setRows(next);
    setDirty(true);
    setSaved(false);
  }

  function onSave() {
    if (!rows) return;
    setChecked(true);
    if (tableProblems(rows, year).size > 0) {
      document.querySelector<HTMLElement>('main [aria-invalid="true"]')?.focus();
      return;
    }
    const sorted = sortRows(rows);
    save.mutate(sorted, {
      onSuccess: (result) => {
        setRows(sortRows(result.days));
        setDirty(false);
        setSaved(true);
        setChecked(false);
      },
    });
  }

  const saveError =
    save.isError && serverProblems.size === 0 ? describeError(t, (k) => i18n.exists(k), save.error).summary : null;

  return (
    <Stack gap="md">
      <Text size="sm" aria-live="polite">
        {t('appeals.calendar.count', { n: rows.length })}
      </Text>
      {rows.length === 0 ? (
        <Text>{t('appeals.calendar.empty')}</Text>
      ) : (
        <CalendarTable year={year} rows={rows} problems={problems} onChange={change} />
      )}
      <div>
        <Button
          variant="default"
          onClick={() => {
            change([...rows, { day: '', kind: 'non_working', note: '' }]);
            setTimeout(() => document.querySelector<HTMLElement>(`[data-row-day="${rows.length}"]`)?.focus(), 0);
          }}
        >
          {t('appeals.calendar.add')}
        </Button>
      </div>
      <Paper withBorder p="md">
        <CsvImport year={year} existing={rows} onRows={(added) => change(sortRows([...rows, ...added]))} />
      </Paper>
      <div aria-live="polite">
        {saved && <FormAlert kind="success">{t('appeals.calendar.saved', { year })}</FormAlert>}
        {dirty && !saved && <Text fw={600}>{t('appeals.calendar.unsaved')}</Text>}
      </div>
      {saveError && <FormAlert kind="error">{saveError}</FormAlert>}
      <Group>
        <Button onClick={onSave} loading={save.isPending}>
          {t('appeals.calendar.save')}
        </Button>
      </Group>
    </Stack>
  );
}

function CalendarAdmin() {
  const { t } = useTranslation();
  const current = Number(localToday().slice(0, 4));
  const [year, setYear] = useState(current);
  const years = [current - 1, current, current + 1, current + 2];
  const missing = useCalendarCoverage().data?.missing ?? [];
  return (
    <Stack gap="md">
      <Text>{t('appeals.calendar.intro')}</Text>
      {missing.length > 0 && (
        <FormAlert kind="info">{t('appeals.calendar.missing', { years: missing.join(', ') })}</FormAlert>
      )}
      <NativeSelect
        label={t('appeals.calendar.year')}
        value={String(year)}
        onChange={(event) => setYear(Number(event.currentTarget.value))}
        data={years.map((y) => String(y))}
        maw={200}
      />
      <YearEditor key={year} year={year} />
    </Stack>
  );
}

export function CalendarAdminPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('appeals.calendar.title')}>
      <RequireMe>
        {(me) => (isAdmin(me) ? <CalendarAdmin /> : <FormAlert kind="error">{t('appeals.calendar.forbidden')}</FormAlert>)}
      </RequireMe>
    </Page>
  );
}
