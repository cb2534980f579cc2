// The header's bell: a link to /notifications whose name says how many are unread.
import { ActionIcon, Badge, Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { kPaths } from '../../lib/paths';
import { useMe } from '../../lib/session';
import { useUnreadCount } from './hooks';
import { useLiveEvents } from './live';

function BellIcon() {
  return (
    <svg
      width="22"
      height="22"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

export function NotificationBell() {
  const { t } = useTranslation();
  const me = useMe();
  const userId = me.data?.id ?? null;
  const live = useLiveEvents(userId);
  const unread = useUnreadCount(userId, live);
  if (userId === null) return null;
  const count = unread.data;
  // Without a count while it is unknown (loading, or the request failed).
  const label =
    count === undefined
      ? t('notifications.bell.label')
      : count === 0
        ? t('notifications.bell.allRead')
        : t('notifications.bell.unread', { n: count });
  return (
    <Box pos="relative">
      <ActionIcon
        component={Link}
        to={kPaths.notifications}
        variant="subtle"
        color="blue.8"
        size="lg"
        aria-label={label}
        data-testid="notification-bell"
      >
        <BellIcon />
      </ActionIcon>
      {count !== undefined && count > 0 && (
        <Badge
          aria-hidden="true"
          color="red.9"
          size="sm"
          circle={count < 10}
          pos="absolute"
          top={-6}
          right={-8}
          style={{ pointerEvents: 'none' }}
        >
          {count > 99 ? '99+' : count}
        </Badge>
      )}
    </Box>
  );
}
