// One event in a list: type, local time, title (a link to its page), place, places left, status.
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { eventPath } from './event_paths';
import { formatLocal, type EventCard } from './hooks';

export function EventCardItem({ event, headingLevel = 2 }: { event: EventCard; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const titleId = `event-${String(event.id)}`;
  return (
    <Paper component="li" withBorder p="md" aria-labelledby={titleId} data-testid="event-card">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Badge variant="outline" color="blue.9" tt="none">
            {t(`events.type.${event.type}`)}
          </Badge>
          {event.status !== 'scheduled' && (
            <Badge variant="light" color={event.status === 'cancelled' ? 'red.9' : 'green.9'} tt="none">
              {t(`events.status.${event.status}`)}
            </Badge>
          )}
          <Text size="sm" c="dimmed" component="span">
            {formatLocal(event.starts_at, i18n.language)}
          </Text>
        </Group>
        <Title order={headingLevel} size="h4" id={titleId} lang={event.lang}>
          <Anchor component={Link} to={eventPath(event.id)} style={{ overflowWrap: 'anywhere' }}>
            {event.title}
          </Anchor>
        </Title>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {event.place || t('events.online')}
        </Text>
        {event.free !== null && event.status === 'scheduled' && (
          <Text size="sm" c="dimmed">
            {event.free > 0 ? t('events.free', { count: event.free }) : t('events.full')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
