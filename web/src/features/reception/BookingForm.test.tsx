import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { stubDocumentFonts } from '../appeals/test_appeal';
import { BookedNote, BookingForm } from './BookingForm';
import { testBookingView, testSession } from './test_data';
import type { ReceptionBookingView } from './types';

// Mantine's autosize text areas wait for document.fonts, which jsdom lacks.
stubDocumentFonts();

function bodyOf(init: RequestInit): unknown {
  return JSON.parse(String(init.body));
}

describe('BookingForm', () => {
  it('offers only the free slots, asks for a topic, and books the chosen time', async () => {
    const booked = testBookingView({ slot: '10:40' });
    const server = fakeFetch({
      'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
      'POST /api/v1/reception-sessions/7/bookings': () => json(201, booked),
    });
    vi.stubGlobal('fetch', server.fn);
    const onBooked = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<BookingForm session={testSession()} onBooked={onBooked} onCancel={() => undefined} />);

    const slot = screen.getByRole('combobox', { name: 'Time' });
    expect([...slot.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['10:20–10:40', '10:40–11:00']);
    await user.click(screen.getByRole('button', { name: 'Book' }));
    expect(await screen.findByText('Fill in this field.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Topic/ })).toHaveFocus();

    await user.selectOptions(slot, '10:40');
    await user.type(screen.getByRole('textbox', { name: /Topic/ }), 'Освещение во дворе');
    await user.type(screen.getByRole('textbox', { name: /Description/ }), 'Не горят фонари');
    await user.click(screen.getByRole('button', { name: 'Book' }));
    await waitFor(() => expect(onBooked).toHaveBeenCalledWith(booked));
    const post = server.calls.find((c) => c.init.method === 'POST');
    expect(bodyOf(post?.init ?? {})).toEqual({
      slot: '10:40',
      topic: 'Освещение во дворе',
      description: 'Не горят фонари',
      language: 'en',
    });
  });

  it('puts the person on the waitlist when no slot is free', async () => {
    const full = testSession({ slots: [{ start: '10:00', end: '10:20', free: 0 }], free: 0 });
    const server = fakeFetch({
      'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
      'POST /api/v1/reception-sessions/7/bookings': () => json(201, testBookingView({ status: 'waitlisted', slot: null })),
    });
    vi.stubGlobal('fetch', server.fn);
    const onBooked = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<BookingForm session={full} onBooked={onBooked} onCancel={() => undefined} />);
    expect(screen.queryByRole('combobox', { name: 'Time' })).not.toBeInTheDocument();
    expect(screen.getByText(/you will join the waitlist/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Topic/ }), 'Дорога');
    await user.click(screen.getByRole('button', { name: 'Join the waitlist' }));
    await waitFor(() => expect(onBooked).toHaveBeenCalled());
    const post = server.calls.find((c) => c.init.method === 'POST');
    expect(bodyOf(post?.init ?? {})).toEqual({ topic: 'Дорога', language: 'en' });
  });

  it('says in words why a booking was refused', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
        'POST /api/v1/reception-sessions/7/bookings': () =>
          json(409, { error: { code: 'conflict', message: 'x', fields: { session: 'already_booked' } } }),
      }).fn,
    );
    const user = userEvent.setup();
    renderWithProviders(<BookingForm session={testSession()} onBooked={() => undefined} onCancel={() => undefined} />);
    await user.type(screen.getByRole('textbox', { name: /Topic/ }), 'Дорога');
    await user.click(screen.getByRole('button', { name: 'Book' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You are already booked for this reception.');
  });
});

describe('BookedNote', () => {
  it('tells the time booked, or the waitlist', () => {
    const { unmount } = renderWithProviders(<BookedNote booking={testBookingView({ slot: '10:20' })} />);
    expect(screen.getByRole('status')).toHaveTextContent('You are booked for 10:20.');
    unmount();
    const waitlisted: ReceptionBookingView = testBookingView({ status: 'waitlisted', slot: null });
    renderWithProviders(<BookedNote booking={waitlisted} />);
    expect(screen.getByText(/You are on the waitlist/)).toBeInTheDocument();
  });
});
