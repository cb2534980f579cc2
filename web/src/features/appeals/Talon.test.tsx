import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n/i18n';
import { renderWithProviders } from '../../test/render';
import { Talon } from './Talon';

const talon = {
  number: '2-2026-00017',
  registered_on: '2026-03-26',
  // 18:30:00 local time on Friday 20 March (after hours): registered on Thursday 26 March.
  received_at: '2026-03-20T13:30:00Z',
  due_on: '2026-04-16',
};

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('Talon', () => {
  it('shows the number, the dates in Kazakhstan time, the addressee and the e-mailed copy', () => {
    renderWithProviders(
      <Talon talon={talon} subject="Road repair" addressee="Бекова Айгүл" email="a@example.kz" />,
    );
    const region = screen.getByRole('region', { name: 'Appeal receipt (talon)' });
    expect(region).toHaveClass('appeal-talon');
    expect(screen.getByTestId('talon-number')).toHaveTextContent('2-2026-00017');
    expect(region).toHaveTextContent('Registration date03/26/2026');
    expect(region).toHaveTextContent(/Received at \(Kazakhstan time\)03\/20\/2026, 18:30/);
    expect(region).toHaveTextContent('Answer due by04/16/2026');
    expect(region).toHaveTextContent('AddresseeБекова Айгүл');
    expect(region).toHaveTextContent('SubjectRoad repair');
    expect(screen.getByText('A copy of the talon was e-mailed to a@example.kz.')).toBeInTheDocument();
    expect(screen.queryByText(/will not be considered/)).not.toBeInTheDocument();
  });

  it('prints with the browser and says when no copy was sent', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = userEvent.setup();
    renderWithProviders(<Talon talon={talon} subject="S" addressee="M" email={null} notConsidered />);
    expect(screen.getByText('No e-mail was given, so no copy was sent. Keep the talon number.')).toBeInTheDocument();
    expect(screen.getByText(/will not be considered/)).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Print' });
    expect(button.closest('.no-print')).not.toBeNull();
    await user.click(button);
    expect(print).toHaveBeenCalledOnce();
  });

  it('speaks Kazakh with day-first dates', async () => {
    await i18n.changeLanguage('kk');
    renderWithProviders(<Talon talon={talon} subject="S" addressee="M" email="a@example.kz" />);
    const region = screen.getByRole('region', { name: 'Өтінішті қабылдау туралы талон' });
    expect(region).toHaveTextContent('Талон нөмірі2-2026-00017');
    expect(region).toHaveTextContent('Жауап беру мерзімі16.04.2026');
    expect(region).toHaveTextContent('20.03.2026 18:30');
    expect(screen.getByRole('button', { name: 'Басып шығару' })).toBeInTheDocument();
  });
});
