import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { NotificationBell } from '../../features/notifications';
import { MainNav } from './MainNav';

export function Header() {
  const { t } = useTranslation();
  return (
    <Box component="header" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Container size="md">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Anchor component={Link} to="/" underline="never" c="blue.8" aria-label={`${t('app.name')} — ${t('nav.home')}`}>
            <Text component="span" fw={800} fz={24} lh={1}>
              {t('app.name')}
            </Text>
          </Anchor>
          <Group gap="md" wrap="nowrap">
            <NotificationBell />
            <LanguageSwitch />
          </Group>
        </Group>
        <Box mt="xs">
          <MainNav />
        </Box>
      </Container>
    </Box>
  );
}
