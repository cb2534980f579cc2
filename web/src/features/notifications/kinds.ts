// What a notification is about (api/openapi.yaml NotificationKind); the sentence is the web's.
import type { components } from '../../lib/api/schema';

export type Notification = components['schemas']['Notification'];
export type NotificationKind = components['schemas']['NotificationKind'];
export type NotificationPage = components['schemas']['NotificationPage'];

export const kNotificationKinds: readonly NotificationKind[] = [
  'registered',
  'forwarded',
  'forwarded_part',
  'extended',
  'answered',
  'feedback_asked',
  'left',
  'assigned',
  'reopened',
  'request_answered',
  'due_soon',
  'overdue',
  'forward_due_soon',
  'forward_overdue',
  'reception_promoted',
  'reception_cancelled',
  'reception_moved',
  'reception_reminder',
  'event_reminder',
  'event_cancelled',
  'event_moved',
  'event_announced',
  'followed_event_cancelled',
  'followed_post',
  'draft_comment_decided',
  'draft_withdrawn',
  'draft_discussion_closed',
];

export const kNotificationPageSize = 20;
