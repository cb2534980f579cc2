// /me/subscriptions: everything the person follows, how each reaches them (a mail at once, a daily
// or weekly digest, or the notification centre only), and «Unfollow». Every follow lands in the
// notification centre whatever the choice.
import { Anchor, Badge, Button, Group, Loader, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { describeError } from '../../lib/i18n/error_text';
import { kPaths } from '../../lib/paths';
import { useMe } from '../../lib/session';
import {
  kDeliveries,
  uiLang,
  useChangeDelivery,
  useMySubscriptions,
  useUnfollow,
  type Delivery,
  type Subscription,
} from './hooks';
import { targetPath } from './target_path';

function FollowRow({ s }: { s: Subscription }) {
  const { t, i18n } = useTranslation();
  const lang = uiLang(i18n.language);
  const change = useChangeDelivery();
  const unfollow = useUnfollow();
  const failed = change.error ?? unfollow.error;
  return (
    <Paper component="li" withBorder p="sm" data-testid="follow-row">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Badge variant="outline" color="blue.9" tt="none">
            {t(`subscriptions.kind.${s.target.kind}`)}
          </Badge>
          <Anchor component={Link} to={targetPath(s.target)} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {s.name || t('subscriptions.gone')}
          </Anchor>
        </Group>
        <Group gap="xs" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('subscriptions.deliveryLabel')}
            value={s.delivery}
            data={kDeliveries.map((d) => ({ value: d, label: t(`subscriptions.delivery.${d}`) }))}
            onChange={(e) => change.mutate({ id: s.id, delivery: e.currentTarget.value as Delivery, lang })}
            disabled={change.isPending}
          />
          <Button variant="outline" color="red.9" loading={unfollow.isPending} onClick={() => unfollow.mutate(s.id)}>
            {t('subscriptions.unfollow')}
          </Button>
        </Group>
        {failed && (
          <Text size="sm" c="red.9" role="alert">
            {describeError(t, (key) => i18n.exists(key), failed).summary}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

export function SubscriptionsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const signedIn = me.data != null;
  const list = useMySubscriptions(uiLang(i18n.language), signedIn);
  if (me.isPending) return <Loader aria-label={t('common.loading')} />;
  if (!signedIn) return <Navigate to={`${kPaths.login}?next=${encodeURIComponent(kPaths.mySubscriptions)}`} replace />;
  const items = list.data?.items ?? [];
  return (
    <Page title={t('subscriptions.title')}>
      <Text>{t('subscriptions.intro')}</Text>
      {list.isPending && <Loader aria-label={t('common.loading')} />}
      {list.isError && (
        <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), list.error).summary}</FormAlert>
      )}
      {list.isSuccess && items.length === 0 && (
        <Stack gap="xs">
          <Text>{t('subscriptions.none')}</Text>
          <Group gap="md">
            <Anchor component={Link} to="/find">
              {t('subscriptions.findDeputy')}
            </Anchor>
            <Anchor component={Link} to={kPaths.news}>
              {t('subscriptions.readNews')}
            </Anchor>
          </Group>
        </Stack>
      )}
      {items.length > 0 && (
        <section aria-labelledby="follows-title">
          <Title order={2} size="h4" id="follows-title" mb="xs">
            {t('subscriptions.count', { count: items.length, limit: list.data?.limit ?? 100 })}
          </Title>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((s) => (
              <FollowRow key={s.id} s={s} />
            ))}
          </Stack>
        </section>
      )}
    </Page>
  );
}
