// The staff's events (/staff/events): every event of their maslikhat, newest start first; the editor
// for a new one or the one chosen (save, cancel, report) and who registered for it.
import { Badge, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { RequireMe } from '../../components/RequireMe';
import { StaffMaslikhatSelect } from '../../components/StaffMaslikhatSelect';
import { staffMaslikhatIds } from '../../lib/roles';
import { EventEditorForm } from './EventEditorForm';
import { formatLocal, useEvent, useMaslikhatEvents, useRegistrations } from './hooks';

function Registrations({ id }: { id: number }) {
  const { t } = useTranslation();
  const list = useRegistrations(id);
  if (list.isPending) return <Loader aria-label={t('common.loading')} />;
  if (list.isError) return <FormAlert kind="error">{t('events.public.loadFailed')}</FormAlert>;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('events.staff.registrations', { count: list.data.total })}
      </Title>
      {list.data.items.length > 0 && (
        <div style={{ overflowX: 'auto' }}>
          <Table data-testid="event-registrations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('events.staff.name')}</Table.Th>
                <Table.Th>{t('events.staff.email')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.name}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.email}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Stack>
  );
}

function Editor({ maslikhatId, id, onSaved }: { maslikhatId: number; id: number | null; onSaved: (id: number) => void }) {
  const { t } = useTranslation();
  const event = useEvent(id);
  if (id !== null && event.isPending) return <Loader aria-label={t('common.loading')} />;
  return (
    <Stack gap="md">
      <EventEditorForm key={`${String(id)}-${event.data?.updated_at ?? ''}`} maslikhatId={maslikhatId} event={event.data ?? null} onSaved={onSaved} />
      {id !== null && <Registrations id={id} />}
    </Stack>
  );
}

function MaslikhatEvents({ maslikhatIds }: { maslikhatIds: number[] }) {
  const { t, i18n } = useTranslation();
  const [maslikhatId, setMaslikhatId] = useState(maslikhatIds[0] ?? 0);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const events = useMaslikhatEvents(maslikhatId);
  return (
    <Stack gap="md">
      <StaffMaslikhatSelect ids={maslikhatIds} value={maslikhatId} onChange={setMaslikhatId} />
      {editing === null ? (
        <div>
          <Button onClick={() => setEditing('new')} data-testid="event-new">
            {t('events.staff.new')}
          </Button>
        </div>
      ) : (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={2} size="h3">
              {editing === 'new' ? t('events.staff.new') : t('events.staff.edit')}
            </Title>
            <Editor maslikhatId={maslikhatId} id={editing === 'new' ? null : editing} onSaved={(id) => setEditing(id)} />
            <div>
              <Button variant="subtle" onClick={() => setEditing(null)}>
                {t('events.staff.close')}
              </Button>
            </div>
          </Stack>
        </Paper>
      )}
      {events.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : events.isError ? (
        <FormAlert kind="error">{t('events.public.loadFailed')}</FormAlert>
      ) : events.data.items.length === 0 ? (
        <Text>{t('events.public.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {events.data.items.map((event) => (
            <Paper component="li" key={event.id} withBorder p="sm" data-testid="staff-event">
              <Group justify="space-between" wrap="wrap">
                <Stack gap={2}>
                  <Text fw={600} lang={event.lang} style={{ overflowWrap: 'anywhere' }}>
                    {event.title}
                  </Text>
                  <Group gap="xs">
                    <Badge variant="outline" tt="none" color="gray.8">
                      {t(`events.status.${event.status}`)}
                    </Badge>
                    <Text size="sm">{formatLocal(event.starts_at, i18n.language)}</Text>
                    <Text size="sm">{t('events.staff.registeredCount', { count: event.registered })}</Text>
                  </Group>
                </Stack>
                <Button variant="outline" size="sm" onClick={() => setEditing(event.id)} aria-label={`${t('events.staff.edit')}: ${event.title}`}>
                  {t('events.staff.edit')}
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

export function StaffEventsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('events.staff.title')}>
      <RequireMe>
        {(me) => {
          const ids = staffMaslikhatIds(me);
          if (ids.length === 0) return <FormAlert kind="info">{t('events.staff.notStaff')}</FormAlert>;
          return <MaslikhatEvents maslikhatIds={ids} />;
        }}
      </RequireMe>
    </Page>
  );
}
