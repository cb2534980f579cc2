// The home page's prominent entry to "find my deputy".
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { directoryPath } from '../directory_paths';

export function FindDeputyCallout() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" bg="blue.0" component="section" aria-labelledby="find-deputy-callout">
      <Stack gap="sm">
        <Title order={2} size="h3" id="find-deputy-callout">
          {t('directory.home.title')}
        </Title>
        <Text>{t('directory.home.text')}</Text>
        <Group>
          <Button component={Link} to={directoryPath.find} size="md">
            {t('directory.home.cta')}
          </Button>
          <Button component={Link} to={directoryPath.deputies} size="md" variant="default">
            {t('directory.home.deputies')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
