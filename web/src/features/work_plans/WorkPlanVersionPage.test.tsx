// An edition's page: the plan as the edition froze it, with the same item cards read-only, the
// edition's number, date in words and what changed, its PDFs in both languages; a missing edition
// is "not found".
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { stubDocumentFonts } from '../appeals/test_appeal';
import { testPlan } from './test_data';
import { WorkPlanVersionPage } from './WorkPlanVersionPage';

stubDocumentFonts();

beforeEach(() => {
  document.cookie = 'kenes_csrf=test-token';
});

const second = { number: 2, fixed_at: '2026-06-03T06:00:00.000Z', note_kk: '3-тармақ орындалды', note_ru: 'Пункт 3 выполнен' };

describe('WorkPlanVersionPage', () => {
  it('shows the frozen plan read-only with its edition, note and PDFs', async () => {
    const edition = testPlan({ versions: [...testPlan().versions, second], version: second });
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/me': () => json(401, {}),
        'GET /api/v1/public/work-plans/40/versions/2': () => json(200, edition),
      }).fn,
    );
    renderWithProviders(<WorkPlanVersionPage />, { route: '/work-plans/40/versions/2', path: '/work-plans/:id/versions/:number' });

    expect(await screen.findByRole('heading', { level: 1, name: 'План работы маслихата на 2026 год' })).toBeInTheDocument();
    const head = screen.getByTestId('edition-head');
    expect(within(head).getByText('Edition 2 of June 3, 2026')).toBeInTheDocument();
    expect(within(head).getByText('What changed: Пункт 3 выполнен')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Quarter IV' })).getAllByTestId('plan-item')).toHaveLength(2);
    expect(screen.queryByRole('combobox', { name: /^Status of item/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'PDF in Kazakh' })).toHaveAttribute('href', '/api/v1/public/work-plans/40/versions/2/plan.pdf?lang=kk');
    expect(screen.getByRole('link', { name: 'PDF in Russian' })).toHaveAttribute('href', '/api/v1/public/work-plans/40/versions/2/plan.pdf?lang=ru');
    expect(screen.getByRole('link', { name: 'The plan as it is now' })).toHaveAttribute('href', '/work-plans/40');
    expect(screen.getByRole('link', { name: 'Edition 1 of January 15, 2026' })).toHaveAttribute('href', '/work-plans/40/versions/1');
  });

  it('is not found for an edition there is not', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/me': () => json(401, {}),
        'GET /api/v1/public/work-plans/40/versions/9': () => json(404, { error: { code: 'not_found', message: 'x', fields: {} } }),
      }).fn,
    );
    renderWithProviders(<WorkPlanVersionPage />, { route: '/work-plans/40/versions/9', path: '/work-plans/:id/versions/:number' });
    expect(await screen.findByRole('heading', { level: 1, name: /not found/i })).toBeInTheDocument();
  });
});
