import { Anchor, Badge, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { kPaths } from '../../../lib/paths';
import { Page } from '../../../components/Page';
import type { Me } from '../../../lib/api/types';
import { RequireMe } from '../../../components/RequireMe';
import { roleText, useScopeNames } from '../role_text';
import { ProfileForm } from './ProfileForm';
import { TotpSection } from './TotpSection';

function Detail({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={600}>
        {term}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

function AccountDetails({ me }: { me: Me }) {
  const { t } = useTranslation();
  const names = useScopeNames(me.roles);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="account-details-title">
      <Title order={2} size="h3" id="account-details-title" mb="sm">
        {t('account.detailsTitle')}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
        <Detail term={t('account.displayName')}>
          <span data-testid="account-display-name">{me.display_name}</span>
        </Detail>
        {me.email !== null && <Detail term={t('account.email')}>{me.email}</Detail>}
        {me.phone !== null && <Detail term={t('account.phone')}>{me.phone}</Detail>}
        <Detail term={t('account.verified')}>{me.verified ? t('common.yes') : t('common.no')}</Detail>
        <Detail term={t('account.iin')}>{me.iin_masked ?? t('account.notGiven')}</Detail>
        <Detail term={t('account.language')}>{t(`lang.${me.language}`)}</Detail>
      </SimpleGrid>
      <Title order={3} size="h5" mt="md" mb="xs">
        {t('account.roles')}
      </Title>
      {me.roles.length === 0 ? (
        <Text>{t('account.noRoles')}</Text>
      ) : (
        <Group gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {me.roles.map((grant) => (
            <li key={grant.id}>
              <Badge variant="outline" color="blue.8" tt="none" size="lg">
                {roleText(t, grant, names)}
              </Badge>
            </li>
          ))}
        </Group>
      )}
    </Paper>
  );
}

/** A section of the account page that leads to a page of its own. */
function LinkSection({ id, title, to, children }: { id: string; title: string; to: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="xs">
        {title}
      </Title>
      <Anchor component={Link} to={to}>
        {children}
      </Anchor>
    </Paper>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('account.title')}>
      <RequireMe>
        {(me) => (
          <>
            <AccountDetails me={me} />
            <LinkSection id="account-receptions-title" title={t('reception.mine.title')} to={kPaths.myReceptions}>
              {t('reception.mine.open')}
            </LinkSection>
            <LinkSection id="account-subscriptions-title" title={t('subscriptions.title')} to={kPaths.mySubscriptions}>
              {t('subscriptions.open')}
            </LinkSection>
            <LinkSection id="account-data-title" title={t('privacy.title')} to={kPaths.myData}>
              {t('privacy.open')}
            </LinkSection>
            <ProfileForm me={me} />
            {me.is_staff && <TotpSection me={me} />}
          </>
        )}
      </RequireMe>
    </Page>
  );
}
