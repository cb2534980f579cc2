import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { FiledTalon } from './FiledTalon';
import { testAppeal } from './test_appeal';

const appeal = {
  ...testAppeal({ status: 'not_considered' }),
  talon: { number: '2-2026-00007', registered_on: '2026-11-30', received_at: '2026-11-28T06:38:24.108Z', due_on: '2099-12-21' },
};
const addressee = { kind: 'deputy', deputyId: 1, maslikhatId: 2, label: 'Бекова Айгүл' } as const;

describe('FiledTalon', () => {
  it('announces the registration, focuses the talon and links the appeal and the list', () => {
    renderWithProviders(
      <FiledTalon appeal={appeal} addressee={addressee} email="a@example.kz" listLabel="My appeals" onAnother={() => {}} />,
    );
    expect(screen.getByText('Your appeal is registered.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Appeal receipt (talon)' })).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Appeal receipt (talon)' })).toHaveTextContent('AddresseeБекова Айгүл');
    expect(screen.getByText('A copy of the talon was e-mailed to a@example.kz.')).toBeInTheDocument();
    expect(screen.getByText(/will not be considered/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the appeal' })).toHaveAttribute('href', '/appeals/7');
    expect(screen.getByRole('link', { name: 'My appeals' })).toHaveAttribute('href', '/appeals');
  });

  it('starts another appeal', async () => {
    const onAnother = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(
      <FiledTalon appeal={appeal} addressee={addressee} email={null} listLabel="Back" onAnother={onAnother} />,
    );
    await user.click(screen.getByRole('button', { name: 'Another appeal' }));
    expect(onAnother).toHaveBeenCalledTimes(1);
  });
});
