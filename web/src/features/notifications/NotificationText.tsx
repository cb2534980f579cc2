// The sentence for one notification in the reader's language, the talon number a link to the appeal.
// Texts mark the link as <link>{{number}}</link>, so word order stays each language's own.
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { kPaths } from '../../lib/paths';
import type { Notification } from './kinds';

export function NotificationText({ notification, onOpen }: { notification: Notification; onOpen?: () => void }) {
  const { t } = useTranslation();
  const text = t(`notifications.kind.${notification.kind}`, { number: notification.appeal_number });
  const parts = /^([\s\S]*)<link>([\s\S]*)<\/link>([\s\S]*)$/.exec(text);
  if (!parts) return <>{text}</>;
  return (
    <>
      {parts[1]}
      <Anchor
        component={Link}
        to={kPaths.appeal(notification.appeal_id)}
        onClick={onOpen}
        fw={700}
        style={{ whiteSpace: 'nowrap' }}
      >
        {parts[2]}
      </Anchor>
      {parts[3]}
    </>
  );
}
