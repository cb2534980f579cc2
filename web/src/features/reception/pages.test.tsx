import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { stubDocumentFonts } from '../appeals/test_appeal';
import { kTestMe } from '../notifications/test_server';
import { DeputyReceptions } from './DeputyReceptions';
import { MyBookingsPage } from './MyBookingsPage';
import { testBookingView, testSession } from './test_data';

stubDocumentFonts();

const kFuture = testSession({ day: '2099-03-02' });
const unauthenticated = () => json(401, { error: { code: 'unauthenticated', message: 'x' } });

describe('DeputyReceptions', () => {
  it('lists the next sessions in words; a guest gets a sign-in link that comes back', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/me': unauthenticated,
        'GET /api/v1/reception-sessions': () => json(200, { items: [kFuture, testSession({ id: 8, status: 'cancelled' })] }),
      }).fn,
    );
    renderWithProviders(<DeputyReceptions deputyId={3} />, { route: '/deputies/3', path: '/deputies/:id' });
    const section = screen.getByRole('region', { name: 'Personal reception' });
    const cards = await within(section).findAllByTestId('reception-session');
    expect(cards).toHaveLength(1);
    expect(cards[0]).toHaveTextContent('Date: Monday, 03/02/2099');
    expect(cards[0]).toHaveTextContent('Time: 10:00–11:00');
    expect(cards[0]).toHaveTextContent('Place: Кабинет 205, ул. Абая, 1 (on the map)');
    expect(cards[0]).toHaveTextContent('Free places: 2');
    const link = await within(cards[0]!).findByRole('link', { name: 'Sign in to book a reception' });
    expect(link).toHaveAttribute('href', '/login?next=%2Fdeputies%2F3');
  });

  it('opens the booking form for a signed-in person and says the time booked', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/me': () => json(200, kTestMe),
        'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
        'GET /api/v1/reception-sessions': () => json(200, { items: [kFuture] }),
        'POST /api/v1/reception-sessions/7/bookings': () => json(201, testBookingView({ slot: '10:20' }, kFuture)),
      }).fn,
    );
    const user = userEvent.setup();
    renderWithProviders(<DeputyReceptions deputyId={3} />);
    await user.click(await screen.findByRole('button', { name: 'Book' }));
    await user.type(await screen.findByRole('textbox', { name: /Topic/ }), 'Двор');
    await user.click(screen.getByRole('button', { name: 'Book' }));
    expect(await screen.findByRole('status')).toHaveTextContent('You are booked for 10:20.');
    expect(screen.getByRole('link', { name: 'My reception bookings' })).toHaveAttribute('href', '/receptions/mine');
  });
});

describe('MyBookingsPage', () => {
  it('shows each booking with its status in words, the appeal, and cancels an upcoming one', async () => {
    const cancelled: number[] = [];
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/me': () => json(200, kTestMe),
        'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
        'GET /api/v1/me/reception-bookings': () =>
          json(200, {
            items: [
              testBookingView({ id: 50 }, kFuture),
              testBookingView({ id: 51, status: 'checked_in', appeal_id: 9, appeal_number: '2-2026-00009' }, testSession({ day: '2020-01-06' })),
            ],
          }),
        'POST /api/v1/reception-bookings/50/cancel': () => {
          cancelled.push(50);
          return json(200, testBookingView({ id: 50, status: 'cancelled' }, kFuture));
        },
      }).fn,
    );
    const user = userEvent.setup();
    renderWithProviders(<MyBookingsPage />);
    const [upcoming, past] = await screen.findAllByTestId('my-booking');
    expect(within(upcoming!).getByTestId('booking-status')).toHaveTextContent('Booked');
    expect(upcoming).toHaveTextContent('Your time: 10:20');
    expect(within(past!).getByTestId('booking-status')).toHaveTextContent('Came to the reception');
    expect(within(past!).getByRole('link', { name: '2-2026-00009' })).toHaveAttribute('href', '/appeals/9');
    expect(within(past!).queryByRole('button', { name: 'Cancel the booking' })).not.toBeInTheDocument();
    await user.click(within(upcoming!).getByRole('button', { name: 'Cancel the booking' }));
    await waitFor(() => expect(cancelled).toEqual([50]));
  });
});
