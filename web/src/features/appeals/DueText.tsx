// A due date with its state in words: "21.12.2026 — Overdue" / "— Due soon". The state is the
// server's (working days), never counted here.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../lib/dates';
import type { DueState } from './due_state';

export function DueText({ state, dueOn, forward = false }: { state: DueState; dueOn: string; forward?: boolean }) {
  const { t, i18n } = useTranslation();
  const date = formatDay(dueOn, i18n.language);
  if (state === 'overdue' || state === 'soon') {
    const word = forward
      ? t(state === 'overdue' ? 'appeals.due.forwardOverdue' : 'appeals.due.forwardSoon')
      : t(state === 'overdue' ? 'appeals.due.overdue' : 'appeals.due.soon');
    return (
      <Text component="span" fw={700} c={state === 'overdue' ? 'red.9' : 'orange.9'}>
        {date} — {word}
      </Text>
    );
  }
  return <Text component="span">{date}</Text>;
}
