import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { stubDocumentFonts } from '../appeals/test_appeal';
import { kTestMe } from '../notifications/test_server';
import { bookingIcsUrl, deputyFeedUrl, feedLanguage } from './calendar_links';
import { CancelByLinkPage } from './CancelByLinkPage';
import { DeputyReceptions } from './DeputyReceptions';
import { MyBookingsPage } from './MyBookingsPage';
import { testBookingView, testSession } from './test_data';

stubDocumentFonts();

const kToken = 'a'.repeat(64);
const kFuture = testSession({ day: '2099-03-02' });

function linked(status: string) {
  return {
    id: 50,
    status,
    slot: '10:20',
    topic: 'Освещение улицы',
    session: {
      id: 7,
      deputy_id: 3,
      host_name: '',
      host_name_kk: 'Бекова Айгүл',
      host_name_ru: 'Бекова Айгуль',
      day: '2099-03-02',
      starts_at: '10:00',
      ends_at: '11:00',
      place_kind: 'maslikhat',
      place: 'Кабинет 205',
      address: 'ул. Абая, 1',
      video_url: '',
      status: 'scheduled',
    },
  };
}

describe('calendar links', () => {
  it('point at the feeds in the page language', () => {
    expect(feedLanguage('kk')).toBe('kk');
    expect(feedLanguage('de')).toBe('ru');
    expect(bookingIcsUrl(5, 'en')).toBe('/api/v1/reception-bookings/5/booking.ics?lang=en');
    expect(deputyFeedUrl(3, 'ru')).toBe('/api/v1/deputies/3/receptions.ics?lang=ru');
  });

  it('the deputy page offers the schedule to subscribe to; my bookings offer each upcoming one', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/me': () => json(200, kTestMe),
        'GET /api/v1/reception-sessions': () => json(200, { items: [kFuture] }),
        'GET /api/v1/me/reception-bookings': () =>
          json(200, {
            items: [
              testBookingView({ id: 50 }, kFuture),
              testBookingView({ id: 51, status: 'cancelled' }, kFuture),
            ],
          }),
      }).fn,
    );
    renderWithProviders(<DeputyReceptions deputyId={3} />);
    expect(await screen.findByRole('link', { name: 'Subscribe to the schedule' })).toHaveAttribute(
      'href',
      '/api/v1/deputies/3/receptions.ics?lang=en',
    );
    renderWithProviders(<MyBookingsPage />);
    const [upcoming, cancelled] = await screen.findAllByTestId('my-booking');
    expect(within(upcoming!).getByRole('link', { name: 'Add to calendar (.ics)' })).toHaveAttribute(
      'href',
      '/api/v1/reception-bookings/50/booking.ics?lang=en',
    );
    expect(within(cancelled!).queryByRole('link', { name: 'Add to calendar (.ics)' })).toBeNull();
  });
});

describe('CancelByLinkPage', () => {
  it('shows the booking, cancels only when the button is pressed, and says so', async () => {
    const bodies: string[] = [];
    let state = 'booked';
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
        'POST /api/v1/reception-bookings/by-link': (init) => {
          bodies.push(String(init.body));
          return json(200, linked(state));
        },
        'POST /api/v1/reception-bookings/cancel-by-link': (init) => {
          bodies.push(String(init.body));
          state = 'cancelled';
          return json(200, linked(state));
        },
      }).fn,
    );
    const user = userEvent.setup();
    renderWithProviders(<CancelByLinkPage />, { route: `/receptions/cancel?token=${kToken}` });
    expect(await screen.findByRole('heading', { name: 'Бекова Айгуль' })).toBeInTheDocument();
    expect(screen.getByText(/10:20/)).toBeInTheDocument();
    expect(screen.getByTestId('booking-status')).toHaveTextContent('Booked');
    await user.click(screen.getByRole('button', { name: 'Cancel the booking' }));
    expect(await screen.findByText('The booking is cancelled. Thank you for letting us know.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel the booking' })).toBeNull();
    expect(bodies).toContain(JSON.stringify({ token: kToken }));
  });

  it('says plainly when the link is wrong or already used', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
        'POST /api/v1/reception-bookings/by-link': () => json(404, { error: { code: 'not_found', message: 'x' } }),
      }).fn,
    );
    renderWithProviders(<CancelByLinkPage />, { route: `/receptions/cancel?token=${kToken}` });
    expect(await screen.findByRole('alert')).toHaveTextContent('The link is not valid');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
