// «Личный приём» on a deputy's page (or a maslikhat's, each session naming its host): the next
// sessions with their free places and a booking form for each; a guest gets a sign-in link that
// comes back to this page.
import { Anchor, Button, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { kPaths } from '../../lib/paths';
import { useMe } from '../../lib/session';
import { BookedNote, BookingForm } from './BookingForm';
import { useSessions } from './hooks';
import { SessionFacts } from './SessionFacts';
import type { ReceptionBookingView, ReceptionSession } from './types';
import { DeputyFeedLink } from './calendar_links';

function FreePlaces({ session }: { session: ReceptionSession }) {
  const { t } = useTranslation();
  if (session.free > 0) return <Text>{t('reception.public.free', { n: session.free })}</Text>;
  return <Text>{t('reception.public.full')}</Text>;
}

function SessionCard({ session, signedIn, withHost }: { session: ReceptionSession; signedIn: boolean; withHost: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [booked, setBooked] = useState<ReceptionBookingView | null>(null);
  const next = encodeURIComponent(location.pathname + location.search);
  return (
    <Paper component="li" withBorder p="md" data-testid="reception-session">
      <Stack gap={6}>
        <SessionFacts session={session} withHost={withHost} />
        <FreePlaces session={session} />
        {booked ? (
          <BookedNote booking={booked} />
        ) : !signedIn ? (
          <Text>
            <Anchor component={Link} to={`${kPaths.login}?next=${next}`}>
              {t('reception.public.signInToBook')}
            </Anchor>
          </Text>
        ) : open ? (
          <BookingForm
            session={session}
            onBooked={(booking) => {
              setBooked(booking);
              setOpen(false);
            }}
            onCancel={() => setOpen(false)}
          />
        ) : (
          <div>
            <Button onClick={() => setOpen(true)}>{t('reception.public.book')}</Button>
          </div>
        )}
      </Stack>
    </Paper>
  );
}

/** The sessions of a deputy (`deputyId`) or of a whole maslikhat (`maslikhatId`, naming each host). */
export function DeputyReceptions({ deputyId, maslikhatId }: { deputyId?: number; maslikhatId?: number }) {
  const { t } = useTranslation();
  const me = useMe();
  const sessions = useSessions(deputyId !== undefined ? { deputyId } : { maslikhatId });
  const upcoming = (sessions.data ?? []).filter((session) => session.status === 'scheduled');
  return (
    <Stack gap="xs" component="section" aria-labelledby="deputy-reception-title">
      <Title order={2} size="h3" id="deputy-reception-title">
        {t('reception.public.title')}
      </Title>
      {sessions.isPending ? (
        <Skeleton height={120} radius="md" aria-hidden="true" />
      ) : sessions.isError ? (
        <FormAlert kind="error">{t('reception.public.loadError')}</FormAlert>
      ) : upcoming.length === 0 ? (
        <Text>{t('reception.public.none')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {upcoming.map((session) => (
            <SessionCard key={session.id} session={session} signedIn={!!me.data} withHost={deputyId === undefined} />
          ))}
        </Stack>
      )}
      <div>
        {deputyId !== undefined || maslikhatId !== undefined ? (
          <DeputyFeedLink deputyId={deputyId} maslikhatId={maslikhatId} />
        ) : null}
      </div>
    </Stack>
  );
}
