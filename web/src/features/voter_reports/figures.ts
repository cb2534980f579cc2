// Words for a report to voters in the interface's language: its figures as rows of a table (with
// the categories' names as they were counted), the years a new report may be made for, and the
// PDF's address.
import type { TFunction } from 'i18next';
import { reportCategoryName, type ReportFigureRow } from '../../components/ReportFiguresTable';
import type { VoterReportFigures } from './hooks';

export type FigureRow = ReportFigureRow;

type Category = VoterReportFigures['categories'][number];

/** The category's name in the language, falling back to Russian and then to its key. */
export function categoryName(t: TFunction, language: string, category: Category): string {
  return reportCategoryName(language, category, t('voterReports.figures.noCategory'));
}

/** The year's totals, one row each, in the order the report names them. */
export function figureRows(t: TFunction, figures: VoterReportFigures): FigureRow[] {
  type Total = Exclude<keyof VoterReportFigures, 'categories' | 'counted_at'>;
  const row = (key: Total, value: number): FigureRow => ({
    key,
    label: t(`voterReports.figures.${key}`),
    value,
  });
  return [
    row('appeals_received', figures.appeals_received),
    row('appeals_resolved', figures.appeals_resolved),
    row('receptions_held', figures.receptions_held),
    row('reception_visits', figures.reception_visits),
    row('events_held', figures.events_held),
    row('requests_sent', figures.requests_sent),
    row('requests_answered', figures.requests_answered),
  ];
}

export { freeYears } from '../../lib/report_years';

export function reportPdfUrl(id: number, language: 'kk' | 'ru'): string {
  return `/api/v1/voter-reports/${String(id)}/report.pdf?lang=${language}`;
}

export const voterReportPath = (id: number) => `/voter-reports/${String(id)}`;
export const voterReportEditPath = (id: number) => `/voter-reports/${String(id)}/edit`;
