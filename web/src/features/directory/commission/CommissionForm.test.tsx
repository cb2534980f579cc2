import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../../test/render';
import type { Commission } from '../directory_types';
import { CommissionForm, commissionBody, commissionProblems } from './CommissionForm';

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

const commission: Commission = {
  id: 4,
  maslikhat_id: 2,
  kind: 'standing',
  name_kk: 'Бюджет комиссиясы',
  name_ru: 'Комиссия по бюджету',
  remit_kk: '',
  remit_ru: '',
  period_from: '2023-04-01',
  period_to: null,
  chair_deputy_id: null,
  members: [],
};
const kDraft = {
  kind: 'standing' as const,
  name_kk: 'а',
  name_ru: 'б',
  remit_kk: '',
  remit_ru: '',
  period_from: '',
  period_to: '',
};

describe('commission draft', () => {
  it('needs both names and real dates in order', () => {
    expect(commissionProblems({ ...kDraft, name_kk: ' ', name_ru: '' })).toEqual({ name_kk: 'required', name_ru: 'required' });
    expect(commissionProblems({ ...kDraft, period_from: '2024-13-45' })).toEqual({ period_from: 'invalid' });
    expect(commissionProblems({ ...kDraft, period_from: '2024-05-01', period_to: '2024-04-01' })).toEqual({
      period_to: 'invalid',
    });
    expect(commissionProblems({ ...kDraft, period_from: '2024-05-01' })).toEqual({});
  });

  it('sends empty dates as null', () => {
    expect(commissionBody(kDraft)).toMatchObject({ period_from: null, period_to: null });
  });
});

describe('CommissionForm', () => {
  it('creates a temporary commission with its remit and term', async () => {
    const fake = fakeFetch({
      'POST /api/v1/maslikhats/2/commissions': () => json(201, { ...commission, id: 12, kind: 'temporary' }),
    });
    vi.stubGlobal('fetch', fake.fn);
    const onDone = vi.fn();
    renderWithProviders(<CommissionForm mode="create" maslikhatId={2} onDone={onDone} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'temporary');
    await user.type(screen.getByRole('textbox', { name: /Name in Kazakh/ }), 'Уақытша комиссия');
    await user.type(screen.getByRole('textbox', { name: /Name in Russian/ }), 'Временная комиссия');
    await user.type(screen.getByRole('textbox', { name: 'Remit in Russian' }), 'Проверка');
    await user.type(screen.getByLabelText(/Works from/), '2026-01-15');
    await user.click(screen.getByRole('button', { name: 'Add the commission' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    const call = fake.calls.find((c) => c.url.endsWith('/commissions'));
    expect(JSON.parse(String(call?.init.body))).toEqual({
      kind: 'temporary',
      name_kk: 'Уақытша комиссия',
      name_ru: 'Временная комиссия',
      remit_kk: '',
      remit_ru: 'Проверка',
      period_from: '2026-01-15',
      period_to: null,
    });
  });

  it('patches an existing commission and shows a server reason next to the field', async () => {
    const fake = fakeFetch({
      'PATCH /api/v1/commissions/4': () =>
        json(422, { error: { code: 'invalid_argument', message: 'x', fields: { period_from: 'invalid' } } }),
    });
    vi.stubGlobal('fetch', fake.fn);
    renderWithProviders(<CommissionForm mode="edit" commission={commission} onDone={() => undefined} />);
    const user = userEvent.setup();
    expect(screen.getByRole('textbox', { name: /Name in Russian/ })).toHaveValue('Комиссия по бюджету');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The value is not right.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Works from/)).toHaveAttribute('aria-invalid', 'true');
    expect(JSON.parse(String(fake.calls[fake.calls.length - 1]?.init.body))).toMatchObject({
      period_from: '2023-04-01',
      period_to: null,
    });
  });
});
