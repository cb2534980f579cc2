import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../../test/render';
import { okrugFixture } from '../test_fixtures';
import { OkrugForm, okrugProblems } from './OkrugForm';

beforeEach(() => {
  document.cookie = 'kenes_csrf=test-token';
});

const kBlank = { number: '', name_kk: '', name_ru: '', center_kk: '', center_ru: '' };

describe('okrugProblems', () => {
  it('needs a number 1–1000 and both names', () => {
    expect(okrugProblems(kBlank)).toEqual({ number: 'required', name_kk: 'required', name_ru: 'required' });
    expect(okrugProblems({ ...kBlank, number: '0', name_kk: 'a', name_ru: 'b' })).toEqual({ number: 'invalid' });
    expect(okrugProblems({ ...kBlank, number: '1001', name_kk: 'a', name_ru: 'b' })).toEqual({ number: 'invalid' });
    expect(okrugProblems({ ...kBlank, number: '26', name_kk: 'a', name_ru: 'b' })).toEqual({});
  });
});

describe('OkrugForm', () => {
  it('shows the local problems next to the fields and sends nothing', async () => {
    const fake = fakeFetch({});
    vi.stubGlobal('fetch', fake.fn);
    renderWithProviders(<OkrugForm mode="create" maslikhatId={2} onDone={() => undefined} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Add the okrug' }));
    expect(screen.getByRole('textbox', { name: /Okrug number/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByText('Fill in this field.')).toHaveLength(3);
    expect(fake.calls).toEqual([]);
  });

  it('posts the okrug and answers it', async () => {
    const created = okrugFixture({ id: 40, number: 26 });
    const fake = fakeFetch({ 'POST /api/v1/maslikhats/2/okrugs': () => json(201, created) });
    vi.stubGlobal('fetch', fake.fn);
    const onDone = vi.fn();
    renderWithProviders(<OkrugForm mode="create" maslikhatId={2} onDone={onDone} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /Okrug number/ }), '26');
    await user.type(screen.getByRole('textbox', { name: /Okrug name in Kazakh/ }), ' №26 сайлау округі ');
    await user.type(screen.getByRole('textbox', { name: /Okrug name in Russian/ }), 'Избирательный округ №26');
    await user.type(screen.getByRole('textbox', { name: 'Centre in Kazakh' }), 'Көкшетау');
    await user.click(screen.getByRole('button', { name: 'Add the okrug' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(created));
    const call = fake.calls.find((c) => c.url.endsWith('/okrugs'));
    expect(JSON.parse(String(call?.init.body))).toEqual({
      number: 26,
      name_kk: '№26 сайлау округі',
      name_ru: 'Избирательный округ №26',
      center_kk: 'Көкшетау',
      center_ru: '',
    });
  });

  it('shows a taken number next to the number field', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'PATCH /api/v1/okrugs/1': () =>
          json(409, { error: { code: 'already_exists', message: 'x', fields: { number: 'taken' } } }),
      }).fn,
    );
    renderWithProviders(<OkrugForm mode="edit" okrug={okrugFixture()} onDone={() => undefined} />);
    const user = userEvent.setup();
    const number = screen.getByRole('textbox', { name: /Okrug number/ });
    await user.clear(number);
    await user.type(number, '2');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('This maslikhat already has an okrug with this number.')).toBeInTheDocument();
  });
});
