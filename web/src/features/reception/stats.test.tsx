import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { stubDocumentFonts } from '../appeals/test_appeal';
import { kTestMe } from '../notifications/test_server';
import { DeputyReceptions } from './DeputyReceptions';
import { ReceptionsPage } from './ReceptionsPage';
import { ReceptionStatsPage } from './ReceptionStatsPage';
import { defaultSpan, shiftMonth } from './stats';
import { testSession } from './test_data';
import type { ReceptionStats } from './types';

stubDocumentFonts();

// ECharts needs a laid-out page; the test reads what the chart was given.
vi.mock('./StatsChart', () => ({
  StatsChart: ({ hosts, series, label }: { hosts: string[]; series: { name: string; values: number[] }[]; label: string }) => (
    <div role="img" aria-label={label} data-testid="stats-chart">
      {hosts.join('|')} {series.map((s) => `${s.name}=${s.values.join(',')}`).join(' ')}
    </div>
  ),
}));

const grant = (role: string, scopeId: number | null) => ({
  id: 9,
  role,
  scope_type: scopeId === null ? 'global' : 'maslikhat',
  scope_id: scopeId,
  granted_at: '2026-01-01T00:00:00Z',
});
const kStaffMe = { ...kTestMe, roles: [grant('staff', 1)] };
const kDeputyMe = { ...kTestMe, roles: [{ ...grant('deputy', 4), scope_type: 'okrug' }] };

const kStats: ReceptionStats = {
  maslikhat_id: 1,
  from: '2026-11',
  to: '2026-12',
  rows: [
    {
      deputy_id: null,
      host_name_kk: 'Аким города',
      host_name_ru: 'Аким города',
      month: '2026-12',
      sessions: 1,
      bookings: 0,
      visits: 1,
      no_shows: 0,
      appeals: 1,
      categories: [{ key: '', count: 1 }],
    },
    {
      deputy_id: 3,
      host_name_kk: 'Бекова Айгүл',
      host_name_ru: 'Бекова Айгуль',
      month: '2026-11',
      sessions: 2,
      bookings: 3,
      visits: 2,
      no_shows: 1,
      appeals: 1,
      categories: [{ key: 'roads', count: 1 }],
    },
    {
      deputy_id: 3,
      host_name_kk: 'Бекова Айгүл',
      host_name_ru: 'Бекова Айгуль',
      month: '2026-12',
      sessions: 1,
      bookings: 2,
      visits: 2,
      no_shows: 0,
      appeals: 0,
      categories: [],
    },
  ],
  categories: [{ key: 'roads', name_kk: 'Жолдар', name_ru: 'Дороги', name_en: 'Roads' }],
};

describe('stats helpers', () => {
  it('moves months across years and spans the last twelve by default', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    // 3 Dec 2026, 05:00 in Kazakhstan.
    expect(defaultSpan(Date.UTC(2026, 11, 3))).toEqual({ from: '2026-01', to: '2026-12' });
  });
});

