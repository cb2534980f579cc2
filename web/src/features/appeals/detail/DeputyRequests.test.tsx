import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../../test/render';
import { stubDocumentFonts, testAppeal } from '../test_appeal';
import type { AppealStatus } from '../types';
import { DeputyRequests } from './DeputyRequests';

stubDocumentFonts();

function serve(bodies: { id: number; maslikhat_id: number | null; name_kk: string; name_ru: string }[]) {
  vi.stubGlobal(
    'fetch',
    fakeFetch({
      'GET /api/v1/deputy-requests': () => json(200, { items: [] }),
      'GET /api/v1/executive-bodies': () => json(200, { items: bodies }),
    }).fn,
  );
}

const kAkimat = { id: 3, maslikhat_id: 2, name_kk: 'Қала әкімдігі', name_ru: 'Акимат города' };

function renderFor(status: AppealStatus) {
  return renderWithProviders(<DeputyRequests appeal={testAppeal({ access: 'deputy', status })} />);
}

describe('DeputyRequests', () => {
  it('offers the form while the appeal is in work and there is a body to write to', async () => {
    serve([kAkimat]);
    renderFor('in_consideration');
    expect(await screen.findByRole('button', { name: 'Send the request' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Акимат города' })).toBeInTheDocument();
  });

  it('says in one line why there is no form when no executive body exists yet', async () => {
    serve([{ ...kAkimat, maslikhat_id: 9 }]);
    renderFor('in_consideration');
    expect(await screen.findByText('A new request cannot be sent yet: no executive bodies have been added.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send the request' })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('says in one line why there is no form once the appeal is answered', async () => {
    serve([kAkimat]);
    renderFor('answered');
    expect(await screen.findByText('No new request can be sent: the appeal’s status is “Answered”.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send the request' })).toBeNull();
  });
});
