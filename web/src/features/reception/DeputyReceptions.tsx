// «Личный приём» on a deputy's page (or a maslikhat's, each session naming its host): the next
// sessions with their free places and a booking form for each; a guest gets a sign-in link that
// comes back to this page.
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { Bar, Card, Column, Heading, Para, TextLink } from '../../components/plain';
import { kPaths } from '../../lib/paths';
import { useMe } from '../../lib/session';
import { lazyComponent } from '../../components/lazy_component';
import { useSessions } from './hooks';
import { SessionFacts } from './SessionFacts';
import type { ReceptionBookingView, ReceptionSession } from './types';
import { DeputyFeedLink } from './calendar_links';

// The form and its fields (~10 KB gzip) only for a signed-in visitor who chose a day: the section
// itself is on every deputy's page.
const BookingForm = lazyComponent(async () => (await import('./BookingForm')).BookingForm);
const BookedNote = lazyComponent(async () => (await import('./BookingForm')).BookedNote);

function FreePlaces({ session }: { session: ReceptionSession }) {
  const { t } = useTranslation();
  if (session.free > 0) return <Para>{t('reception.public.free', { n: session.free })}</Para>;
  return <Para>{t('reception.public.full')}</Para>;
}

function SessionCard({ session, signedIn, withHost }: { session: ReceptionSession; signedIn: boolean; withHost: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [booked, setBooked] = useState<ReceptionBookingView | null>(null);
  const next = encodeURIComponent(location.pathname + location.search);
  return (
    <Card as="li" data-testid="reception-session">
      <Column gap={6}>
        <SessionFacts session={session} withHost={withHost} />
        <FreePlaces session={session} />
        {booked ? (
          <BookedNote booking={booked} />
        ) : !signedIn ? (
          <Para>
            <TextLink to={`${kPaths.login}?next=${next}`}>{t('reception.public.signInToBook')}</TextLink>
          </Para>
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
      </Column>
    </Card>
  );
}

/** The sessions of a deputy (`deputyId`) or of a whole maslikhat (`maslikhatId`, naming each host). */
export function DeputyReceptions({ deputyId, maslikhatId }: { deputyId?: number; maslikhatId?: number }) {
  const { t } = useTranslation();
  const me = useMe();
  const sessions = useSessions(deputyId !== undefined ? { deputyId } : { maslikhatId });
  const upcoming = (sessions.data ?? []).filter((session) => session.status === 'scheduled');
  return (
    <Column gap="xs" as="section" aria-labelledby="deputy-reception-title">
      <Heading id="deputy-reception-title">{t('reception.public.title')}</Heading>
      {sessions.isPending ? (
        <div aria-hidden="true">
          <Bar height={120} radius="md" />
        </div>
      ) : sessions.isError ? (
        <FormAlert kind="error">{t('reception.public.loadError')}</FormAlert>
      ) : upcoming.length === 0 ? (
        <Para>{t('reception.public.none')}</Para>
      ) : (
        <Column as="ul" gap="sm">
          {upcoming.map((session) => (
            <SessionCard key={session.id} session={session} signedIn={!!me.data} withHost={deputyId === undefined} />
          ))}
        </Column>
      )}
      <div>
        {deputyId !== undefined || maslikhatId !== undefined ? (
          <DeputyFeedLink deputyId={deputyId} maslikhatId={maslikhatId} />
        ) : null}
      </div>
    </Column>
  );
}
