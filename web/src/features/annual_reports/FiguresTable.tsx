// An annual report's figures as a readable table (components/ReportFiguresTable, shared with the
// reports to voters): a maslikhat's totals and appeals by category, or a commission's three.
import { useTranslation } from 'react-i18next';
import { ReportFiguresTable } from '../../components/ReportFiguresTable';
import { formatMomentDay } from '../../lib/dates';
import { categoriesOf, figureRows } from './figures';
import type { AnnualReportFigures } from './hooks';

export function FiguresTable({ figures }: { figures: AnnualReportFigures }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <ReportFiguresTable
      testId="annual-figures"
      language={language}
      rows={figureRows(t, figures)}
      categories={categoriesOf(figures)}
      countedAt={figures.counted_at}
      words={{
        caption: t('annualReports.figures.caption'),
        byCategory: t('annualReports.figures.byCategory'),
        category: t('annualReports.figures.category'),
        received: t('annualReports.figures.received'),
        resolved: t('annualReports.figures.resolved'),
        noCategory: t('annualReports.figures.noCategory'),
        countedOn: t('annualReports.figures.countedOn', { date: formatMomentDay(figures.counted_at, language) }),
      }}
    />
  );
}
