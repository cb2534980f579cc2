// A deputy's own reception days on /receptions: their upcoming sessions (?mine=true), each with a
// link to its day list. Scheduling stays with the maslikhat's staff.
import { Anchor, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { describeError } from '../../lib/i18n/error_text';
import { kPaths } from '../../lib/paths';
import { useSessions } from './hooks';
import { SessionFacts } from './SessionFacts';

export function HostDays() {
  const { t, i18n } = useTranslation();
  const sessions = useSessions({ mine: true });
  return (
    <Stack gap="sm" component="section" aria-labelledby="host-days-title">
      <Title order={2} size="h3" id="host-days-title">
        {t('reception.stats.days.title')}
      </Title>
      <Text>{t('reception.stats.days.hint')}</Text>
      {sessions.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : sessions.isError ? (
        <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), sessions.error).summary}</FormAlert>
      ) : sessions.data.length === 0 ? (
        <Text>{t('reception.stats.days.none')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {sessions.data.map((session) => (
            <Paper component="li" key={session.id} withBorder p="md" data-testid="host-day">
              <Stack gap={6}>
                <SessionFacts session={session} />
                <Text>
                  {t('reception.staff.counts', {
                    booked: session.slots.reduce((sum, slot) => sum + (session.capacity - slot.free), 0),
                    free: session.free,
                    waitlisted: session.waitlisted,
                  })}
                </Text>
                <Anchor component={Link} to={kPaths.receptionDay(session.id)}>
                  {t('reception.staff.openDay')}
                </Anchor>
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
