// A booking's status in words, never its code.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BookingStatus } from './types';

const kColors: Record<BookingStatus, string> = {
  booked: 'blue.8',
  waitlisted: 'orange.9',
  checked_in: 'green.9',
  no_show: 'red.9',
  cancelled: 'gray.8',
};

export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={kColors[status]} tt="none" size="lg" data-testid="booking-status">
      {t(`reception.status.${status}`)}
    </Badge>
  );
}
