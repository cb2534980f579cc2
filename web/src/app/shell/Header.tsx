// The logo, the account's own controls (bell, language, sign-out) on one row, the navigation below.
// Sign-out sits in the top row: at the end of the navigation it wrapped onto a line of its own.
// Plain HTML for the frame (components/plain.tsx): it is on every page's first render.
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PageWidth } from '../../components/plain';
import { NotificationBell } from '../../features/notifications';
import { useLogout, useMe } from '../../features/identity/hooks';
import { kPaths } from '../../lib/paths';
import { MainNav } from './MainNav';
import classes from './shell.module.css';

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

/** The bell and sign-out, for a signed-in person only: a guest's first render skips their queries. */
function AccountControls() {
  const me = useMe();
  if (!me.data) return null;
  return (
    <div className={classes.account}>
      <NotificationBell />
      <SignOut />
    </div>
  );
}

export function Header() {
  const { t } = useTranslation();
  return (
    <header className={classes.header}>
      <PageWidth>
        <div className={classes.top}>
          <Link
            to="/"
            className={`mantine-focus-auto ${classes.logo}`}
            aria-label={`${t('app.name')} — ${t('nav.home')}`}
            data-testid="logo"
          >
            {t('app.name')}
          </Link>
          {/* The language first: on a phone it stays beside the logo and the bell and sign-out wrap
              under it, in the same order as on a wide screen. */}
          <div className={classes.controls}>
            <LanguageSwitch />
            <AccountControls />
          </div>
        </div>
        <div className={classes.nav}>
          <MainNav />
        </div>
      </PageWidth>
    </header>
  );
}
