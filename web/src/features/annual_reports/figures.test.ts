import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { annualReportPath, annualReportPdfUrl, categoriesOf, figureRows, freeYears, reportTitle } from './figures';

const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key}:${JSON.stringify(values)}` : key) as unknown as TFunction;

const maslikhat = {
  sittings_regular: 4,
  sittings_extraordinary: 1,
  questions: 30,
  decisions: 28,
  acts_adopted: 6,
  acts_registered: 5,
  discussions_held: 3,
  comments_received: 17,
  appeals_received: 120,
  appeals_resolved: 110,
  categories: [{ key: 'roads', name_kk: 'Жолдар', name_ru: 'Дороги', name_en: 'Roads', received: 40, resolved: 38 }],
  receptions_held: 24,
  events_held: 9,
  counted_at: '2026-01-05T05:00:00.000Z',
};

describe('annual report figures', () => {
  it('lists the maslikhat’s twelve totals in the order the report names them', () => {
    const rows = figureRows(t, maslikhat);
    expect(rows.map((r) => r.key)).toEqual([
      'sittings_regular',
      'sittings_extraordinary',
      'questions',
      'decisions',
      'acts_adopted',
      'acts_registered',
      'discussions_held',
      'comments_received',
      'appeals_received',
      'appeals_resolved',
      'receptions_held',
      'events_held',
    ]);
    expect(rows[0]).toEqual({ key: 'sittings_regular', label: 'annualReports.figures.sittings_regular', value: 4 });
    expect(categoriesOf(maslikhat)).toHaveLength(1);
  });

  it('lists a commission’s meetings, questions and conclusions only', () => {
    const commission = { meetings_held: 7, questions: 12, conclusions: 10, counted_at: '' };
    expect(figureRows(t, commission).map((r) => [r.key, r.value])).toEqual([
      ['meetings_held', 7],
      ['questions', 12],
      ['conclusions', 10],
    ]);
    expect(categoriesOf(commission)).toEqual([]);
  });

  it('names the report by its subject and year', () => {
    expect(reportTitle(t, { commission_id: null, year: 2025 })).toBe('annualReports.title.maslikhat:{"year":2025}');
    expect(reportTitle(t, { commission_id: 3, year: 2025 })).toBe('annualReports.title.commission:{"year":2025}');
  });

  it('offers the last six years without a report, never before 2000', () => {
    expect(freeYears([{ year: 2026 }, { year: 2024 }], 2026)).toEqual([2025, 2023, 2022, 2021]);
    expect(freeYears([], 2002)).toEqual([2002, 2001, 2000]);
  });

  it('addresses a version’s page and its PDF', () => {
    expect(annualReportPath(5)).toBe('/annual-reports/5');
    expect(annualReportPath(5, 2)).toBe('/annual-reports/5/versions/2');
    expect(annualReportPdfUrl(5, 1, 'kk')).toBe('/api/v1/annual-reports/5/versions/1/report.pdf?lang=kk');
  });
});
