// Renders children with the signed-in account; guests go to the login page and come back.
import { Button, Loader, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { kPaths } from '../lib/paths';
import { FormAlert } from './FormAlert';
import { describeError } from '../lib/i18n/error_text';
import type { Me } from '../lib/api/types';
import { useMe } from '../lib/session';

export function RequireMe({ children }: { children: (me: Me) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loader aria-label={t('common.loading')} />;
  if (me.isError) {
    return (
      <Stack>
        <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), me.error).summary}</FormAlert>
        <Button variant="default" onClick={() => void me.refetch()}>
          {t('common.retry')}
        </Button>
      </Stack>
    );
  }
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`${kPaths.login}?next=${next}`} replace />;
  }
  return <>{children(me.data)}</>;
}
