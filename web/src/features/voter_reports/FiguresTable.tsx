// A report's figures as a readable table (components/ReportFiguresTable, shared with the annual
// reports) in the words of reports to voters.
import { useTranslation } from 'react-i18next';
import { ReportFiguresTable } from '../../components/ReportFiguresTable';
import { formatMomentDay } from '../../lib/dates';
import { figureRows } from './figures';
import type { VoterReportFigures } from './hooks';

export function FiguresTable({ figures }: { figures: VoterReportFigures }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <ReportFiguresTable
      testId="report-figures"
      language={language}
      rows={figureRows(t, figures)}
      categories={figures.categories}
      countedAt={figures.counted_at}
      words={{
        caption: t('voterReports.figures.caption'),
        byCategory: t('voterReports.figures.byCategory'),
        category: t('voterReports.figures.category'),
        received: t('voterReports.figures.received'),
        resolved: t('voterReports.figures.resolved'),
        noCategory: t('voterReports.figures.noCategory'),
        countedOn: t('voterReports.figures.countedOn', { date: formatMomentDay(figures.counted_at, language) }),
      }}
    />
  );
}
