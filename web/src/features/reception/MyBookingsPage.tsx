// «Мои записи на приём»: the signed-in person's bookings, newest first, with their status in words,
// the appeal registered at the visit, and a cancel button while the reception is still ahead.
import { Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { RequireMe } from '../../components/RequireMe';
import { describeError } from '../../lib/i18n/error_text';
import { kPaths } from '../../lib/paths';
import { useCancelBooking, useMyBookings } from './hooks';
import { hostName, isUpcoming } from './reception_text';
import { SessionFacts } from './SessionFacts';
import { BookingIcsLink } from './calendar_links';
import { BookingStatusBadge } from './StatusText';
import type { ReceptionBookingView } from './types';

function BookingCard({ booking }: { booking: ReceptionBookingView }) {
  const { t, i18n } = useTranslation();
  const cancel = useCancelBooking();
  const [failed, setFailed] = useState<unknown>(null);
  const cancellable =
    (booking.status === 'booked' || booking.status === 'waitlisted') &&
    booking.session.status === 'scheduled' &&
    isUpcoming(booking.session);
  const titleId = `my-booking-${String(booking.id)}`;
  return (
    <Paper component="li" withBorder p="md" data-testid="my-booking" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Title order={2} size="h4" id={titleId}>
          {hostName(booking.session, i18n.language)}
        </Title>
        <div>
          <BookingStatusBadge status={booking.status} />
        </div>
        <SessionFacts session={booking.session} />
        {booking.slot && booking.status !== 'waitlisted' && (
          <Text>
            <Text span fw={600}>
              {t('reception.mine.slot')}:
            </Text>{' '}
            {booking.slot}
          </Text>
        )}
        <Text style={{ overflowWrap: 'anywhere' }}>
          <Text span fw={600}>
            {t('reception.book.topic')}:
          </Text>{' '}
          {booking.topic}
        </Text>
        {cancellable && (
          <div>
            <BookingIcsLink bookingId={booking.id} />
          </div>
        )}
        {booking.session.status === 'cancelled' && (
          <FormAlert kind="info">
            {t('reception.mine.sessionCancelled')} {booking.session.cancel_reason}
          </FormAlert>
        )}
        {booking.appeal_id !== null && booking.appeal_number !== null && (
          <Text>
            {t('reception.mine.appeal')}{' '}
            <Anchor component={Link} to={kPaths.appeal(booking.appeal_id)} data-testid="my-booking-appeal">
              {booking.appeal_number}
            </Anchor>
          </Text>
        )}
        {failed !== null && (
          <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), failed).summary}</FormAlert>
        )}
        {cancellable && (
          <Group>
            <Button
              variant="default"
              loading={cancel.isPending}
              onClick={() => {
                setFailed(null);
                cancel.mutate(booking.id, { onError: setFailed });
              }}
            >
              {t('reception.mine.cancel')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function MyBookings({ userId }: { userId: number }) {
  const { t, i18n } = useTranslation();
  const bookings = useMyBookings(userId);
  if (bookings.isPending) return <Loader aria-label={t('common.loading')} />;
  if (bookings.isError)
    return <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), bookings.error).summary}</FormAlert>;
  if (bookings.data.length === 0) return <Text>{t('reception.mine.none')}</Text>;
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('reception.mine.title')}>
      {bookings.data.map((booking) => (
        <BookingCard key={booking.id} booking={booking} />
      ))}
    </Stack>
  );
}

export function MyBookingsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('reception.mine.title')}>
      <RequireMe>{(me) => <MyBookings userId={me.id} />}</RequireMe>
    </Page>
  );
}
