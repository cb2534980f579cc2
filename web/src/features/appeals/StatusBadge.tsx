// The status of an appeal as a badge; the text says it all, the colour only helps.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppealStatus } from './types';

const kColors: Record<AppealStatus, string> = {
  registered: 'blue.8',
  assigned: 'blue.8',
  in_consideration: 'indigo.8',
  forwarded: 'gray.8',
  extended: 'orange.9',
  answered: 'green.9',
  closed: 'gray.8',
  reopened: 'orange.9',
  not_considered: 'gray.8',
};

export function StatusBadge({ status }: { status: AppealStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="outline"
      color={kColors[status]}
      tt="none"
      size="lg"
      styles={{ root: { height: 'auto', minHeight: 26 }, label: { whiteSpace: 'normal', overflow: 'visible' } }}
    >
      {t(`appeals.status.${status}`)}
    </Badge>
  );
}
