// Staff tasks (/tasks): what the maslikhat's staff must do by hand for people who cannot be reached
// electronically — call them and pass on the message in their language — and mark it done with a
// note. Open tasks oldest first; the done ones to look back.
import { Anchor, Badge, Button, Group, Loader, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
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
import { letterPdfUrl, useMarkTaskDone, useStaffTasks, type StaffTask, type TaskStatus } from './hooks';

function DoneForm({ task, onDone }: { task: StaffTask; onDone: () => void }) {
  const { t } = useTranslation();
  const done = useMarkTaskDone();
  return (
    <TextConfirmForm
      field="note"
      label={t('tasks.note')}
      description={t('tasks.noteHint')}
      maxLength={2000}
      confirm={t('tasks.confirmDone')}
      back={t('tasks.back')}
      pending={done.isPending}
      onConfirm={(note, fail) => done.mutate({ id: task.id, note }, { onSuccess: onDone, onError: fail })}
      onBack={onDone}
    />
  );
}

function TaskCard({ task }: { task: StaffTask }) {
  const { t, i18n } = useTranslation();
  const [marking, setMarking] = useState(false);
  const titleId = `task-${String(task.id)}`;
  const created = new Date(task.created_at).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <Paper component="li" withBorder p="md" data-testid="staff-task" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={titleId}>
            {t(`tasks.kind.${task.kind}`)}: {task.person_name}
          </Title>
          <Badge color={task.status === 'open' ? 'orange.9' : 'green.9'} variant="outline" tt="none" size="lg">
            {t(`tasks.status.${task.status}`)}
          </Badge>
        </Group>
        {task.subject_type === 'appeal' && (
          <Anchor component={Link} to={kPaths.appeal(task.subject_id)}>
            {t('tasks.toAppeal')}
          </Anchor>
        )}
        {task.kind === 'letter' && (
          <Anchor href={letterPdfUrl(task.id)} target="_blank" rel="noopener" data-testid="letter-pdf">
            {t('tasks.letterPdf')}
          </Anchor>
        )}
        {task.phone && (
          <Text>
            {t('tasks.phone')}:{' '}
            <Anchor href={`tel:${task.phone}`} style={{ overflowWrap: 'anywhere' }}>
              {task.phone}
            </Anchor>
          </Text>
        )}
        {task.address && (
          <Text>
            {t('tasks.address')}: {task.address}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('tasks.created', { when: created })} · {t('tasks.language', { language: t(`tasks.languages.${task.language}`) })}
        </Text>
        <Text fw={700}>{t('tasks.message')}</Text>
        <Text lang={task.language} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {task.message}
        </Text>
        {task.status === 'done' && task.note && (
          <Text>
            {t('tasks.noteShown')}: {task.note}
          </Text>
        )}
        {task.status === 'open' &&
          (marking ? (
            <DoneForm task={task} onDone={() => setMarking(false)} />
          ) : (
            <div>
              <Button onClick={() => setMarking(true)}>{t('tasks.markDone')}</Button>
            </div>
          ))}
      </Stack>
    </Paper>
  );
}

function MaslikhatTasks({ maslikhatIds }: { maslikhatIds: number[] }) {
  const { t, i18n } = useTranslation();
  const [maslikhatId, setMaslikhatId] = useState(maslikhatIds[0] ?? 0);
  const [status, setStatus] = useState<TaskStatus>('open');
  const tasks = useStaffTasks(maslikhatId, status);
  return (
    <Stack gap="md">
      <StaffMaslikhatSelect ids={maslikhatIds} value={maslikhatId} onChange={setMaslikhatId} />
      <SegmentedControl
        aria-label={t('tasks.filter')}
        value={status}
        onChange={(value) => setStatus(value === 'done' ? 'done' : 'open')}
        data={[
          { value: 'open', label: t('tasks.filterOpen') },
          { value: 'done', label: t('tasks.filterDone') },
        ]}
      />
      {tasks.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : tasks.isError ? (
        <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), tasks.error).summary}</FormAlert>
      ) : (
        <>
          <Text role="status">{t('tasks.openCount', { n: tasks.data.open })}</Text>
          {tasks.data.items.length === 0 ? (
            <Text>{status === 'open' ? t('tasks.noneOpen') : t('tasks.noneDone')}</Text>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {tasks.data.items.map((task) => (
                <TaskCard key={task.id} task={task} />
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}

export function TasksPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('tasks.title')}>
      <RequireMe>
        {(me) => {
          const ids = staffMaslikhatIds(me);
          if (ids.length === 0) return <FormAlert kind="info">{t('tasks.notStaff')}</FormAlert>;
          return (
            <Stack gap="md">
              <Text>{t('tasks.intro')}</Text>
              <MaslikhatTasks maslikhatIds={ids} />
            </Stack>
          );
        }}
      </RequireMe>
    </Page>
  );
}
