// Words for an annual report in the interface's language: its title (the maslikhat's or a
// commission's), its figures as rows of a table (a commission's three, or the maslikhat's), the
// years a new report may be made for, and the addresses of its pages and PDFs.
import type { TFunction } from 'i18next';
import type { ReportFigureRow } from '../../components/ReportFiguresTable';
import type { AnnualReportFigures, AnnualReportSummary } from './hooks';

export type FigureRow = ReportFigureRow;

type MaslikhatFigures = Extract<AnnualReportFigures, { sittings_regular: number }>;
type CommissionFigures = Extract<AnnualReportFigures, { meetings_held: number }>;
export type CategoryFigures = MaslikhatFigures['categories'][number];

function isCommissions(figures: AnnualReportFigures): figures is CommissionFigures {
  return 'meetings_held' in figures;
}

/** The categories of a maslikhat's figures (none for a commission's). */
export function categoriesOf(figures: AnnualReportFigures): CategoryFigures[] {
  return isCommissions(figures) ? [] : (figures as MaslikhatFigures).categories;
}

/** The year's totals, one row each, in the order the report names them. */
export function figureRows(t: TFunction, figures: AnnualReportFigures): FigureRow[] {
  type Total = Exclude<keyof MaslikhatFigures | keyof CommissionFigures, 'categories' | 'counted_at'>;
  const row = (key: Total, value: number): FigureRow => ({ key, label: t(`annualReports.figures.${key}`), value });
  if (isCommissions(figures)) {
    return [
      row('meetings_held', figures.meetings_held),
      row('questions', figures.questions),
      row('conclusions', figures.conclusions),
    ];
  }
  const f = figures as MaslikhatFigures;
  return [
    row('sittings_regular', f.sittings_regular),
    row('sittings_extraordinary', f.sittings_extraordinary),
    row('questions', f.questions),
    row('decisions', f.decisions),
    row('acts_adopted', f.acts_adopted),
    row('acts_registered', f.acts_registered),
    row('discussions_held', f.discussions_held),
    row('comments_received', f.comments_received),
    row('appeals_received', f.appeals_received),
    row('appeals_resolved', f.appeals_resolved),
    row('receptions_held', f.receptions_held),
    row('events_held', f.events_held),
  ];
}

/** "Report on the work of the maslikhat for 2025", or of the commission. */
export function reportTitle(t: TFunction, report: Pick<AnnualReportSummary, 'commission_id' | 'year'>): string {
  return t(report.commission_id ? 'annualReports.title.commission' : 'annualReports.title.maslikhat', {
    year: report.year,
  });
}

export { freeYears } from '../../lib/report_years';

export const annualReportPath = (id: number, version?: number) =>
  version ? `/annual-reports/${String(id)}/versions/${String(version)}` : `/annual-reports/${String(id)}`;

export function annualReportPdfUrl(id: number, version: number, language: 'kk' | 'ru'): string {
  return `/api/v1/annual-reports/${String(id)}/versions/${String(version)}/report.pdf?lang=${language}`;
}
