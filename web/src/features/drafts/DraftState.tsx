// A discussion's state in words: open with the days left and the closing date, upcoming with its
// first day, closed, or withdrawn with its day.
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../lib/dates';
import type { Draft } from './hooks';

export function DraftState({ draft }: { draft: Draft }) {
  const { t, i18n } = useTranslation();
  const color = draft.state === 'open' ? 'green.9' : draft.state === 'upcoming' ? 'blue.8' : draft.state === 'withdrawn' ? 'red.9' : 'gray.8';
  return (
    <Group gap="xs" wrap="wrap">
      <Badge variant="outline" color={color} tt="none">
        {t(`drafts.state.${draft.state}`)}
      </Badge>
      <Text size="sm">
        {draft.state === 'open'
          ? t('drafts.daysLeft', { count: draft.days_left, date: formatDay(draft.closes_on, i18n.language) })
          : draft.state === 'upcoming'
            ? t('drafts.opensOn', { date: formatDay(draft.opens_on, i18n.language) })
            : draft.state === 'withdrawn'
              ? t('drafts.withdrawnOn', { date: formatDay(draft.withdrawn_on ?? draft.closes_on, i18n.language) })
              : t('drafts.closedOn', { date: formatDay(draft.closes_on, i18n.language) })}
      </Text>
    </Group>
  );
}
