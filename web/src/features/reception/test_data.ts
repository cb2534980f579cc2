// Reception sessions and bookings for the tests.
import type { ReceptionBooking, ReceptionBookingView, ReceptionSession } from './types';

export function testSession(overrides: Partial<ReceptionSession> = {}): ReceptionSession {
  return {
    id: 7,
    maslikhat_id: 1,
    deputy_id: 3,
    host_name: '',
    host_name_kk: 'Айгүл Сейітова',
    host_name_ru: 'Айгуль Сеитова',
    day: '2026-12-14',
    starts_at: '10:00',
    ends_at: '11:00',
    slot_minutes: 20,
    capacity: 1,
    place_kind: 'maslikhat',
    place: 'Кабинет 205',
    address: 'ул. Абая, 1',
    map_url: 'https://2gis.kz/x',
    video_url: '',
    status: 'scheduled',
    cancel_reason: '',
    moves: 0,
    slots: [
      { start: '10:00', end: '10:20', free: 0 },
      { start: '10:20', end: '10:40', free: 1 },
      { start: '10:40', end: '11:00', free: 1 },
    ],
    free: 2,
    waitlisted: 0,
    ...overrides,
  };
}

export function testBooking(overrides: Partial<ReceptionBooking> = {}): ReceptionBooking {
  return {
    id: 40,
    session_id: 7,
    slot: '10:20',
    status: 'booked',
    name: 'Азамат Нұров',
    email: 'azamat@example.kz',
    phone: '+77011234567',
    language: 'ru',
    topic: 'Освещение во дворе',
    description: 'Не горят фонари',
    walk_in: false,
    visited_at: null,
    matter: '',
    promised: '',
    follow_up_on: null,
    category: null,
    appeal_id: null,
    appeal_number: null,
    created_at: '2026-12-01T05:00:00Z',
    ...overrides,
  };
}

export function testBookingView(overrides: Partial<ReceptionBooking> = {}, session = testSession()): ReceptionBookingView {
  return { ...testBooking(overrides), session };
}
