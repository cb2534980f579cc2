// «Follow» on a deputy's, an okrug's, a commission's or a maslikhat's page, a post and the news of a
// tag. A guest is sent to sign in (and back); a follower chooses how news reach them, or stops.
// Loaded as its own chunk (index.ts): public pages' first download does not grow.
import { Anchor, Button, Group, NativeSelect, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { describeError } from '../../lib/i18n/error_text';
import { kPaths } from '../../lib/paths';
import { useMe } from '../../lib/session';
import {
  kDefaultDelivery,
  kDeliveries,
  sameTarget,
  uiLang,
  useChangeDelivery,
  useFollow,
  useMySubscriptions,
  useUnfollow,
  type Delivery,
  type FollowTarget,
} from './hooks';

export function FollowButton({ target, label }: { target: FollowTarget; label?: string }) {
  const { t, i18n } = useTranslation();
  const lang = uiLang(i18n.language);
  const me = useMe();
  const location = useLocation();
  const signedIn = me.data != null;
  const mine = useMySubscriptions(lang, signedIn);
  const follow = useFollow();
  const change = useChangeDelivery();
  const unfollow = useUnfollow();
  const selectId = useId();
  const what = label ?? t(`subscriptions.follow.${target.kind}`);

  if (me.isPending) return null;
  if (!signedIn) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <Button component={Link} to={`${kPaths.login}?next=${next}`} variant="light" color="blue.9" data-testid="follow">
        {what}
      </Button>
    );
  }
  if (mine.isPending) return null;
  const current = mine.data?.items.find((s) => sameTarget(s, target));
  const failed = follow.error ?? change.error ?? unfollow.error;
  const error = failed ? describeError(t, (key) => i18n.exists(key), failed).summary : null;

  if (!current) {
    const full = (mine.data?.items.length ?? 0) >= (mine.data?.limit ?? 100);
    return (
      <Group gap="xs" wrap="wrap">
        <Button
          variant="light"
          color="blue.9"
          data-testid="follow"
          loading={follow.isPending}
          disabled={full}
          onClick={() => follow.mutate({ target, delivery: kDefaultDelivery, lang })}
        >
          {what}
        </Button>
        {full && <Text size="sm">{t('subscriptions.tooMany')}</Text>}
        {error && (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        )}
      </Group>
    );
  }
  return (
    <Group gap="xs" align="flex-end" wrap="wrap" data-testid="following">
      <NativeSelect
        id={selectId}
        label={t('subscriptions.following')}
        value={current.delivery}
        data={kDeliveries.map((d) => ({ value: d, label: t(`subscriptions.delivery.${d}`) }))}
        onChange={(e) => change.mutate({ id: current.id, delivery: e.currentTarget.value as Delivery, lang })}
        disabled={change.isPending}
      />
      <Button variant="outline" color="red.9" loading={unfollow.isPending} onClick={() => unfollow.mutate(current.id)}>
        {t('subscriptions.unfollow')}
      </Button>
      <Anchor component={Link} to={kPaths.mySubscriptions} size="sm">
        {t('subscriptions.manage')}
      </Anchor>
      {error && (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      )}
    </Group>
  );
}
