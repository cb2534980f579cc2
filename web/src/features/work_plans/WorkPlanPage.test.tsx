// A work plan's page: items grouped by quarter with the status in words and links to the sitting
// and the act; the public gets no staff tools; staff publish a draft and change an item's status
// in place, and a refusal from the server is shown in words.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { stubDocumentFonts } from '../appeals/test_appeal';
import { lists, staffMe, testPlan } from './test_data';
import { WorkPlanPage } from './WorkPlanPage';

stubDocumentFonts();

beforeEach(() => {
  document.cookie = 'kenes_csrf=test-token';
});

describe('WorkPlanPage', () => {
  it('shows the items by quarter, their status in words and their links, without staff tools', async () => {
    vi.stubGlobal('fetch', fakeFetch({ ...lists, 'GET /api/v1/me': () => json(401, {}), 'GET /api/v1/public/work-plans/40': () => json(200, testPlan()) }).fn);
    renderWithProviders(<WorkPlanPage />, { route: '/work-plans/40', path: '/work-plans/:id' });

    expect(await screen.findByRole('heading', { level: 1, name: 'План работы маслихата на 2026 год' })).toBeInTheDocument();
    const first = screen.getByRole('region', { name: 'Quarter I' });
    expect(within(first).getByText('Postponed')).toBeInTheDocument();
    expect(within(first).getByText('Перенесено на II квартал')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Quarter II' })).toBeNull();
    const fourth = screen.getByRole('region', { name: 'Quarter IV' });
    expect(within(fourth).getAllByTestId('plan-item')).toHaveLength(2);
    expect(within(fourth).getByText('Done')).toBeInTheDocument();
    expect(within(fourth).getByText('In progress')).toBeInTheDocument();
    expect(within(fourth).getByRole('link', { name: /^Sitting 14 of/ })).toHaveAttribute('href', '/sittings/7');
    expect(within(fourth).getByRole('link', { name: 'Act No. 14/1-VIII' })).toHaveAttribute('href', '/acts/9');
    expect(screen.getByText('Done: 1 of 3 items')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'PDF in Kazakh' })).toHaveAttribute('href', '/api/v1/public/work-plans/40/plan.pdf?lang=kk');
    expect(screen.getByRole('link', { name: 'PDF in Russian' })).toHaveAttribute('href', '/api/v1/public/work-plans/40/plan.pdf?lang=ru');
    expect(screen.queryByRole('button', { name: 'Publish the plan' })).toBeNull();
    expect(screen.queryByTestId('plan-staff-tools')).toBeNull();
    expect(screen.queryByRole('combobox', { name: /^Status of item/ })).toBeNull();
  });

  it('lets the staff publish a draft and change a status in place', async () => {
    const patches: { path: string; body: unknown }[] = [];
    const draft = testPlan({ state: 'draft', published_at: null, can_edit: true });
    const fake = fakeFetch({
      ...lists,
      'GET /api/v1/me': () => json(200, staffMe),
      'GET /api/v1/public/work-plans/40': () => json(200, draft),
      'PATCH /api/v1/work-plans/40': (init) => {
        patches.push({ path: 'plan', body: JSON.parse(String(init.body)) });
        return json(200, { ...draft, state: 'published' });
      },
      'PATCH /api/v1/work-plans/40/items/403': (init) => {
        patches.push({ path: 'item', body: JSON.parse(String(init.body)) });
        return json(422, { error: { code: 'invalid_argument', message: 'x', fields: { sitting_id: 'other_maslikhat' } } });
      },
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<WorkPlanPage />, { route: '/work-plans/40', path: '/work-plans/:id' });

    expect(await screen.findByText('Draft, not published')).toBeInTheDocument();
    expect(screen.queryByTestId('plan-pdf-links')).toBeNull(); // a draft has no public PDF
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status of item 3' }), 'done');
    await waitFor(() => expect(patches).toContainEqual({ path: 'item', body: { status: 'done' } }));
    expect(await screen.findByText(/The sitting belongs to another maslikhat/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Publish the plan' }));
    await waitFor(() => expect(patches).toContainEqual({ path: 'plan', body: { state: 'published' } }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Publish the plan' })).toBeNull());
    expect(screen.getByRole('form', { name: 'Add an item' })).toBeInTheDocument();
  });
});
