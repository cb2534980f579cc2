// One deputy in a list: photo, name (a link to the page), party, mandate.
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { directoryPath } from '../directory_paths';
import type { Deputy } from '../directory_types';
import { deputyName, localized } from '../localized';
import { DeputyPhoto } from './DeputyPhoto';

export function DeputyCard({ deputy, extra }: { deputy: Deputy; extra?: string }) {
  const { t, i18n } = useTranslation();
  const name = deputyName(i18n.language, deputy);
  const party = localized(i18n.language, deputy, 'party');
  return (
    <Paper withBorder p="sm" component="article" aria-label={name}>
      <Group gap="md" wrap="nowrap" align="flex-start">
        <DeputyPhoto url={deputy.photo_url} name={name} size={72} />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={directoryPath.deputy(deputy.id)} fw={700} style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Anchor>
          {party && <Text size="sm">{party}</Text>}
          <Text size="sm" c="dimmed">
            {t(`directory.mandate.${deputy.mandate_type}`)}
          </Text>
          {extra && <Text size="sm">{extra}</Text>}
        </Stack>
      </Group>
    </Paper>
  );
}
