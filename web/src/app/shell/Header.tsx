// The logo, the account's own controls (bell, language, sign-out) on one row, the navigation below.
// Sign-out sits in the top row: at the end of the navigation it wrapped onto a line of its own.
import { Anchor, Box, Button, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { NotificationBell } from '../../features/notifications';
import { useLogout, useMe } from '../../features/identity/hooks';
import { kPaths } from '../../lib/paths';
import { MainNav } from './MainNav';

function SignOut() {
  const { t } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  if (!me.data) return null;
  return (
    <Button
      variant="default"
      size="compact-sm"
      data-testid="sign-out"
      loading={logout.isPending}
      onClick={() => logout.mutate(undefined, { onSettled: () => void navigate(kPaths.home) })}
    >
      {t('nav.logout')}
    </Button>
  );
}

export function Header() {
  const { t } = useTranslation();
  return (
    <Box component="header" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Container size="md">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="center">
          <Anchor
            component={Link}
            to="/"
            underline="never"
            c="blue.8"
            aria-label={`${t('app.name')} — ${t('nav.home')}`}
            data-testid="logo"
            style={{ flexShrink: 0 }}
          >
            <Text component="span" fw={800} fz={24} lh={1}>
              {t('app.name')}
            </Text>
          </Anchor>
          {/* The language first: on a phone it stays beside the logo and the bell and sign-out wrap
              under it, in the same order as on a wide screen. */}
          <Group gap="xs" wrap="wrap" justify="flex-end" style={{ minWidth: 0 }}>
            <LanguageSwitch />
            <Group gap="xs" wrap="nowrap">
              <NotificationBell />
              <SignOut />
            </Group>
          </Group>
        </Group>
        <Box mt="xs">
          <MainNav />
        </Box>
      </Container>
    </Box>
  );
}
