import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../../test/render';
import { deputyFixture, okrugFixture } from '../test_fixtures';
import { DeputyCreateForm, deputyBody, deputyProblems, kEmptyDeputy } from './DeputyCreateForm';

beforeAll(() => {
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

const okrugs = [okrugFixture({ id: 5, number: 2, name_ru: 'Округ №2' }), okrugFixture({ id: 9, number: 26, name_ru: 'Округ №26' })];

describe('deputy draft', () => {
  it('needs names, and an okrug for a single-mandate seat', () => {
    expect(deputyProblems(kEmptyDeputy)).toEqual({ full_name_kk: 'required', full_name_ru: 'required', okrug_id: 'required' });
    expect(deputyProblems({ ...kEmptyDeputy, full_name_kk: 'a', full_name_ru: 'b', mandate_type: 'party_list' })).toEqual({});
    expect(
      deputyProblems({ ...kEmptyDeputy, full_name_kk: 'a', full_name_ru: 'b', okrug_id: '9', email: 'nope' }),
    ).toEqual({ email: 'invalid_format' });
  });

  it('sends no okrug for a party-list deputy', () => {
    expect(deputyBody({ ...kEmptyDeputy, mandate_type: 'party_list', okrug_id: '9' }).okrug_id).toBeNull();
    expect(deputyBody({ ...kEmptyDeputy, okrug_id: '9' }).okrug_id).toBe(9);
  });
});

describe('DeputyCreateForm', () => {
  it('posts the deputy with the chosen okrug and answers the created deputy', async () => {
    const created = deputyFixture({ id: 77, okrug_id: 9 });
    const fake = fakeFetch({ 'POST /api/v1/maslikhats/2/deputies': () => json(201, created) });
    vi.stubGlobal('fetch', fake.fn);
    const onDone = vi.fn();
    renderWithProviders(<DeputyCreateForm maslikhatId={2} okrugs={okrugs} onDone={onDone} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add the deputy' }));
    expect(screen.getAllByText('Fill in this field.')).toHaveLength(3);
    expect(fake.calls).toEqual([]);

    await user.type(screen.getByRole('textbox', { name: /Full name in Kazakh/ }), 'Сәрсенов Ерлан');
    await user.type(screen.getByRole('textbox', { name: /Full name in Russian/ }), 'Сарсенов Ерлан');
    await user.selectOptions(screen.getByRole('combobox', { name: /Electoral okrug/ }), '9');
    await user.type(screen.getByRole('textbox', { name: 'Public e-mail' }), 'erlan@example.kz');
    await user.click(screen.getByRole('checkbox', { name: /Published/ }));
    await user.click(screen.getByRole('button', { name: 'Add the deputy' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(created));
    const call = fake.calls.find((c) => c.url.endsWith('/deputies'));
    expect(JSON.parse(String(call?.init.body))).toEqual({
      full_name_kk: 'Сәрсенов Ерлан',
      full_name_ru: 'Сарсенов Ерлан',
      mandate_type: 'single_mandate',
      okrug_id: 9,
      party_kk: '',
      party_ru: '',
      email: 'erlan@example.kz',
      phone: '',
      bio_kk: '',
      bio_ru: '',
      published: false,
    });
  }, 30_000); // typing into many fields is slow on a busy machine

  it('hides the okrug for a party-list deputy and shows server field errors', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/maslikhats/2/deputies': () =>
          json(422, { error: { code: 'invalid_argument', message: 'x', fields: { full_name_ru: 'too_long' } } }),
      }).fn,
    );
    renderWithProviders(<DeputyCreateForm maslikhatId={2} okrugs={okrugs} onDone={() => undefined} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mandate' }), 'party_list');
    expect(screen.queryByRole('combobox', { name: /Electoral okrug/ })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Full name in Kazakh/ }), 'А');
    await user.type(screen.getByRole('textbox', { name: /Full name in Russian/ }), 'Б');
    await user.click(screen.getByRole('button', { name: 'Add the deputy' }));
    expect(await screen.findByText('Too long.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Full name in Russian/ })).toHaveAttribute('aria-invalid', 'true');
  }, 30_000);
});
