// The keepers' editor of a report to voters: the figures shown read-only and counted again on
// request, the Russian text changed and saved with a report meeting (only the changed draft is
// sent), publishing only once saved; a published report is read-only until taken back. And the
// deputy page's section: a visitor sees only published years, a keeper the drafts too.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { stubDocumentFonts } from '../appeals/test_appeal';
import { DeputyVoterReports } from './DeputyVoterReports';
import type { VoterReport } from './hooks';
import { VoterReportEditor } from './VoterReportEditor';

stubDocumentFonts();

beforeEach(() => {
  document.cookie = 'kenes_csrf=test-token';
});

function report(over: Partial<VoterReport> = {}): VoterReport {
  return {
    id: 5,
    deputy_id: 9,
    maslikhat_id: 1,
    year: 2025,
    state: 'draft',
    published_at: null,
    updated_at: '2026-11-18T11:06:40.000Z',
    created_at: '2026-11-18T11:06:40.000Z',
    deputy_name_kk: 'Бекова Айгүл',
    deputy_name_ru: 'Бекова Айгуль',
    text_kk: 'Мәтін',
    text_ru: 'Текст',
    html_kk: '<p>Мәтін</p>',
    html_ru: '<p>Текст</p>',
    figures: {
      appeals_received: 3,
      appeals_resolved: 2,
      categories: [{ key: 'roads', name_kk: 'Жолдар', name_ru: 'Дороги', name_en: 'Roads', received: 2, resolved: 2 }],
      receptions_held: 1,
      reception_visits: 4,
      events_held: 5,
      requests_sent: 6,
      requests_answered: 7,
      counted_at: '2026-11-18T11:06:40.000Z',
    },
    meeting_event_id: null,
    meeting: null,
    can_edit: true,
    ...over,
  };
}

const meetings = {
  items: [{ id: 44, title: 'Report meeting', starts_at: '2025-12-10T18:00', type: 'report_meeting' }],
  next_cursor: null,
};

describe('VoterReportEditor', () => {
  it('counts again, saves the changed text with the meeting, then publishes', async () => {
    const sent: { key: string; body: unknown }[] = [];
    let current = report();
    const fake = fakeFetch({
      'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
      'GET /api/v1/voter-reports/5': () => json(200, current),
      'GET /api/v1/public/events': () => json(200, meetings),
      'POST /api/v1/voter-reports/5/refresh': () => {
        sent.push({ key: 'refresh', body: null });
        current = report({ figures: { ...current.figures, appeals_received: 4 } });
        return json(200, current);
      },
      'PATCH /api/v1/voter-reports/5': (init) => {
        const body = JSON.parse(String(init.body)) as { text_ru: string; meeting_event_id: number };
        sent.push({ key: 'patch', body });
        current = report({ ...current, text_ru: body.text_ru, meeting_event_id: body.meeting_event_id });
        return json(200, current);
      },
      'POST /api/v1/voter-reports/5/publish': () => {
        sent.push({ key: 'publish', body: null });
        current = report({ ...current, state: 'published', published_at: '2026-11-18T12:00:00.000Z' });
        return json(200, current);
      },
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<VoterReportEditor />, { route: '/voter-reports/5/edit', path: '/voter-reports/:id/edit' });

    const figures = await screen.findByTestId('report-figures');
    expect(within(figures).getByRole('rowheader', { name: 'Roads' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Count the figures again' }));
    expect(await screen.findByText('The figures were counted again.')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByTestId('report-figures')).getAllByText('4').length).toBeGreaterThan(0));

    const publish = screen.getByRole('button', { name: 'Publish' });
    await user.click(screen.getByRole('tab', { name: 'Русский' }));
    const text = screen.getByRole('textbox', { name: /^Text in Russian/ });
    await user.clear(text);
    await user.type(text, 'Новый текст');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Report meeting/ }), '44');
    expect(publish).toBeDisabled(); // save first
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(sent.find((s) => s.key === 'patch')?.body).toEqual({ text_kk: 'Мәтін', text_ru: 'Новый текст', meeting_event_id: 44 });

    await waitFor(() => expect(screen.getByRole('button', { name: 'Publish' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('The report is published.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Take back to a draft' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Text in Russian/ })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Count the figures again' })).toBeNull();
    expect(sent.map((s) => s.key)).toEqual(['refresh', 'patch', 'publish']);
  });

  it('is not found for a reader who may not change the report', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/voter-reports/5': () => json(200, report({ can_edit: false, state: 'published' })),
      }).fn,
    );
    renderWithProviders(<VoterReportEditor />, { route: '/voter-reports/5/edit', path: '/voter-reports/:id/edit' });
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Editor');
  });
});

describe('DeputyVoterReports', () => {
  const summary = (id: number, year: number, state: 'draft' | 'published') => ({
    id,
    deputy_id: 9,
    year,
    state,
    published_at: state === 'published' ? '2026-01-10T05:00:00.000Z' : null,
    updated_at: '2026-01-10T05:00:00.000Z',
  });

  it('lists the published years for a visitor and nothing to make', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/deputies/9/reports': () => json(200, { deputy_id: 9, items: [summary(2, 2025, 'published')], can_edit: false }),
      }).fn,
    );
    renderWithProviders(<DeputyVoterReports deputyId={9} />);
    const section = await screen.findByRole('region', { name: 'Reports to voters' });
    expect(within(section).getByRole('link', { name: 'Report for 2025' })).toHaveAttribute('href', '/voter-reports/2');
    expect(within(section).queryByRole('button', { name: 'Prepare the report' })).toBeNull();
  });

  it('shows a keeper the drafts, linked to the editor, and the years still free', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/deputies/9/reports': () =>
          json(200, { deputy_id: 9, items: [summary(3, 2026, 'draft'), summary(2, 2025, 'published')], can_edit: true }),
      }).fn,
    );
    renderWithProviders(<DeputyVoterReports deputyId={9} />);
    const section = await screen.findByRole('region', { name: 'Reports to voters' });
    expect(within(section).getByRole('link', { name: 'Report for 2026' })).toHaveAttribute('href', '/voter-reports/3/edit');
    expect(within(section).getByText('Draft')).toBeInTheDocument();
    const year = await within(section).findByRole('combobox', { name: 'Year of the report' });
    expect(within(year).queryByRole('option', { name: '2026' })).toBeNull();
    expect(within(year).queryByRole('option', { name: '2025' })).toBeNull();
    expect(within(year).getAllByRole('option').length).toBeGreaterThan(0);
  });
});
