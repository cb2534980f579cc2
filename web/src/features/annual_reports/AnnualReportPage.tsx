// /annual-reports/:id and /annual-reports/:id/versions/:number: an annual report of the maslikhat
// or of a commission — the version shown (the latest unless one is asked for), its date and what
// it changed, the PDF in kk and ru, the figures as a table, the text in the reader's language (kk
// or ru; English readers get Russian), and every version as a link. Its keepers get the editor of
// the working copy below, fetched as its own chunk.
import { Anchor, Badge, Button, Group, Stack, Text, Typography } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { lazyComponent } from '../../components/lazy_component';
import { NotFoundPage } from '../../components/NotFoundPage';
import { Page } from '../../components/Page';
import { LoadingRegion, SkeletonBlocks } from '../../components/PageSkeleton';
import { Heading } from '../../components/plain';
import { isApiError } from '../../lib/api/api_error';
import { formatMomentDay } from '../../lib/dates';
import { describeError } from '../../lib/i18n/error_text';
import { directoryPath } from '../directory';
import { annualReportPath, annualReportPdfUrl, reportTitle } from './figures';
import { FiguresTable } from './FiguresTable';
import { useAnnualReport, type AnnualReport } from './hooks';

// Keepers only: fetched when shown.
const AnnualReportEditor = lazyComponent(async () => (await import('./AnnualReportEditor')).AnnualReportEditor);

const asNumber = (s: string | undefined) => (s && /^\d{1,9}$/.test(s) ? Number(s) : 0);

function ReportView({ report }: { report: AnnualReport }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const kk = language === 'kk';
  const shown = report.shown;
  const latest = shown?.number === report.version;
  const note = shown ? (kk ? shown.note_kk : shown.note_ru) : '';
  return (
    <Page title={reportTitle(t, report)}>
      <Group gap="xs" wrap="wrap">
        <Anchor component={Link} to={directoryPath.maslikhat(report.maslikhat_id)} fw={600}>
          {kk ? report.maslikhat_name_kk : report.maslikhat_name_ru}
        </Anchor>
        {report.commission_id && (
          <Anchor component={Link} to={directoryPath.commission(report.commission_id)} fw={600}>
            {kk ? report.commission_name_kk : report.commission_name_ru}
          </Anchor>
        )}
      </Group>
      {!shown && <Text>{t('annualReports.page.unpublished')}</Text>}
      {shown && (
        <>
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>
              {t('annualReports.page.version', {
                number: shown.number,
                date: formatMomentDay(shown.published_at, language),
              })}
            </Text>
            {!latest && (
              <Badge variant="outline" color="gray.8" tt="none">
                {t('annualReports.page.earlier')}
              </Badge>
            )}
          </Group>
          {!latest && (
            <Text>
              <Anchor component={Link} to={annualReportPath(report.id)}>
                {t('annualReports.page.toLatest', { number: report.version })}
              </Anchor>
            </Text>
          )}
          {note && <Text>{t('annualReports.page.changed', { note })}</Text>}
          <Group gap="sm" wrap="wrap" data-testid="annual-pdf-links">
            <Button component="a" variant="default" href={annualReportPdfUrl(report.id, shown.number, 'kk')} download>
              {t('annualReports.page.pdfKk')}
            </Button>
            <Button component="a" variant="default" href={annualReportPdfUrl(report.id, shown.number, 'ru')} download>
              {t('annualReports.page.pdfRu')}
            </Button>
          </Group>
          <Stack component="section" gap="xs" aria-labelledby="annual-figures-title">
            <Heading id="annual-figures-title">{t('annualReports.figures.title')}</Heading>
            <FiguresTable figures={shown.figures} />
          </Stack>
          <Typography>
            {/* The server's Markdown rendering: raw HTML dropped, links only http/https/mailto (ADR 0015). */}
            <div
              className="post-body"
              data-testid="annual-text"
              lang={kk ? 'kk' : 'ru'}
              dangerouslySetInnerHTML={{ __html: kk ? shown.html_kk : shown.html_ru }}
            />
          </Typography>
        </>
      )}
      {report.versions.length > 0 && (
        <Stack component="section" gap="xs" aria-labelledby="annual-versions">
          <Heading id="annual-versions">{t('annualReports.page.versions')}</Heading>
          <Stack component="ol" gap={6} p={0} m={0} style={{ listStyle: 'none' }} data-testid="annual-versions-list">
            {report.versions.map((v) => (
              <li key={v.number}>
                {v.number === shown?.number ? (
                  <Text span fw={600} aria-current="page">
                    {t('annualReports.page.versionShort', { number: v.number, date: formatMomentDay(v.published_at, language) })}
                  </Text>
                ) : (
                  <Anchor component={Link} to={annualReportPath(report.id, v.number)}>
                    {t('annualReports.page.versionShort', { number: v.number, date: formatMomentDay(v.published_at, language) })}
                  </Anchor>
                )}
                {(kk ? v.note_kk : v.note_ru) && <Text size="sm">{kk ? v.note_kk : v.note_ru}</Text>}
              </li>
            ))}
          </Stack>
        </Stack>
      )}
      {report.can_edit && report.draft && <AnnualReportEditor report={report} />}
    </Page>
  );
}

export function AnnualReportPage() {
  const { t, i18n } = useTranslation();
  const { id, number } = useParams();
  const reportId = asNumber(id);
  const version = number === undefined ? undefined : asNumber(number);
  const report = useAnnualReport(reportId, version);
  if (reportId === 0 || version === 0 || (report.isError && isApiError(report.error) && report.error.code === 'not_found')) {
    return <NotFoundPage />;
  }
  if (report.isPending) {
    return (
      <LoadingRegion>
        <SkeletonBlocks blocks={3} height={120} />
      </LoadingRegion>
    );
  }
  if (report.isError) return <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), report.error).summary}</FormAlert>;
  return <ReportView report={report.data} />;
}
