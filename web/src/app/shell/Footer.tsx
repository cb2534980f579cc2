import { Anchor, Box, Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { kPaths } from '../../lib/paths';

export function Footer() {
  const { t } = useTranslation();
  return (
    <Box component="footer" bg="gray.0" py="lg" mt="xl" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Container size="md">
        <Text size="sm">{t('footer.about')}</Text>
        <Anchor component={Link} to={kPaths.publicRegister} size="sm" c="blue.8">
          {t('appeals.home.publicRegister')}
        </Anchor>
        <Text size="sm" c="dimmed" mt={4}>
          {t('footer.rights')}
        </Text>
      </Container>
    </Box>
  );
}
