import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { categoryName, figureRows, freeYears, reportPdfUrl } from './figures';
import type { VoterReportFigures } from './hooks';

const t = ((key: string) => key) as unknown as TFunction;

const figures: VoterReportFigures = {
  appeals_received: 3,
  appeals_resolved: 2,
  categories: [
    { key: 'roads', name_kk: 'Жолдар', name_ru: 'Дороги', name_en: '', received: 2, resolved: 2 },
    { key: '', name_kk: '', name_ru: '', name_en: '', received: 1, resolved: 0 },
  ],
  receptions_held: 1,
  reception_visits: 4,
  events_held: 5,
  requests_sent: 6,
  requests_answered: 7,
  counted_at: '2026-11-18T11:06:40.000Z',
};

describe('voter report figures', () => {
  it('lists every total once, in the report order', () => {
    const rows = figureRows(t, figures);
    expect(rows.map((r) => r.value)).toEqual([3, 2, 1, 4, 5, 6, 7]);
    expect(rows[0]?.label).toBe('voterReports.figures.appeals_received');
  });

  it('names a category in the language, falling back to Russian, and says when there is none', () => {
    const [roads, none] = figures.categories;
    expect(categoryName(t, 'kk', roads!)).toBe('Жолдар');
    expect(categoryName(t, 'en', roads!)).toBe('Дороги');
    expect(categoryName(t, 'ru', none!)).toBe('voterReports.figures.noCategory');
    expect(categoryName(t, 'ru', { ...roads!, name_ru: '' })).toBe('roads');
  });

  it('offers the years without a report, newest first, never before 2000', () => {
    expect(freeYears([{ year: 2026 }, { year: 2024 }], 2026)).toEqual([2025, 2023, 2022, 2021]);
    expect(freeYears([], 2002, 1990)).toEqual([2002, 2001, 2000]);
  });

  it('builds the PDF address per language', () => {
    expect(reportPdfUrl(7, 'kk')).toBe('/api/v1/voter-reports/7/report.pdf?lang=kk');
  });
});
