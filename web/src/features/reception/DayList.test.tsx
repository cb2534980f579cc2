import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { stubDocumentFonts } from '../appeals/test_appeal';
import { DayList } from './DayList';
import { testBooking } from './test_data';

stubDocumentFonts();

const kBooked = testBooking();
const kWaiting = testBooking({ id: 41, slot: null, status: 'waitlisted', name: 'Гүлнар Ахметова', phone: '', topic: 'Двор' });
const kCame = testBooking({ id: 42, slot: '10:40', status: 'checked_in', name: 'Ерлан Сапаров', topic: 'Дорога', matter: 'Яма на дороге' });

function rows() {
  return within(screen.getByRole('list', { name: 'People booked for the reception' })).getAllByTestId('day-row');
}

describe('DayList', () => {
  it('shows slot, name, phone, topic and the status in words', () => {
    renderWithProviders(<DayList items={[kBooked, kCame, kWaiting]} canAct />);
    const [booked, came, waiting] = rows();
    expect(booked).toHaveTextContent('10:20 — Азамат Нұров');
    expect(within(booked!).getByRole('link', { name: '+77011234567' })).toHaveAttribute('href', 'tel:+77011234567');
    expect(booked).toHaveTextContent('Topic: Освещение во дворе');
    expect(booked).toHaveTextContent('Booked');
    expect(came).toHaveTextContent('Came to the reception');
    expect(waiting).toHaveTextContent('On the waitlist');
    expect(waiting).not.toHaveTextContent('booked');
    // The waitlist has no visit buttons; a booked person has both, one who came can have an appeal.
    expect(within(waiting!).queryByRole('button')).not.toBeInTheDocument();
    expect(within(booked!).getByRole('button', { name: 'Came' })).toBeInTheDocument();
    expect(within(booked!).getByRole('button', { name: 'Did not come' })).toBeInTheDocument();
    expect(within(came!).getByRole('button', { name: 'Register an appeal' })).toBeInTheDocument();
  });

  it('marks «came» and «did not come»', async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
        'POST /api/v1/reception-bookings/40/visit': (init) => {
          bodies.push(JSON.parse(String(init.body)));
          return json(200, { ...kBooked, status: 'checked_in' });
        },
      }).fn,
    );
    const user = userEvent.setup();
    renderWithProviders(<DayList items={[kBooked]} canAct />);
    await user.click(screen.getByRole('button', { name: 'Came' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({ attended: true, matter: '', promised: '' });
    await user.click(screen.getByRole('button', { name: 'Did not come' }));
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).toMatchObject({ attended: false });
  });

  it('registers an appeal from the visit and links its talon number', async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
        'POST /api/v1/reception-bookings/42/appeal': (init) => {
          bodies.push(JSON.parse(String(init.body)));
          return json(201, { ...kCame, appeal_id: 9, appeal_number: '2-2026-00009' });
        },
      }).fn,
    );
    const user = userEvent.setup();
    const { unmount } = renderWithProviders(<DayList items={[kCame]} canAct />);
    await user.click(screen.getByRole('button', { name: 'Register an appeal' }));
    const form = screen.getByRole('form', { name: 'Register an appeal' });
    expect(within(form).getByRole('textbox', { name: /Subject of the appeal/ })).toHaveValue('Дорога');
    expect(within(form).getByRole('textbox', { name: /Text of the appeal/ })).toHaveValue('Яма на дороге');
    const body = within(form).getByRole('textbox', { name: /Text of the appeal/ });
    await user.clear(body);
    await user.click(within(form).getByRole('button', { name: 'Register' }));
    expect(await within(form).findByText('Fill in this field.')).toBeInTheDocument();
    expect(bodies).toEqual([]);
    await user.type(body, 'Яма на дороге у дома 5, опасно.');
    await user.click(within(form).getByRole('button', { name: 'Register' }));
    await waitFor(() => expect(bodies).toEqual([{ subject: 'Дорога', body: 'Яма на дороге у дома 5, опасно.' }]));
    unmount();

    renderWithProviders(<DayList items={[{ ...kCame, appeal_id: 9, appeal_number: '2-2026-00009' }]} canAct />);
    expect(screen.getByRole('link', { name: '2-2026-00009' })).toHaveAttribute('href', '/appeals/9');
    expect(screen.queryByRole('button', { name: 'Register an appeal' })).not.toBeInTheDocument();
  });

  it('says when nobody has booked', () => {
    renderWithProviders(<DayList items={[]} canAct />);
    expect(screen.getByText('Nobody has booked this reception yet.')).toBeInTheDocument();
  });
});
