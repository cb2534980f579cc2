// The sentence for one notification in the reader's language, the talon number a link to the appeal
// (the reception kinds: the booking's day and time, a link to «Мои записи»; the event kinds, whose
// sentences are the events feature's: the event's start, a link to its page). Texts mark the link as
// <link>…</link>, so word order stays each language's own.
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { kPaths } from '../../lib/paths';
import type { Notification } from './kinds';

export function NotificationText({ notification, onOpen }: { notification: Notification; onOpen?: () => void }) {
  const { t, i18n } = useTranslation();
  const options = { number: notification.appeal_number, when: localWhen(notification.detail) };
  const kind = notification.kind;
  // "left" names its legal ground when the server sent one (`detail`: the ground's code, worded by
  // the appeals' strings).
  const groundKey = `appeals.leaveGround.${notification.detail}`;
  const ground = kind === 'left' && notification.detail !== '' && i18n.exists(groundKey);
  const text = ground
    ? t('notifications.kind.left_ground', { number: notification.appeal_number, ground: t(groundKey as never) })
    : kind === 'event_reminder' ||
        kind === 'event_cancelled' ||
        kind === 'event_moved' ||
        kind === 'event_announced' ||
        kind === 'followed_event_cancelled'
      ? t(`events.notice.${kind}`, options)
      : kind === 'draft_comment_decided'
        ? t('notifications.kind.draft_comment_decided', { decision: decisionWord(t, notification.detail) })
        : kind === 'draft_discussion_closed'
          ? t(notification.detail === 'published' ? 'notifications.kind.draft_discussion_closed_published' : 'notifications.kind.draft_discussion_closed_pending')
          : t(`notifications.kind.${kind}`, options);
  const to =
    notification.draft_id != null
      ? `/drafts/${String(notification.draft_id)}`
      : notification.post_id != null
      ? `/posts/${String(notification.post_id)}`
      : notification.event_id != null
      ? `${kPaths.events}/${String(notification.event_id)}`
      : notification.booking_id != null || notification.appeal_id == null
        ? kPaths.myReceptions
        : kPaths.appeal(notification.appeal_id);
  const parts = /^([\s\S]*)<link>([\s\S]*)<\/link>([\s\S]*)$/.exec(text);
  if (!parts) return <>{text}</>;
  return (
    <>
      {parts[1]}
      <Anchor
        component={Link}
        to={to}
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

/** The drafts' word for a decision ("accepted" → «Принято»); an unknown code as it came. */
function decisionWord(t: (key: never) => string, code: string): string {
  return code === 'accepted' || code === 'partly' || code === 'rejected' ? t(`drafts.decision.${code}` as never) : code;
}

/** "2026-12-03 15:00" → "03.12.2026 15:00", as people here write it. */
function localWhen(detail: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}:\d{2})$/.exec(detail);
  return m ? `${m[3]}.${m[2]}.${m[1]} ${m[4]}` : detail;
}
