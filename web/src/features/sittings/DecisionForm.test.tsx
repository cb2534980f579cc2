// The decision form: votes by name make the counts (shown, not typed), the act is picked from the
// registry, and a status the vote does not allow comes back from the server as words next to it.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { stubDocumentFonts } from '../appeals/test_appeal';
import { DecisionForm } from './DecisionForm';
import { testSitting } from './test_data';

const sitting = testSitting();

const acts = {
  items: [{ id: 5, maslikhat_id: 3, number: '14/1-VIII', adopted_on: '2026-12-10', title_kk: 'Бюджет туралы', title_ru: 'О бюджете', status: 'in_force' }],
  next_cursor: null,
};

// Mantine's autosize text areas wait for document.fonts, which jsdom lacks.
stubDocumentFonts();

beforeEach(() => {
  document.cookie = 'kenes_csrf=test-token';
});

describe('DecisionForm', () => {
  it('takes the vote by name, links the act and shows why the server refused the status', async () => {
    const bodies: unknown[] = [];
    const fake = fakeFetch({
      'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
      'GET /api/v1/public/acts': () => json(200, acts),
      'POST /api/v1/sittings/7/decisions': (init) => {
        bodies.push(JSON.parse(String(init.body)));
        return json(422, { error: { code: 'invalid_argument', message: 'x', fields: { status: 'no_majority' } } });
      },
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<DecisionForm sitting={sitting} />);

    await user.type(screen.getByRole('textbox', { name: /^Decision number/ }), '14/1-VIII');
    await user.type(screen.getByRole('textbox', { name: /^In Kazakh/ }), 'Бюджет туралы');
    await user.type(screen.getByRole('textbox', { name: /^In Russian/ }), 'О бюджете');
    await user.type(screen.getByRole('textbox', { name: 'Text in Russian' }), '1. Утвердить.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vote of Ахметов Ерлан' }), 'for');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vote of Серикова Айгуль' }), 'against');
    // The counts follow the names and cannot be typed over.
    const against = screen.getByRole('textbox', { name: 'Against' });
    expect(against).toHaveValue('1');
    expect(against).toHaveAttribute('readonly');
    expect(screen.getByRole('textbox', { name: 'For' })).toHaveValue('1');
    const act = screen.getByRole('combobox', { name: 'The act it makes or changes' });
    await screen.findByRole('option', { name: /№ 14\/1-VIII — О бюджете/ });
    await user.selectOptions(act, '5');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Status/ }), 'adopted');
    await user.click(screen.getByRole('button', { name: 'Save the decision' }));

    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({
      number: '14/1-VIII',
      title_kk: 'Бюджет туралы',
      title_ru: 'О бюджете',
      text_kk: '',
      text_ru: '1. Утвердить.',
      agenda_item_id: null,
      act_id: 5,
      status: 'adopted',
      by_name: [
        { deputy_id: 21, vote: 'for' },
        { deputy_id: 22, vote: 'against' },
      ],
    });
    expect(await screen.findByText('Without a majority of the elected deputies for, the decision is not adopted.')).toBeInTheDocument();
  });
});
