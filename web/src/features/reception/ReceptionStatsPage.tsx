// Reception statistics for the staff of a maslikhat (/receptions/stats): per host and month the
// sessions held, bookings, visits, no-shows, appeals from visits, and the visits' matters by
// category; a bar chart of each host's span; the same figures as an XLSX file.
import { Anchor, Button, Group, Loader, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { lazyComponent } from '../../components/lazy_component';
import { Page } from '../../components/Page';
import { RequireMe } from '../../components/RequireMe';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable';
import { describeError } from '../../lib/i18n/error_text';
import { kPaths } from '../../lib/paths';
import { staffMaslikhatIds } from '../../lib/roles';
import { useReceptionStats } from './hooks';
import {
  addFigures,
  categoriesText,
  defaultSpan,
  isMonth,
  kNoFigures,
  monthText,
  perHost,
  rowHost,
  statsXlsxUrl,
  type Figures,
} from './stats';
import type { ReceptionStats, ReceptionStatsRow } from './types';

// ECharts is large: fetched with the chart, on this page only.
const StatsChart = lazyComponent(async () => (await import('./StatsChart')).StatsChart);

type Line = Figures & { row?: ReceptionStatsRow };

function xlsxLanguage(language: string): string {
  const base = language.split('-')[0] ?? 'ru';
  return base === 'kk' || base === 'en' ? base : 'ru';
}

function StatsView({ stats }: { stats: ReceptionStats }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const figure = (key: keyof Figures, header: string): Column<Line> => ({
    key,
    header,
    align: 'right',
    cell: (line) => line[key],
  });
  const columns: Column<Line>[] = [
    { key: 'month', header: t('reception.stats.month'), cell: (line) => (line.row ? monthText(t, line.row.month) : '') },
    figure('sessions', t('reception.stats.sessions')),
    figure('bookings', t('reception.stats.bookings')),
    figure('visits', t('reception.stats.visits')),
    figure('no_shows', t('reception.stats.noShows')),
    figure('appeals', t('reception.stats.appeals')),
    {
      key: 'categories',
      header: t('reception.stats.byCategory'),
      cell: (line) => (line.row ? categoriesText(t, stats, line.row, lang) : ''),
    },
  ];
  const lines: Line[] = stats.rows.map((row) => ({ ...row, row }));
  const total: Line = stats.rows.reduce<Figures>((sum, row) => addFigures(sum, row), kNoFigures);
  const hosts = useMemo(() => perHost(stats.rows, lang), [stats.rows, lang]);
  const series = useMemo(
    () => [
      { name: t('reception.stats.visits'), values: hosts.map((h) => h.figures.visits), color: '#1c7ed6' },
      { name: t('reception.stats.noShows'), values: hosts.map((h) => h.figures.no_shows), color: '#c92a2a' },
      { name: t('reception.stats.appeals'), values: hosts.map((h) => h.figures.appeals), color: '#2b8a3e' },
    ],
    [hosts, t],
  );
  const hostNames = useMemo(() => hosts.map((h) => h.host), [hosts]);
  if (stats.rows.length === 0) return <Text>{t('reception.stats.empty')}</Text>;
  return (
    <Stack gap="md">
      <ResponsiveTable<Line>
        caption={t('reception.stats.tableCaption')}
        columns={columns}
        rows={lines}
        rowKey={(line) => `${line.row?.deputy_id ?? line.row?.host_name_ru ?? ''}|${line.row?.month ?? ''}`}
        rowHeader={{
          key: 'host',
          header: t('reception.stats.host'),
          cell: (line) => (line.row ? rowHost(line.row, lang) : t('reception.stats.total')),
        }}
        footer={total}
        minWidth={720}
      />
      <Stack gap="xs" component="section" aria-labelledby="stats-chart-title">
        <Title order={2} size="h3" id="stats-chart-title">
          {t('reception.stats.chartTitle')}
        </Title>
        <StatsChart hosts={hostNames} series={series} label={t('reception.stats.chartLabel')} />
      </Stack>
    </Stack>
  );
}

function Stats({ maslikhatIds }: { maslikhatIds: number[] }) {
  const { t, i18n } = useTranslation();
  const [maslikhatId, setMaslikhatId] = useState(maslikhatIds[0] ?? 0);
  const [span, setSpan] = useState(defaultSpan);
  const [asked, setAsked] = useState(span);
  const stats = useReceptionStats(maslikhatId, asked.from, asked.to);
  const invalid = {
    from: isMonth(span.from) ? undefined : t('reception.stats.monthFormat'),
    to: isMonth(span.to) ? undefined : t('reception.stats.monthFormat'),
  };
  return (
    <Stack gap="md">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!invalid.from && !invalid.to) setAsked(span);
        }}
      >
        <Group align="flex-end" gap="sm">
          {maslikhatIds.length > 1 && (
            <NativeSelect
              label={t('reception.staff.maslikhat')}
              value={String(maslikhatId)}
              onChange={(event) => setMaslikhatId(Number(event.currentTarget.value))}
              data={maslikhatIds.map((id) => ({ value: String(id), label: t('reception.staff.maslikhatNumber', { n: id }) }))}
            />
          )}
          <TextInput
            type="month"
            label={t('reception.stats.from')}
            placeholder="2026-01"
            value={span.from}
            onChange={(event) => setSpan({ ...span, from: event.currentTarget.value })}
            error={invalid.from}
          />
          <TextInput
            type="month"
            label={t('reception.stats.to')}
            placeholder="2026-12"
            value={span.to}
            onChange={(event) => setSpan({ ...span, to: event.currentTarget.value })}
            error={invalid.to}
          />
          <Button type="submit">{t('reception.stats.show')}</Button>
          <Button
            component="a"
            variant="default"
            href={statsXlsxUrl(maslikhatId, asked.from, asked.to, xlsxLanguage(i18n.language))}
            download
          >
            {t('reception.stats.xlsx')}
          </Button>
        </Group>
      </form>
      {stats.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : stats.isError ? (
        <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), stats.error).summary}</FormAlert>
      ) : (
        <StatsView stats={stats.data} />
      )}
    </Stack>
  );
}

export function ReceptionStatsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('reception.stats.title')}>
      <RequireMe>
        {(me) => {
          const ids = staffMaslikhatIds(me);
          if (ids.length === 0) return <FormAlert kind="info">{t('reception.staff.notStaff')}</FormAlert>;
          return (
            <Stack gap="md">
              <Anchor component={Link} to={kPaths.receptions}>
                {t('reception.stats.back')}
              </Anchor>
              <Stats maslikhatIds={ids} />
            </Stack>
          );
        }}
      </RequireMe>
    </Page>
  );
}
