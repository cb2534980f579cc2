// Links to the calendar feeds (iCalendar): one booking as an event, and a deputy's schedule to
// subscribe to. Plain links: the browser downloads the .ics or hands it to the calendar app.
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The feed's language: the page's, when the server has words for it. */
export function feedLanguage(language: string): 'kk' | 'ru' | 'en' {
  return language === 'kk' || language === 'en' ? language : 'ru';
}

export function bookingIcsUrl(bookingId: number, language: string): string {
  return `/api/v1/reception-bookings/${String(bookingId)}/booking.ics?lang=${feedLanguage(language)}`;
}

export function deputyFeedUrl(deputyId: number, language: string): string {
  return `/api/v1/deputies/${String(deputyId)}/receptions.ics?lang=${feedLanguage(language)}`;
}

export function maslikhatFeedUrl(maslikhatId: number, language: string): string {
  return `/api/v1/maslikhats/${String(maslikhatId)}/receptions.ics?lang=${feedLanguage(language)}`;
}

/** «Добавить в календарь (.ics)» for a booking of the signed-in person. */
export function BookingIcsLink({ bookingId }: { bookingId: number }) {
  const { t, i18n } = useTranslation();
  return (
    <Anchor href={bookingIcsUrl(bookingId, i18n.language)} download="booking.ics" data-testid="booking-ics">
      {t('reception.feed.addBooking')}
    </Anchor>
  );
}

/**
 * «Подписаться на расписание»: the deputy's (or the whole maslikhat's) sessions as a calendar that
 * stays up to date.
 */
export function DeputyFeedLink({ deputyId, maslikhatId }: { deputyId?: number; maslikhatId?: number }) {
  const { t, i18n } = useTranslation();
  const href =
    deputyId !== undefined
      ? deputyFeedUrl(deputyId, i18n.language)
      : maslikhatFeedUrl(maslikhatId ?? 0, i18n.language);
  return (
    <Anchor href={href} data-testid="deputy-feed">
      {t('reception.feed.subscribe')}
    </Anchor>
  );
}
