import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { kPaths } from '../../lib/paths';

export function Footer() {
  const { t } = useTranslation();
  return (
    <Box component="footer" bg="gray.0" py="lg" mt="xl" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Container size="md">
        <Text size="sm">{t('footer.about')}</Text>
        <Group gap="md" wrap="wrap">
          <Anchor component={Link} to={kPaths.publicRegister} size="sm" c="blue.8">
            {t('appeals.home.publicRegister')}
          </Anchor>
          <Anchor component={Link} to={kPaths.acts} size="sm" c="blue.8">
            {t('acts.nav')}
          </Anchor>
          <Anchor component={Link} to={kPaths.sittings} size="sm" c="blue.8">
            {t('sittings.nav')}
          </Anchor>
        </Group>
        <Text size="sm" c="dimmed" mt={4}>
          {t('footer.rights')}
        </Text>
      </Container>
    </Box>
  );
}
