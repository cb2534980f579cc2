// /voter-reports/:id: a deputy's report to voters — the deputy, the year, the figures as a table,
// the text in the reader's language (kk or ru; English readers get Russian), the report meeting,
// and the PDF in kk and ru. Its keepers get a link to the editor.
import { Anchor, Badge, Button, Group, Stack, Text, Typography } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { Heading } from '../../components/plain';
import { formatDay, formatMomentDay } from '../../lib/dates';
import { directoryPath, pick } from '../directory';
import { reportPdfUrl, voterReportEditPath } from './figures';
import { FiguresTable } from './FiguresTable';
import { type VoterReport } from './hooks';
import { ReportRoute } from './ReportRoute';

function ReportView({ report }: { report: VoterReport }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const name = pick(language, report.deputy_name_kk, report.deputy_name_ru);
  const html = language === 'kk' ? report.html_kk : report.html_ru;
  return (
    <Page title={t('voterReports.page.title', { year: report.year })}>
      <Group gap="xs" wrap="wrap">
        <Anchor component={Link} to={directoryPath.deputy(report.deputy_id)} fw={600}>
          {name}
        </Anchor>
        {report.state === 'draft' && (
          <Badge variant="outline" color="gray.8" tt="none">
            {t('voterReports.public.draft')}
          </Badge>
        )}
      </Group>
      {report.published_at && (
        <Text size="sm">{t('voterReports.page.publishedOn', { date: formatMomentDay(report.published_at, language) })}</Text>
      )}
      <Group gap="sm" wrap="wrap" data-testid="report-pdf-links">
        <Button component="a" variant="default" href={reportPdfUrl(report.id, 'kk')} download>
          {t('voterReports.page.pdfKk')}
        </Button>
        <Button component="a" variant="default" href={reportPdfUrl(report.id, 'ru')} download>
          {t('voterReports.page.pdfRu')}
        </Button>
        {report.can_edit && (
          <Button component={Link} to={voterReportEditPath(report.id)}>
            {t('voterReports.page.edit')}
          </Button>
        )}
      </Group>
      <Stack component="section" gap="xs" aria-labelledby="report-figures-title">
        <Heading id="report-figures-title">{t('voterReports.figures.title')}</Heading>
        <FiguresTable figures={report.figures} />
      </Stack>
      <Typography>
        {/* The server's Markdown rendering: raw HTML dropped, links only http/https/mailto (ADR 0015). */}
        <div className="post-body" data-testid="report-text" lang={language === 'kk' ? 'kk' : 'ru'} dangerouslySetInnerHTML={{ __html: html }} />
      </Typography>
      {report.meeting && (
        <Text>
          {t('voterReports.page.meeting')}{' '}
          <Anchor component={Link} to={`/events/${String(report.meeting.event_id)}`}>
            {pick(language, report.meeting.title_kk, report.meeting.title_ru)}
          </Anchor>
          {' — '}
          {formatDay(report.meeting.starts_at.slice(0, 10), language)} {report.meeting.starts_at.slice(11, 16)}
        </Text>
      )}
    </Page>
  );
}

export function VoterReportPage() {
  return <ReportRoute render={(report) => <ReportView report={report} />} />;
}
