import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { kTestMe } from '../notifications/test_server';
import type { MyData } from './hooks';
import { MyDataPage } from './MyDataPage';

const kMe = { ...kTestMe, consent_version: '2026-11-01', consent_required: false };

const kData: MyData = {
  made_at: '2026-11-18T05:00:00Z',
  account: {
    id: 5,
    email: 'citizen@demo.kenes.kz',
    phone: null,
    display_name: 'Азамат',
    language: 'kk',
    iin: null,
    iin_masked: null,
    verified_at: '2026-11-01T05:00:00Z',
    created_at: '2026-11-01T05:00:00Z',
    totp_enabled: false,
    roles: [],
  },
  consents: [{ kind: 'personal_data', version: '2026-11-01', given_at: '2026-11-01T05:00:00Z', withdrawn_at: null }],
  sessions: [{ created_at: '2026-11-18T04:00:00Z', last_seen_at: '2026-11-18T05:00:00Z', expires_at: '2026-11-18T16:00:00Z' }],
  appeals: [],
  bookings: [],
  notifications: [],
  kept_on_deletion: [{ appeal_id: 7, number: '2-2026-00007', status: 'registered', reason: 'in_consideration', keep_until: null }],
};

describe('MyDataPage', () => {
  it('shows what is held and what deletion keeps, and deletes only after the login is typed', async () => {
    const fake = fakeFetch({
      'GET /api/v1/me': () => json(200, kMe),
      'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
      'GET /api/v1/me/data': () => json(200, kData),
      'POST /api/v1/me/delete': () => json(200, { kept: kData.kept_on_deletion, bookings_cancelled: 0 }),
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<MyDataPage />);
    expect(await screen.findByText('Name: Азамат')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download (JSON)' })).toHaveAttribute('href', '/api/v1/me/data?download=true');
    expect(screen.getByTestId('privacy-kept')).toHaveTextContent('2-2026-00007: in consideration');
    const confirm = screen.getByRole('button', { name: 'Delete the account' });
    expect(confirm).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: /type your login/ }), 'Citizen@demo.kenes.kz');
    await user.click(confirm);
    await waitFor(() => expect(screen.getByTestId('privacy-deleted')).toHaveTextContent('the answer must be sent to you'));
    const post = fake.calls.find((c) => c.url.endsWith('/api/v1/me/delete'));
    expect(JSON.parse(String(post?.init.body))).toEqual({ confirm: 'Citizen@demo.kenes.kz' });
  });
});
