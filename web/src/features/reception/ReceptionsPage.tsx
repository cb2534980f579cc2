// Reception for the staff of a maslikhat: its upcoming sessions (each with its day list, a move to
// another day and a cancel with a reason), the form that schedules new ones, and the link to the
// staff tasks with the count of open ones; for a deputy, their own days.
import { Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { StaffMaslikhatSelect } from '../../components/StaffMaslikhatSelect';
import { Page } from '../../components/Page';
import { RequireMe } from '../../components/RequireMe';
import { TextConfirmForm } from '../../components/TextConfirmForm';
import { describeError } from '../../lib/i18n/error_text';
import { kPaths } from '../../lib/paths';
import { staffMaslikhatIds } from '../../lib/roles';
import { useStaffTasks } from '../tasks';
import { HostDays } from './HostDays';
import { useCancelSession, useSessions } from './hooks';
import { MoveSessionForm } from './MoveSessionForm';
import { hostName } from './reception_text';
import { ScheduleForm } from './ScheduleForm';
import { SessionFacts } from './SessionFacts';
import type { ReceptionSession } from './types';

function CancelSessionForm({ session, onDone }: { session: ReceptionSession; onDone: () => void }) {
  const { t } = useTranslation();
  const cancel = useCancelSession();
  return (
    <TextConfirmForm
      field="reason"
      label={t('reception.staff.cancelReason')}
      description={t('reception.staff.cancelHint')}
      required
      maxLength={1000}
      confirm={t('reception.staff.cancelConfirm')}
      back={t('reception.book.back')}
      confirmColor="red.9"
      pending={cancel.isPending}
      onConfirm={(reason, fail) => cancel.mutate({ id: session.id, reason }, { onSuccess: onDone, onError: fail })}
      onBack={onDone}
    />
  );
}

function StaffSessionCard({ session }: { session: ReceptionSession }) {
  const { t, i18n } = useTranslation();
  const [action, setAction] = useState<'none' | 'cancel' | 'move'>('none');
  const [moved, setMoved] = useState(false);
  const titleId = `staff-session-${String(session.id)}`;
  const booked = session.slots.reduce((sum, slot) => sum + (session.capacity - slot.free), 0);
  return (
    <Paper component="li" withBorder p="md" data-testid="staff-session" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Title order={3} size="h4" id={titleId}>
          {hostName(session, i18n.language)}
        </Title>
        <SessionFacts session={session} />
        {session.status === 'cancelled' ? (
          <FormAlert kind="info">
            {t('reception.staff.cancelled')} {session.cancel_reason}
          </FormAlert>
        ) : (
          <Text>{t('reception.staff.counts', { booked, free: session.free, waitlisted: session.waitlisted })}</Text>
        )}
        <Group>
          <Anchor component={Link} to={kPaths.receptionDay(session.id)}>
            {t('reception.staff.openDay')}
          </Anchor>
        </Group>
        {moved && <FormAlert kind="success">{t('reception.move.done')}</FormAlert>}
        {session.status === 'scheduled' &&
          (action === 'cancel' ? (
            <CancelSessionForm session={session} onDone={() => setAction('none')} />
          ) : action === 'move' ? (
            <MoveSessionForm session={session} onDone={() => setAction('none')} onMoved={() => setMoved(true)} />
          ) : (
            <Group>
              <Button variant="default" onClick={() => (setMoved(false), setAction('move'))}>
                {t('reception.move.open')}
              </Button>
              <Button variant="default" onClick={() => setAction('cancel')}>
                {t('reception.staff.cancel')}
              </Button>
            </Group>
          ))}
      </Stack>
    </Paper>
  );
}

function MaslikhatReceptions({ maslikhatIds }: { maslikhatIds: number[] }) {
  const { t, i18n } = useTranslation();
  const [maslikhatId, setMaslikhatId] = useState(maslikhatIds[0] ?? 0);
  const [scheduling, setScheduling] = useState(false);
  const sessions = useSessions({ maslikhatId });
  return (
    <Stack gap="md">
      <StaffMaslikhatSelect ids={maslikhatIds} value={maslikhatId} onChange={setMaslikhatId} />
      <Paper withBorder p="md" component="section" aria-labelledby="schedule-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="schedule-title">
            {t('reception.schedule.title')}
          </Title>
          {scheduling ? (
            <ScheduleForm maslikhatId={maslikhatId} onDone={() => setScheduling(false)} />
          ) : (
            <div>
              <Button onClick={() => setScheduling(true)}>{t('reception.schedule.open')}</Button>
            </div>
          )}
        </Stack>
      </Paper>
      <Stack gap="sm" component="section" aria-labelledby="staff-sessions-title">
        <Title order={2} size="h3" id="staff-sessions-title">
          {t('reception.staff.upcoming')}
        </Title>
        {sessions.isPending ? (
          <Loader aria-label={t('common.loading')} />
        ) : sessions.isError ? (
          <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), sessions.error).summary}</FormAlert>
        ) : sessions.data.length === 0 ? (
          <Text>{t('reception.staff.none')}</Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {sessions.data.map((session) => (
              <StaffSessionCard key={session.id} session={session} />
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}

function TasksLink({ maslikhatId }: { maslikhatId: number }) {
  const { t } = useTranslation();
  const tasks = useStaffTasks(maslikhatId, 'open');
  return (
    <Anchor component={Link} to={kPaths.staffTasks} data-testid="tasks-link">
      {t('tasks.link', { n: tasks.data?.open ?? 0 })}
    </Anchor>
  );
}

export function ReceptionsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('reception.staff.title')}>
      <RequireMe>
        {(me) => {
          const ids = staffMaslikhatIds(me);
          if (ids.length > 0) {
            return (
              <Stack gap="md">
                <Group gap="lg">
                  <Anchor component={Link} to={kPaths.receptionStats}>
                    {t('reception.stats.open')}
                  </Anchor>
                  <TasksLink maslikhatId={ids[0] ?? 0} />
                </Group>
                <MaslikhatReceptions maslikhatIds={ids} />
              </Stack>
            );
          }
          // A deputy sees their own reception days; scheduling is the staff's.
          if (me.roles.some((grant) => grant.role === 'deputy')) return <HostDays />;
          return <FormAlert kind="info">{t('reception.staff.notStaff')}</FormAlert>;
        }}
      </RequireMe>
    </Page>
  );
}
