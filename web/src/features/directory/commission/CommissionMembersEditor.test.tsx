import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../../test/render';
import { deputyFixture } from '../test_fixtures';
import { CommissionMembersEditor, membersBody } from './CommissionMembersEditor';

beforeEach(() => {
  document.cookie = 'kenes_csrf=test-token';
});

const deputies = [
  deputyFixture({ id: 1, full_name_ru: 'Бекова Айгуль' }),
  deputyFixture({ id: 2, full_name_ru: 'Исаев Ерлан' }),
  deputyFixture({ id: 3, full_name_ru: 'Омаров Данияр' }),
];

describe('membersBody', () => {
  it('keeps the list order and gives the chair its role', () => {
    expect(membersBody(deputies, [3, 1], 3)).toEqual([
      { deputy_id: 1, role: 'member' },
      { deputy_id: 3, role: 'chair' },
    ]);
    expect(membersBody(deputies, [2], null)).toEqual([{ deputy_id: 2, role: 'member' }]);
  });
});

describe('CommissionMembersEditor', () => {
  it('puts the chosen members and one chair', async () => {
    const fake = fakeFetch({ 'PUT /api/v1/commissions/4/members': () => json(200, {}) });
    vi.stubGlobal('fetch', fake.fn);
    const onDone = vi.fn();
    renderWithProviders(
      <CommissionMembersEditor
        commissionId={4}
        members={[{ deputy_id: 1, role: 'chair' }]}
        deputies={deputies}
        onDone={onDone}
      />,
    );
    const user = userEvent.setup();
    expect(screen.getByRole('checkbox', { name: 'Бекова Айгуль' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Chair of the commission' })).toHaveValue('1');
    await user.click(screen.getByRole('checkbox', { name: 'Исаев Ерлан' }));
    await user.click(screen.getByRole('checkbox', { name: 'Омаров Данияр' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Chair of the commission' }), '3');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
    const call = fake.calls.find((c) => c.url.endsWith('/members'));
    expect(call?.init.method).toBe('PUT');
    expect(JSON.parse(String(call?.init.body))).toEqual({
      members: [
        { deputy_id: 1, role: 'member' },
        { deputy_id: 2, role: 'member' },
        { deputy_id: 3, role: 'chair' },
      ],
    });
  });

  it('drops the chair when that deputy is unchecked', async () => {
    const fake = fakeFetch({ 'PUT /api/v1/commissions/4/members': () => json(200, {}) });
    vi.stubGlobal('fetch', fake.fn);
    renderWithProviders(
      <CommissionMembersEditor
        commissionId={4}
        members={[
          { deputy_id: 1, role: 'chair' },
          { deputy_id: 2, role: 'member' },
        ]}
        deputies={deputies}
        onDone={() => undefined}
      />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Бекова Айгуль' }));
    expect(screen.getByRole('combobox', { name: 'Chair of the commission' })).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(fake.calls.length).toBeGreaterThan(0));
    const call = fake.calls.find((c) => c.url.endsWith('/members'));
    expect(JSON.parse(String(call?.init.body))).toEqual({ members: [{ deputy_id: 2, role: 'member' }] });
  });

  it('shows the server error', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'PUT /api/v1/commissions/4/members': () =>
          json(422, { error: { code: 'invalid_argument', message: 'x', fields: { members: 'invalid' } } }),
      }).fn,
    );
    renderWithProviders(
      <CommissionMembersEditor commissionId={4} members={[]} deputies={deputies} onDone={() => undefined} />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The value is not right.')).toBeInTheDocument();
  });
});
