// Why the registration date is not the day the appeal arrived: received on a day off or after the
// working day (18:30), it is registered on the next working day (docs/appeals-deadlines.md). A talon
// saying 07.12 beside a history saying "registered 06.12 10:19" reads as a mistake without it.
import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDayMonth, formatTime, formatWeekday, localDayOf } from '../../lib/dates';

const kEndOfDay = '18:30';

export function registrationNote(t: TFunction, language: string, receivedAt: string, registeredOn: string): string | null {
  const received = localDayOf(receivedAt);
  if (received === '' || received === registeredOn) return null;
  const time = formatTime(receivedAt);
  const weekday = formatWeekday(received, language);
  const weekend = new Date(`${received}T00:00:00Z`).getUTCDay() % 6 === 0;
  // Zero-padded "HH:MM" compares as text.
  const afterHours = !weekend && time >= kEndOfDay;
  return t(afterHours ? 'appeals.registration.afterHours' : 'appeals.registration.dayOff', {
    received: formatDayMonth(received, language),
    weekday,
    time,
    end: kEndOfDay,
    registered: formatDayMonth(registeredOn, language),
  });
}

export function RegistrationNote({
  receivedAt,
  registeredOn,
  size,
}: {
  receivedAt: string;
  registeredOn: string;
  size?: 'sm';
}) {
  const { t, i18n } = useTranslation();
  const note = registrationNote(t, i18n.language, receivedAt, registeredOn);
  if (!note) return null;
  return (
    <Text size={size} data-testid="registration-note">
      {note}
    </Text>
  );
}
