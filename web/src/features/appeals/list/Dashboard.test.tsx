import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../../test/render';
import { Dashboard } from './Dashboard';

describe('Dashboard', () => {
  it('shows open, due-soon and overdue counts per deputy, commission and the apparatus', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/appeals-dashboard': () =>
          json(200, {
            items: [
              { deputy_id: 1, commission_id: null, open: 4, due_soon: 1, overdue: 2, forward_due_soon: 0, forward_overdue: 1 },
              { deputy_id: null, commission_id: 5, open: 2, due_soon: 0, overdue: 0, forward_due_soon: 0, forward_overdue: 0 },
              { deputy_id: null, commission_id: null, open: 1, due_soon: 1, overdue: 0, forward_due_soon: 1, forward_overdue: 0 },
            ],
          }),
        'GET /api/v1/deputies': () =>
          json(200, {
            items: [{ id: 1, maslikhat_id: 2, okrug_id: 1, full_name_kk: 'Бекова Айгүл', full_name_ru: 'Бекова Айгуль' }],
            next_cursor: null,
          }),
        'GET /api/v1/maslikhats/2/commissions': () =>
          json(200, { items: [{ id: 5, name_kk: 'Бюджет комиссиясы', name_ru: 'Комиссия по бюджету' }] }),
      }).fn,
    );
    renderWithProviders(<Dashboard maslikhatId={2} />);
    const table = await screen.findByRole('table', { name: 'Open appeals by handler' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Handler',
      'Open',
      'Due soon',
      'Overdue',
      'Forward soon',
      'Forwarding overdue',
    ]);
    const deputyRow = await within(table).findByRole('row', { name: /Deputy Бекова Айгуль/ });
    expect(within(deputyRow).getAllByRole('cell').map((td) => td.textContent)).toEqual(['4', '1', '2', '0', '1']);
    expect(await within(table).findByRole('row', { name: /Commission: Комиссия по бюджету 2 0 0 0 0/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Apparatus of the maslikhat 1 1 0 1 0/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Total 7 2 2 1 1/ })).toBeInTheDocument();
  });

  it('says so when nothing is open', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/v1/appeals-dashboard': () => json(200, { items: [] }) }).fn);
    renderWithProviders(<Dashboard maslikhatId={2} />);
    expect(await screen.findByText('There are no open appeals.')).toBeInTheDocument();
  });
});