describe('ReceptionStatsPage', () => {
  it('shows the figures per host and month with totals, the chart and the XLSX link', async () => {
    const asked: string[] = [];
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/me': () => json(200, kStaffMe),
        'GET /api/v1/maslikhats/1/reception-stats': () => json(200, kStats),
      }).fn,
    );
    const original = globalThis.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      asked.push(String(input));
      return original(input, init);
    });
    const user = userEvent.setup();
    renderWithProviders(<ReceptionStatsPage />);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    // Header, three rows, the total.
    expect(rows).toHaveLength(5);
    expect(rows[1]).toHaveTextContent('Аким города');
    expect(rows[1]).toHaveTextContent('December 2026');
    expect(rows[1]).toHaveTextContent('No category: 1');
    expect(rows[2]).toHaveTextContent('Бекова Айгуль');
    expect(rows[2]).toHaveTextContent('November 2026');
    expect(rows[2]).toHaveTextContent('Roads: 1');
    expect(within(rows[4]!).getByRole('rowheader')).toHaveTextContent('Total');
    expect(within(rows[4]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['', '4', '5', '5', '1', '2', '']);
    // The chart sums each host's months.
    expect(await screen.findByTestId('stats-chart')).toHaveTextContent(
      'Аким города|Бекова Айгуль Visits=1,4 No-shows=0,1 Appeals registered=1,1',
    );
    const span = defaultSpan();
    expect(screen.getByRole('link', { name: 'Download XLSX' })).toHaveAttribute(
      'href',
      `/api/v1/maslikhats/1/reception-stats.xlsx?from=${span.from}&to=${span.to}&lang=en`,
    );

    // Another span: a malformed month is named, a good one is asked for.
    const from = screen.getByLabelText('From month');
    await user.clear(from);
    await user.type(from, '2026-13');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByText('A month as YYYY-MM, e.g. 2026-12')).toBeInTheDocument();
    await user.clear(from);
    await user.type(from, '2026-11');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await vi.waitFor(() => expect(asked.some((url) => url.includes('from=2026-11'))).toBe(true));
    expect(screen.getByRole('link', { name: 'Download XLSX' }).getAttribute('href')).toContain('from=2026-11');
  });

  it('tells a person who is not staff that the page is not for them', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/v1/me': () => json(200, kTestMe) }).fn);
    renderWithProviders(<ReceptionStatsPage />);
    expect(await screen.findByText('This page is for the staff of a maslikhat.')).toBeInTheDocument();
  });
});

describe('ReceptionsPage for a deputy', () => {
  it('lists their own reception days with links to each day and no scheduling form', async () => {
    const asked: string[] = [];
    const routes = fakeFetch({
      'GET /api/v1/me': () => json(200, kDeputyMe),
      'GET /api/v1/reception-sessions': () => json(200, { items: [testSession({ id: 12, day: '2099-03-02' })] }),
    }).fn;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      asked.push(String(input));
      return routes(input, init);
    });
    renderWithProviders(<ReceptionsPage />);
    const days = await screen.findAllByTestId('host-day');
    expect(days).toHaveLength(1);
    expect(days[0]).toHaveTextContent('Date: Monday, 03/02/2099');
    expect(within(days[0]!).getByRole('link', { name: 'List of bookings' })).toHaveAttribute('href', '/receptions/12');
    expect(asked.some((url) => url.includes('/api/v1/reception-sessions?mine=true'))).toBe(true);
    expect(screen.queryByRole('button', { name: /schedule/i })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'My reception days' })).toBeInTheDocument();
  });

  it('gives the staff a link to the statistics', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/me': () => json(200, kStaffMe),
        'GET /api/v1/reception-sessions': () => json(200, { items: [] }),
      }).fn,
    );
    renderWithProviders(<ReceptionsPage />);
    expect(await screen.findByRole('link', { name: 'Reception statistics' })).toHaveAttribute('href', '/receptions/stats');
  });
});

describe('the maslikhat page section', () => {
  it('lists the sessions of the maslikhat, each naming its host', async () => {
    const asked: string[] = [];
    const routes = fakeFetch({
      'GET /api/v1/me': () => json(401, { error: { code: 'unauthenticated', message: 'x' } }),
      'GET /api/v1/reception-sessions': () =>
        json(200, {
          items: [
            testSession({ id: 1, day: '2099-03-02' }),
            testSession({ id: 2, day: '2099-03-03', deputy_id: null, host_name: 'Аким города', host_name_kk: 'Аким города', host_name_ru: 'Аким города' }),
          ],
        }),
    }).fn;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      asked.push(String(input));
      return routes(input, init);
    });
    renderWithProviders(<DeputyReceptions maslikhatId={1} />);
    const cards = await screen.findAllByTestId('reception-session');
    expect(cards).toHaveLength(2);
    expect(cards[0]).toHaveTextContent('Receives: Айгуль Сеитова');
    expect(cards[1]).toHaveTextContent('Receives: Аким города');
    expect(asked.some((url) => url.includes('maslikhat_id=1'))).toBe(true);
  });
});
