import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../../test/render';
import { maslikhatFixture } from '../test_fixtures';
import { ImportPage } from './ImportPage';

const me = {
  id: 2,
  email: 'staff@example.kz',
  phone: null,
  display_name: 'Staff',
  language: 'en',
  verified: true,
  iin_masked: null,
  roles: [{ id: 1, role: 'staff', scope_type: 'maslikhat', scope_id: 2, granted_at: '2026-01-01T00:00:00Z' }],
  totp_enabled: false,
  is_staff: true,
};
const view = { ...maslikhatFixture(), okrugs: [], commissions: [], deputies: [], can_edit: true };
const csv = 'okrug_number,settlement_ru,settlement_kk,street_ru,street_kk,houses\n9,Кокшетау,Көкшетау,ул. Мира,Мир көшесі,all';

beforeAll(() => {
  // jsdom has no FontFaceSet; Mantine's autosize Textarea listens to it.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      configurable: true,
      value: { addEventListener: () => undefined, removeEventListener: () => undefined },
    });
  }
});

beforeEach(() => {
  document.cookie = 'kenes_csrf=test-token';
});

describe('ImportPage', () => {
  it('checks with dry_run=true and shows the errors table from the 422 body', async () => {
    const fake = fakeFetch({
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/maslikhats/2': () => json(200, view),
      'POST /api/v1/maslikhats/2/imports/coverage': () =>
        json(422, {
          dry_run: true,
          rows: 1,
          imported: 0,
          errors: [{ line: 2, field: 'okrug_number', reason: 'unknown_okrug' }],
          error: { code: 'invalid_argument', message: 'x', fields: { file: 'invalid' } },
        }),
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<ImportPage />, { route: '/maslikhats/2/import', path: '/maslikhats/:id/import' });

    const text = await screen.findByRole('textbox', { name: 'CSV text' });
    await user.click(text);
    await user.paste(csv);
    await user.click(screen.getByRole('button', { name: 'Check' }));

    const table = await screen.findByRole('table', { name: 'Errors found — nothing was imported' });
    expect(within(table).getByText('The maslikhat has no okrug with this number.')).toBeInTheDocument();
    expect(screen.getByText('Problems: 1 (rows in the file: 1). Correct them and check again.')).toBeInTheDocument();
    const call = fake.calls.find((c) => c.url.includes('/imports/'));
    expect(call?.url).toContain('dry_run=true');
    expect((call?.init.headers as Record<string, string>)['Content-Type']).toMatch(/^text\/csv/);
    expect((call?.init.headers as Record<string, string>)['X-CSRF-Token']).toBe('test-token');
    expect(call?.init.body).toBe(csv);
  });

  it('imports deputies with dry_run=false and says how many rows were saved', async () => {
    const fake = fakeFetch({
      'GET /api/v1/me': () => json(200, me),
      'GET /api/v1/maslikhats/2': () => json(200, view),
      'POST /api/v1/maslikhats/2/imports/deputies': () => json(200, { dry_run: false, rows: 3, imported: 3, errors: [] }),
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<ImportPage />, { route: '/maslikhats/2/import', path: '/maslikhats/:id/import' });

    await user.click(await screen.findByRole('radio', { name: 'Deputies' }));
    expect(screen.getByText(/full_name_ru,full_name_kk,mandate_type/)).toBeInTheDocument();
    await user.click(screen.getByRole('textbox', { name: 'CSV text' }));
    await user.paste('full_name_ru,full_name_kk,mandate_type,okrug_number,party_ru,party_kk,email,phone\n');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported rows: 3.')).toBeInTheDocument();
    expect(fake.calls.find((c) => c.url.includes('/imports/deputies'))?.url).toContain('dry_run=false');
  });

  it('tells people who cannot edit the maslikhat that only its staff can import', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/me': () => json(200, { ...me, roles: [], is_staff: false }),
        'GET /api/v1/maslikhats/2': () => json(200, { ...view, can_edit: false }),
      }).fn,
    );
    renderWithProviders(<ImportPage />, { route: '/maslikhats/2/import', path: '/maslikhats/:id/import' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Only the staff of this maslikhat can import data.');
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
  });
});
