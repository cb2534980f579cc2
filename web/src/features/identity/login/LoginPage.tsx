import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { kPaths, safeNext } from '../../../lib/paths';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { landingPath } from './landing';
import { LoginForm } from './LoginForm';

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // A `next` (the page that asked for a sign-in) wins; otherwise the person's work.
  const next = params.get('next');
  return (
    <Page title={t('login.title')} narrow>
      {params.get('verified') && <FormAlert kind="success">{t('login.verified')}</FormAlert>}
      {params.get('reset') && <FormAlert kind="success">{t('login.passwordChanged')}</FormAlert>}
      <LoginForm initialLogin={params.get('login') ?? ''} onLoggedIn={(me) => void navigate(safeNext(next, landingPath(me)), { replace: true })} />
      <Group gap="lg">
        <Anchor component={Link} to={kPaths.reset}>
          {t('login.forgot')}
        </Anchor>
        <Text>
          {t('login.noAccount')}{' '}
          <Anchor component={Link} to={kPaths.register}>
            {t('nav.register')}
          </Anchor>
        </Text>
      </Group>
    </Page>
  );
}
