// One notification: its sentence (the talon number links to the appeal), when, and "new" if unread.
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../lib/dates';
import type { Notification } from './kinds';
import { NotificationText } from './NotificationText';

export function NotificationItem({ notification, onOpen }: { notification: Notification; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const unread = notification.read_at === null;
  return (
    <Group
      component="li"
      justify="space-between"
      align="flex-start"
      wrap="nowrap"
      gap="sm"
      py="sm"
      data-testid="notification"
      data-unread={unread || undefined}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text fw={unread ? 600 : 400} style={{ overflowWrap: 'anywhere' }}>
          <NotificationText notification={notification} onOpen={onOpen} />
        </Text>
        <Text size="sm" c="gray.7">
          <time dateTime={notification.created_at}>{formatMoment(notification.created_at, i18n.language)}</time>
        </Text>
      </Stack>
      {unread && (
        <Badge color="blue.9" variant="filled" style={{ flexShrink: 0 }}>
          {t('notifications.page.new')}
        </Badge>
      )}
    </Group>
  );
}
