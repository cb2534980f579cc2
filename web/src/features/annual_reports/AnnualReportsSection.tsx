// «Annual reports» on the maslikhat's page (the chair's report and the commissions') and on a
// commission's page (its own): the years with a published version, newest first, each a link to
// its page. Keepers (the staff; a commission's chair) see those without a version too, marked, and
// make a new one here. Loaded as its own chunk (index.ts), so the page's first download does not
// grow.
import { Anchor, Badge, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { localToday } from '../../lib/dates';
import { describeError } from '../../lib/i18n/error_text';
import { annualReportPath, freeYears, reportTitle } from './figures';
import { useAnnualReports, useCreateAnnualReport, type AnnualReportSummary } from './hooks';

function NewReport({ maslikhatId, commissionId, reports }: { maslikhatId: number; commissionId?: number; reports: AnnualReportSummary[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAnnualReport(maslikhatId, commissionId);
  const own = reports.filter((r) => (r.commission_id ?? undefined) === commissionId);
  const years = freeYears(own, Number(localToday().slice(0, 4)));
  const [year, setYear] = useState(String(years[0] ?? ''));
  if (years.length === 0) return null;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(Number(year), { onSuccess: (report) => void navigate(annualReportPath(report.id)) });
      }}
    >
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('annualReports.public.year')}
          data={years.map(String)}
          value={year}
          onChange={(event) => setYear(event.currentTarget.value)}
        />
        <Button type="submit" loading={create.isPending}>
          {t(commissionId ? 'annualReports.public.makeCommission' : 'annualReports.public.make')}
        </Button>
      </Group>
      {create.isError && <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), create.error).summary}</FormAlert>}
    </form>
  );
}

export function AnnualReportsSection({ maslikhatId, commissionId }: { maslikhatId: number; commissionId?: number }) {
  const { t, i18n } = useTranslation();
  const reports = useAnnualReports(maslikhatId, commissionId);
  const list = reports.data;
  if (!list || (list.items.length === 0 && !list.can_edit)) return null;
  const kk = i18n.language === 'kk';
  return (
    <Stack component="section" gap="sm" aria-labelledby="annual-reports" data-testid="annual-reports">
      <Title order={2} id="annual-reports">
        {t('annualReports.public.title')}
      </Title>
      {list.items.length === 0 && <Text>{t('annualReports.public.none')}</Text>}
      {list.items.length > 0 && (
        <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
          {list.items.map((report) => (
            <li key={report.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={annualReportPath(report.id)}>
                  {reportTitle(t, report)}
                  {report.commission_id && !commissionId
                    ? ` — ${kk ? report.commission_name_kk : report.commission_name_ru}`
                    : ''}
                </Anchor>
                {report.version === 0 ? (
                  <Badge variant="outline" color="gray.8" tt="none">
                    {t('annualReports.public.unpublished')}
                  </Badge>
                ) : (
                  report.version > 1 && <Text size="sm">{t('annualReports.public.version', { number: report.version })}</Text>
                )}
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {list.can_edit && <NewReport maslikhatId={maslikhatId} commissionId={commissionId} reports={list.items} />}
    </Stack>
  );
}
