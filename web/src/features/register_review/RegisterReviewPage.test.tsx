import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { stubDocumentFonts } from '../appeals/test_appeal';
import { kTestMe } from '../notifications/test_server';
import type { RegisterEntry } from './hooks';
import { RegisterReviewPage } from './RegisterReviewPage';

stubDocumentFonts();

const kStaff = {
  ...kTestMe,
  is_staff: true,
  roles: [{ id: 9, role: 'staff', scope_type: 'maslikhat', scope_id: 3, granted_at: '2026-01-01T00:00:00Z' }],
};

const kDraft: RegisterEntry = {
  appeal_id: 21,
  maslikhat_id: 3,
  number: '3-2026-00021',
  type: 'complaint',
  category: '',
  registered_on: '2026-11-02',
  state: 'draft',
  subject: 'Жалоба ***, ул. ***',
  answer_text: 'Уважаемый ***, яму заделали.',
  reviewed_at: null,
};

describe('RegisterReviewPage', () => {
  it('shows the masked draft, saves an edit and publishes it', async () => {
    let entry = kDraft;
    const fake = fakeFetch({
      'GET /api/v1/me': () => json(200, kStaff),
      'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
      // The page asks for drafts: an approved entry leaves that list.
      'GET /api/v1/maslikhats/3/register-entries': () =>
        json(200, { items: entry.state === 'draft' ? [entry] : [], next_cursor: null }),
      'PATCH /api/v1/register-entries/21': () => {
        entry = { ...entry, subject: 'Жалоба на яму' };
        return json(200, entry);
      },
      'POST /api/v1/register-entries/21/approve': () => {
        entry = { ...entry, state: 'approved' };
        return json(200, entry);
      },
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<RegisterReviewPage />);
    const card = await screen.findByTestId('register-entry');
    expect(card).toHaveTextContent('3-2026-00021: Жалоба ***, ул. ***');
    expect(card).toHaveTextContent('Уважаемый ***, яму заделали.');
    await user.click(within(card).getByRole('button', { name: 'Edit' }));
    const subject = screen.getByRole('textbox', { name: /Subject/ });
    await user.clear(subject);
    await user.type(subject, 'Жалоба на яму');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('register-entry')).toHaveTextContent('Жалоба на яму'));
    const patch = fake.calls.find((c) => c.url.endsWith('/api/v1/register-entries/21'));
    expect(JSON.parse(String(patch?.init.body))).toEqual({ subject: 'Жалоба на яму', answer_text: 'Уважаемый ***, яму заделали.' });
    await user.click(within(screen.getByTestId('register-entry')).getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('No entries to review.'));
  });

  it('tells someone who is not staff that the review is not for them', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/v1/me': () => json(200, kTestMe) }).fn);
    renderWithProviders(<RegisterReviewPage />);
    expect(await screen.findByText("Only the maslikhat's staff review the register.")).toBeInTheDocument();
  });
});
