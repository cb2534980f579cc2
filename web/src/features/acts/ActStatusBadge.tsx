import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActStatus } from './hooks';

const kColors: Record<ActStatus, string> = {
  not_in_force_yet: 'gray.8',
  in_force: 'green.9',
  amended: 'blue.9',
  repealed: 'red.9',
};

export function ActStatusBadge({ status }: { status: ActStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={kColors[status]} tt="none" size="lg" data-testid="act-status">
      {t(`acts.status.${status}`)}
    </Badge>
  );
}
