// The appeal's history from `events`, oldest first, as an ordered list.
import { List, Stack, Text, Title } from '@mantine/core';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDay, formatMoment } from '../../../lib/dates';
import { RegistrationNote } from '../RegistrationNote';
import { kAppealStatuses, kLeaveGrounds, type AppealEvent } from '../types';

/** Who may extend a term (Extension.decided_as): named by their role's words. */
const kPositions = ['chair', 'deputy_chair', 'head_of_apparatus'];

const kKnown = ['register', 'assign', 'start', 'forward', 'forward_part', 'mark_urgent', 'unmark_urgent', 'extend', 'answer', 'close', 'leave', 'reopen', 'feedback'];

function detailString(details: AppealEvent['details'], key: string): string | null {
  const value = (details as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

export function EventTimeline({
  events,
  receivedAt,
  registeredOn,
}: {
  events: AppealEvent[];
  /** The appeal's receipt moment and registration date: the register entry explains when they differ. */
  receivedAt: string;
  registeredOn: string;
}) {
  const { t, i18n } = useTranslation();
  const statusText = (status: string) =>
    kAppealStatuses.find((s) => s === status) ? t(`appeals.status.${status}` as ParseKeys) : status;
  return (
    <section aria-labelledby="appeal-history-title">
      <Title order={2} size="h3" id="appeal-history-title" mb="sm">
        {t('appeals.detail.history')}
      </Title>
      <List component="ol" spacing="sm" listStyleType="decimal">
        {events.map((event, index) => {
          const forwardTo = detailString(event.details, 'forward_to');
          const part = event.action === 'forward_part' ? detailString(event.details, 'part') : null;
          const urgentTerm =
            event.action === 'mark_urgent' || event.action === 'unmark_urgent' ? detailString(event.details, 'forward_due_on') : null;
          const late = event.action === 'forward_part' && (event.details as Record<string, unknown> | null)?.late === true;
          const newDue = event.action === 'extend' ? detailString(event.details, 'new_due_on') : null;
          const previousDue = detailString(event.details, 'previous_due_on');
          const decidedAs = detailString(event.details, 'decided_as');
          const decidedBy = detailString(event.details, 'decided_by_name') ?? '';
          const anonymous = event.action === 'register' && event.reason === 'anonymous';
          const ground = event.action === 'leave' ? detailString(event.details, 'ground') : null;
          const knownGround = kLeaveGrounds.find((g) => g === ground);
          const isComment = event.action === 'reopen' || event.action === 'feedback';
          return (
            <List.Item key={`${event.at}-${index}`}>
              <Stack gap={2}>
                <Text fw={600}>
                  {kKnown.includes(event.action)
                    ? t(`appeals.event.${event.action}` as ParseKeys)
                    : t('appeals.event.other')}
                </Text>
                <Text size="sm">
                  {formatMoment(event.at, i18n.language)}
                  {event.to_status &&
                    ` · ${event.from_status && event.from_status !== event.to_status ? `${statusText(event.from_status)} → ` : ''}${statusText(event.to_status)}`}
                </Text>
                {event.action === 'register' && (
                  <RegistrationNote receivedAt={receivedAt} registeredOn={registeredOn} size="sm" />
                )}
                {forwardTo && <Text size="sm">{t('appeals.event.forwardTo', { to: forwardTo })}</Text>}
                {part && <Text size="sm">{t('appeals.partForwarding.part', { part })}</Text>}
                {late && <Text size="sm">{t('appeals.event.forwardLate')}</Text>}
                {urgentTerm && <Text size="sm">{t('appeals.event.urgentTerm', { date: formatDay(urgentTerm, i18n.language) })}</Text>}
                {urgentTerm && decidedBy && <Text size="sm">{t('appeals.event.markedBy', { name: decidedBy })}</Text>}
                {newDue && (
                  <Text size="sm">
                    {t('appeals.event.extendedTo', {
                      date: formatDay(newDue, i18n.language),
                      previous: formatDay(previousDue, i18n.language),
                    })}
                  </Text>
                )}
                {newDue && decidedAs && kPositions.includes(decidedAs) && (
                  <Text size="sm">
                    {t('appeals.event.decidedBy', { position: t(`roles.${decidedAs}` as ParseKeys), name: decidedBy })}
                  </Text>
                )}
                {anonymous && <Text size="sm">{t('appeals.event.anonymous')}</Text>}
                {knownGround && (
                  <Text size="sm">{t('appeals.event.ground', { ground: t(`appeals.leaveGround.${knownGround}`) })}</Text>
                )}
                {!anonymous && event.reason && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {isComment
                      ? t('appeals.event.comment', { comment: event.reason })
                      : knownGround
                        ? t('appeals.event.explanation', { reason: event.reason })
                        : t('appeals.event.reason', { reason: event.reason })}
                  </Text>
                )}
              </Stack>
            </List.Item>
          );
        })}
      </List>
    </section>
  );
}
