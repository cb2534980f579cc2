import { Button, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { kPaths } from '../../lib/paths';
import { Page } from '../../components/Page';
import { FindDeputyCallout } from '../directory';
import { useMe } from '../../lib/session';

const kSections = [
  { title: 'home.votersTitle', text: 'home.votersText' },
  { title: 'home.deputiesTitle', text: 'home.deputiesText' },
  { title: 'home.openTitle', text: 'home.openText' },
] as const;

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Page title={t('home.title')}>
      <Text size="lg">{t('home.lead')}</Text>
      <FindDeputyCallout />
      <Group>
        <Button component={Link} to={kPaths.appealNew} variant="light">
          {t('appeals.home.write')}
        </Button>
        <Button component={Link} to={kPaths.publicRegister} variant="default">
          {t('appeals.home.publicRegister')}
        </Button>
      </Group>
      {me.data === null && (
        <Group>
          <Button component={Link} to={kPaths.register}>
            {t('home.ctaRegister')}
          </Button>
          <Button component={Link} to={kPaths.login} variant="default">
            {t('home.ctaLogin')}
          </Button>
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {kSections.map((section) => (
          <Paper key={section.title} withBorder p="md" component="section">
            <Title order={2} size="h4" mb="xs">
              {t(section.title)}
            </Title>
            <Text>{t(section.text)}</Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Page>
  );
}
