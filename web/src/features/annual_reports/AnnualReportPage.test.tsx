// An annual report's page: a reader sees the current version with what it changed and the list of
// versions, opens an earlier one; a keeper corrects the working copy, and publishing version 2
// needs the note of what changed, sent with the texts before publishing.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { stubDocumentFonts } from '../appeals/test_appeal';
import { AnnualReportPage } from './AnnualReportPage';
import type { AnnualReport } from './hooks';

stubDocumentFonts();

beforeEach(() => {
  document.cookie = 'kenes_csrf=test-token';
});

const figures = { meetings_held: 7, questions: 12, conclusions: 10, counted_at: '2026-01-05T05:00:00.000Z' };
const version = (number: number, text: string, note = '') => ({
  number,
  text_kk: text,
  text_ru: text,
  html_kk: `<p>${text}</p>`,
  html_ru: `<p>${text}</p>`,
  figures,
  note_kk: note,
  note_ru: note,
  published_at: `2026-0${String(number)}-10T05:00:00.000Z`,
});

function report(over: Partial<AnnualReport> = {}): AnnualReport {
  return {
    id: 5,
    maslikhat_id: 1,
    commission_id: 3,
    commission_name_kk: 'Бюджет комиссиясы',
    commission_name_ru: 'Комиссия по бюджету',
    maslikhat_name_kk: 'Қалалық мәслихат',
    maslikhat_name_ru: 'Городской маслихат',
    year: 2025,
    version: 2,
    published_at: '2026-02-10T05:00:00.000Z',
    updated_at: '2026-02-10T05:00:00.000Z',
    created_at: '2026-01-05T05:00:00.000Z',
    can_edit: false,
    shown: version(2, 'Second text', 'Figures corrected'),
    versions: [
      { number: 2, note_kk: 'Figures corrected', note_ru: 'Figures corrected', published_at: '2026-02-10T05:00:00.000Z' },
      { number: 1, note_kk: '', note_ru: '', published_at: '2026-01-10T05:00:00.000Z' },
    ],
    draft: null,
    ...over,
  };
}

describe('AnnualReportPage', () => {
  it('shows the current version, what it changed, its PDFs, and links the earlier version', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/annual-reports/5': () => json(200, report()),
      }).fn,
    );
    renderWithProviders(<AnnualReportPage />, { route: '/annual-reports/5', path: '/annual-reports/:id' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Report on the work of the commission for 2025' })).toBeInTheDocument();
    expect(screen.getByText('What changed: Figures corrected')).toBeInTheDocument();
    expect(within(screen.getByTestId('annual-text')).getByText('Second text')).toBeInTheDocument();
    expect(within(screen.getByTestId('annual-figures')).getByRole('rowheader', { name: 'Commission meetings' })).toBeInTheDocument();
    const pdfs = within(screen.getByTestId('annual-pdf-links')).getAllByRole('link');
    expect(pdfs.map((a) => a.getAttribute('href'))).toEqual([
      '/api/v1/annual-reports/5/versions/2/report.pdf?lang=kk',
      '/api/v1/annual-reports/5/versions/2/report.pdf?lang=ru',
    ]);
    expect(screen.queryByTestId('annual-editor')).toBeNull();
    const list = screen.getByTestId('annual-versions-list');
    expect(within(list).getByText(/^Version 2/)).toHaveAttribute('aria-current', 'page');
    expect(within(list).getByRole('link', { name: /^Version 1/ })).toHaveAttribute('href', '/annual-reports/5/versions/1');
  });

  it('shows an earlier version as such, with a way back to the current one', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/annual-reports/5/versions/1': () => json(200, report({ shown: version(1, 'First text') })),
      }).fn,
    );
    renderWithProviders(<AnnualReportPage />, { route: '/annual-reports/5/versions/1', path: '/annual-reports/:id/versions/:number' });
    expect(await screen.findByText('An earlier version')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'The current version (2)' })).toHaveAttribute('href', '/annual-reports/5');
    expect(within(screen.getByTestId('annual-text')).getByText('First text')).toBeInTheDocument();
    expect(within(screen.getByTestId('annual-pdf-links')).getAllByRole('link')[0]).toHaveAttribute(
      'href',
      '/api/v1/annual-reports/5/versions/1/report.pdf?lang=kk',
    );
  });

  it('lets a keeper correct the working copy and publish version 3 with its note', async () => {
    const sent: { key: string; body: unknown }[] = [];
    let current = report({
      can_edit: true,
      draft: { text_kk: 'Second text', text_ru: 'Second text', note_kk: '', note_ru: '', figures },
    });
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
        'GET /api/v1/annual-reports/5': () => json(200, current),
        'PATCH /api/v1/annual-reports/5': (init) => {
          const body = JSON.parse(String(init.body)) as Record<string, string>;
          sent.push({ key: 'patch', body });
          current = report({ ...current, draft: { ...current.draft!, ...body } });
          return json(200, current);
        },
        'POST /api/v1/annual-reports/5/publish': () => {
          sent.push({ key: 'publish', body: null });
          current = report({
            ...current,
            version: 3,
            shown: version(3, current.draft!.text_ru, current.draft!.note_ru),
            draft: { ...current.draft!, note_kk: '', note_ru: '' },
          });
          return json(200, current);
        },
      }).fn,
    );
    const user = userEvent.setup();
    renderWithProviders(<AnnualReportPage />, { route: '/annual-reports/5', path: '/annual-reports/:id' });
    const editor = await screen.findByTestId('annual-editor');
    expect(within(editor).getByRole('heading', { name: 'Correction: version 3' })).toBeInTheDocument();
    await user.click(within(editor).getByRole('tab', { name: 'Русский' }));
    const text = within(editor).getByRole('textbox', { name: /^Text in Russian/ });
    await user.clear(text);
    await user.type(text, 'Third text');
    await user.type(within(editor).getByRole('textbox', { name: /^What changed \(in Russian\)/ }), 'Typo fixed');
    expect(within(editor).getByRole('button', { name: 'Publish version 3' })).toBeDisabled(); // save first
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(sent[0]?.body).toEqual({ text_kk: 'Second text', text_ru: 'Third text', note_kk: '', note_ru: 'Typo fixed' });
    await waitFor(() => expect(within(editor).getByRole('button', { name: 'Publish version 3' })).toBeEnabled());
    await user.click(within(editor).getByRole('button', { name: 'Publish version 3' }));
    expect(await screen.findByText('Version 3 is published.')).toBeInTheDocument();
    expect(sent.map((s) => s.key)).toEqual(['patch', 'publish']);
  });
});
