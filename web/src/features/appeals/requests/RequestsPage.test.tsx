import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../../test/render';
import { stubDocumentFonts } from '../test_appeal';
import type { DeputyRequest } from '../types';
import { RequestList } from './RequestsPage';

stubDocumentFonts();

function request(patch: Partial<DeputyRequest>): DeputyRequest {
  return {
    id: 1,
    appeal_id: 7,
    maslikhat_id: 2,
    body_id: 3,
    text: 'Жолды жөндеу мерзімін хабарлаңыз.',
    sent_on: '2026-11-28',
    due_on: '2026-12-18',
    status: 'sent',
    answer_text: null,
    answered_at: null,
    ...patch,
  };
}

const kBodies = { items: [{ id: 3, maslikhat_id: 2, name_kk: 'Қала әкімдігі', name_ru: 'Акимат города' }] };

describe('liaison requests', () => {
  it('lists the requests with their text; answered ones show the answer, open ones a form', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/executive-bodies': () => json(200, kBodies),
        'GET /api/v1/deputy-requests': () =>
          json(200, {
            items: [
              request({ id: 1 }),
              request({ id: 2, status: 'answered', answer_text: 'Көктемде жөнделеді.', answered_at: '2026-11-30T05:00:00Z' }),
            ],
          }),
      }).fn,
    );
    renderWithProviders(<RequestList />);
    const cards = await screen.findAllByTestId('deputy-request');
    expect(cards).toHaveLength(2);
    const [open, answered] = cards as [HTMLElement, HTMLElement];
    expect(await within(open).findByRole('heading', { name: 'Request to Акимат города' })).toBeInTheDocument();
    expect(within(open).getByText('Жолды жөндеу мерзімін хабарлаңыз.')).toBeInTheDocument();
    expect(within(open).getByText('Awaiting an answer')).toBeInTheDocument();
    expect(within(open).getByRole('textbox', { name: /Your answer/ })).toBeInTheDocument();
    expect(within(answered).getByText('Answered')).toBeInTheDocument();
    expect(within(answered).getByTestId('deputy-request-answer')).toHaveTextContent('Көктемде жөнделеді.');
    expect(within(answered).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('checks the answer, then sends it', { timeout: 30_000 }, async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
        'GET /api/v1/executive-bodies': () => json(200, kBodies),
        'GET /api/v1/deputy-requests': () => json(200, { items: [request({})] }),
        'POST /api/v1/deputy-requests/1/answer': (init) => {
          bodies.push(JSON.parse(String(init.body)));
          return json(200, request({ status: 'answered', answer_text: 'Жөнделеді.' }));
        },
      }).fn,
    );
    const user = userEvent.setup();
    renderWithProviders(<RequestList />);
    await user.click(await screen.findByRole('button', { name: 'Send the answer' }));
    const text = screen.getByRole('textbox', { name: /Your answer/ });
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(bodies).toHaveLength(0);
    await user.type(text, 'Жөнделеді.');
    await user.click(screen.getByRole('button', { name: 'Send the answer' }));
    await waitFor(() => expect(bodies).toEqual([{ text: 'Жөнделеді.' }]));
  });
});
