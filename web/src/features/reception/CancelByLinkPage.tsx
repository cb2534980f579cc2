// The one-click cancel from a booking mail (/receptions/cancel?token=…): the booking's session and
// time, and «Отменить запись». Nothing changes until the person presses the button: mail scanners
// open links on their own. No sign-in; the token is the key.
import { Anchor, Box, Button, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { isApiError } from '../../lib/api/api_error';
import { describeError } from '../../lib/i18n/error_text';
import { kPaths } from '../../lib/paths';
import { useCancelByLink, useLinkedBooking } from './cancel_link_hooks';
import { hostName, placeText, sessionDayText } from './reception_text';
import { BookingStatusBadge } from './StatusText';

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <Text style={{ overflowWrap: 'anywhere' }}>
      <Text span fw={600}>
        {term}:
      </Text>{' '}
      {children}
    </Text>
  );
}

export function CancelByLinkPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const token = (params.get('token') ?? '').trim();
  const linked = useLinkedBooking(token);
  const cancel = useCancelByLink();
  const done = cancel.isSuccess;
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done || cancel.isError) outcomeRef.current?.focus();
  }, [done, cancel.isError]);

  const unknown =
    token === '' || (linked.isError && isApiError(linked.error) && linked.error.status === 404) ||
    (cancel.isError && isApiError(cancel.error) && cancel.error.status === 404);

  let body: React.ReactNode;
  if (unknown) {
    body = (
      <FormAlert kind="error">
        <Stack gap="xs">
          <Text inherit>{t('reception.feed.cancel.invalid')}</Text>
          <Anchor component={Link} to={kPaths.myReceptions}>
            {t('reception.mine.open')}
          </Anchor>
        </Stack>
      </FormAlert>
    );
  } else if (linked.isPending) {
    body = <Loader aria-label={t('common.loading')} />;
  } else if (linked.isError) {
    body = <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), linked.error).summary}</FormAlert>;
  } else {
    const booking = linked.data;
    const session = booking.session;
    const cancellable =
      !done && (booking.status === 'booked' || booking.status === 'waitlisted') && session.status === 'scheduled';
    body = (
      <Stack gap="md">
        <Paper withBorder p="md" component="section" aria-labelledby="cancel-link-booking">
          <Stack gap={6}>
            <Title order={2} size="h4" id="cancel-link-booking">
              {hostName(session, i18n.language)}
            </Title>
            <div>
              <BookingStatusBadge status={booking.status} />
            </div>
            <Fact term={t('reception.facts.day')}>{sessionDayText(t, session.day, i18n.language)}</Fact>
            <Fact term={t('reception.facts.time')}>
              {booking.slot ?? `${session.starts_at}–${session.ends_at}`}
            </Fact>
            <Fact term={t('reception.facts.place')}>{placeText(t, session)}</Fact>
            <Fact term={t('reception.book.topic')}>{booking.topic}</Fact>
          </Stack>
        </Paper>
        {(done || cancel.isError) && (
          <Box ref={outcomeRef} tabIndex={-1} style={{ outline: 'none' }}>
            {done ? (
              <FormAlert kind="success">{t('reception.feed.cancel.done')}</FormAlert>
            ) : (
              <FormAlert kind="error">
                {describeError(t, (key) => i18n.exists(key), cancel.error).summary ?? t('errors.code.internal')}
              </FormAlert>
            )}
          </Box>
        )}
        {!done && !cancellable && <Text>{t('reception.feed.cancel.notCancellable')}</Text>}
        {cancellable && (
          <Stack gap="xs" align="flex-start">
            <Text>{t('reception.feed.cancel.intro')}</Text>
            <Button type="button" color="red.9" loading={cancel.isPending} onClick={() => cancel.mutate(token)}>
              {t('reception.feed.cancel.submit')}
            </Button>
          </Stack>
        )}
      </Stack>
    );
  }

  return (
    <Page title={t('reception.feed.cancel.title')} narrow>
      {body}
    </Page>
  );
}
