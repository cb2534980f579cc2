// A due date with its state in words: "21.12.2026 — Overdue" / "— Due soon".
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../lib/dates';
import { dueState } from './due_state';
import type { AppealStatus } from './types';

export function DueText({ status, dueOn }: { status: AppealStatus; dueOn: string }) {
  const { t, i18n } = useTranslation();
  const state = dueState(status, dueOn);
  const date = formatDay(dueOn, i18n.language);
  if (state === 'overdue' || state === 'soon') {
    return (
      <Text component="span" fw={700} c={state === 'overdue' ? 'red.9' : 'orange.9'}>
        {date} — {t(state === 'overdue' ? 'appeals.due.overdue' : 'appeals.due.soon')}
      </Text>
    );
  }
  return (
    <Text component="span">
      {date}
    </Text>
  );
}
