// The item form: what staff fill in becomes the body, the sitting picked from the maslikhat's
// sittings; a link the server refuses comes back as words next to the field.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { stubDocumentFonts } from '../appeals/test_appeal';
import { ItemForm } from './ItemForm';
import { testPlan } from './test_data';

stubDocumentFonts();

beforeEach(() => {
  document.cookie = 'kenes_csrf=test-token';
});

const sitting = {
  id: 7, maslikhat_id: 3, convocation: 8, number: 14, kind: 'regular', closed: false, held_on: '2026-11-17', starts_at: '10:00',
  place: 'Зал', broadcast_url: '', video_url: '', announced_on: '2026-11-01', elected_deputies: 2, quorum_num: 2, quorum_den: 3,
  quorum_more_than: false, announcement_post_id: null, results_post_id: null, commission_id: null, commission: null,
};

describe('ItemForm', () => {
  it('sends the item with its quarter, status and sitting, and shows why a link was refused', async () => {
    const bodies: unknown[] = [];
    const fake = fakeFetch({
      'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
      'GET /api/v1/public/acts': () => json(200, { items: [], next_cursor: null }),
      'GET /api/v1/public/sittings': () => json(200, { items: [sitting] }),
      'GET /api/v1/deputies': () => json(200, { items: [], next_cursor: null }),
      'POST /api/v1/work-plans/40/items': (init) => {
        bodies.push(JSON.parse(String(init.body)));
        return json(422, { error: { code: 'invalid_argument', message: 'x', fields: { sitting_id: 'other_maslikhat' } } });
      },
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<ItemForm plan={testPlan({ can_edit: true })} />);

    // Nothing typed: the required fields say so and nothing is sent.
    await user.click(screen.getByRole('button', { name: 'Add the item' }));
    expect(screen.getAllByText('Fill in this field.')).toHaveLength(3);
    expect(bodies).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: /^Item text in Kazakh/ }), 'Бюджет туралы');
    await user.type(screen.getByRole('textbox', { name: /^Item text in Russian/ }), 'О бюджете');
    await user.type(screen.getByRole('textbox', { name: /^Responsible/ }), 'Секретарь маслихата');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Due quarter' }), '4');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'done');
    await screen.findByRole('option', { name: /^Sitting 14 of/ });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sitting where it was considered' }), '7');
    await user.click(screen.getByRole('button', { name: 'Add the item' }));

    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({
      text_kk: 'Бюджет туралы',
      text_ru: 'О бюджете',
      responsible: 'Секретарь маслихата',
      note: '',
      quarter: 4,
      status: 'done',
      deputy_id: null,
      sitting_id: 7,
      act_id: null,
    });
    expect(await screen.findByText('The sitting belongs to another maslikhat.')).toBeInTheDocument();
  });
});
