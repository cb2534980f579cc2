import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { kPaths } from '../../../lib/paths';
import { Page } from '../../../components/Page';
import { RegisterForm } from './RegisterForm';

export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Page title={t('register.title')} narrow>
      <Text>{t('register.intro')}</Text>
      <RegisterForm
        onRegistered={(login) =>
          void navigate(`${kPaths.verify}?login=${encodeURIComponent(login)}&registered=1`)
        }
      />
      <Text>
        {t('register.haveAccount')}{' '}
        <Anchor component={Link} to={kPaths.login}>
          {t('nav.login')}
        </Anchor>
      </Text>
    </Page>
  );
}
