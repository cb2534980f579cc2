// An act's links to other acts: each from this act's side in words; staff link another act of the
// registry and remove a wrong link.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { ActLinks } from './ActLinks';
import type { ActDetail, ActSummary } from './hooks';

function summary(id: number, number: string, title: string, status: ActSummary['status']): ActSummary {
  return {
    id,
    maslikhat_id: 3,
    number,
    adopted_on: '2024-03-02',
    title_kk: title,
    title_ru: title,
    registration_number: '',
    registered_on: null,
    published_on: null,
    publication_source: '',
    force_delay_days: 10,
    in_force_on: null,
    in_force_on_set: null,
    last_edition_on: null,
    status,
    adilet_url: '',
    updated_at: '2026-12-01T00:00:00Z',
  };
}

const act: ActDetail = {
  ...summary(1, '10', 'On the rules of improvement', 'amended'),
  text_kk: '',
  text_ru: '',
  note: '',
  editions: [],
  links: [{ id: 40, relation: 'amended_by', act: summary(2, '20', 'Amending the rules', 'in_force') }],
};

beforeEach(() => {
  document.cookie = 'kenes_csrf=test-token';
});

describe('ActLinks', () => {
  it('shows a link from this act’s side; staff add one and remove one', async () => {
    const calls: { method: string; body: unknown }[] = [];
    const fake = fakeFetch({
      'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
      'GET /api/v1/public/acts': () => json(200, { items: [summary(2, '20', 'Amending the rules', 'in_force'), summary(3, '30', 'Repealing the rules', 'in_force')], next_cursor: null }),
      'POST /api/v1/acts/1/links': (init) => {
        calls.push({ method: 'POST', body: JSON.parse(String(init.body)) });
        return json(201, { ...act, status: 'repealed' });
      },
      'DELETE /api/v1/acts/1/links/40': () => {
        calls.push({ method: 'DELETE', body: null });
        return json(200, { ...act, links: [] });
      },
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<ActLinks act={act} mayEdit />);

    const item = screen.getByTestId('act-link');
    expect(item).toHaveTextContent('Amended by');
    expect(item).toHaveTextContent('Amending the rules');
    expect(screen.getByRole('link', { name: /^No\. 20 of .+: Amending the rules$/ })).toHaveAttribute('href', '/acts/2');

    await user.selectOptions(screen.getByRole('combobox', { name: 'How it is linked' }), 'repealed_by');
    await screen.findByRole('option', { name: /№ 30/ });
    expect(screen.queryByRole('option', { name: /№ 10,/ })).toBeNull(); // not the act itself
    await user.selectOptions(screen.getByRole('combobox', { name: 'The other act' }), '3');
    await user.click(screen.getByRole('button', { name: 'Add a link' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({ method: 'POST', body: { relation: 'repealed_by', act_id: 3 } });

    await user.click(screen.getByRole('button', { name: 'Remove the link to act No. 20' }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]?.method).toBe('DELETE');
  });
});
