// /acts: the public registry of the maslikhats' normative legal acts — filters (maslikhat, status,
// year), a stemmed search in Kazakh and Russian, and a list that reads on a phone. The filters live
// in the URL, so a search can be shared. Staff see a link to record an act.
import { Anchor, Button, Fieldset, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { LoadingRegion, SkeletonBlocks } from '../../components/PageSkeleton';
import { formatDay } from '../../lib/dates';
import { describeError } from '../../lib/i18n/error_text';
import { kPaths } from '../../lib/paths';
import { staffMaslikhatIds } from '../../lib/roles';
import { useMe } from '../../lib/session';
import { localized, useMaslikhats } from '../directory';
import { ActStatusBadge } from './ActStatusBadge';
import { kActStatuses, useActs, type ActStatus, type ActSummary } from './hooks';

const kFirstYear = 2000;

function numberParam(params: URLSearchParams, name: string): number | undefined {
  const value = params.get(name);
  return value && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

function ActCard({ act }: { act: ActSummary }) {
  const { t, i18n } = useTranslation();
  const titleId = `act-${String(act.id)}`;
  return (
    <Paper component="li" withBorder p="md" aria-labelledby={titleId} data-testid="act-card">
      <Stack gap={6}>
        <Title order={2} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
          <Anchor component={Link} to={kPaths.act(act.id)}>
            {localized(i18n.language, act, 'title')}
          </Anchor>
        </Title>
        <Group gap="xs" wrap="wrap">
          <ActStatusBadge status={act.status} />
          <Text size="sm">{t('acts.numberDate', { number: act.number, date: formatDay(act.adopted_on, i18n.language) })}</Text>
        </Group>
        {act.in_force_on && (
          <Text size="sm" c="dimmed">
            {t('acts.inForceOn', { date: formatDay(act.in_force_on, i18n.language) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

export function ActsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const maslikhats = useMaslikhats();
  const status = kActStatuses.find((s) => s === params.get('status'));
  const query = {
    maslikhat: numberParam(params, 'maslikhat'),
    status,
    year: numberParam(params, 'year'),
    q: params.get('q') ?? undefined,
  };
  const [text, setText] = useState(query.q ?? '');
  const acts = useActs(query);
  const items = acts.data?.pages.flatMap((page) => page.items) ?? [];
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  const search = (event: FormEvent) => {
    event.preventDefault();
    set('q', text.trim());
  };
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - kFirstYear + 1 }, (_, i) => String(thisYear - i));
  const isStaff = me.data ? staffMaslikhatIds(me.data).length > 0 || me.data.roles.some((r) => r.role === 'admin') : false;

  return (
    <Page title={t('acts.title')}>
      <Text>{t('acts.intro')}</Text>
      <Text>
        <Anchor component={Link} to="/drafts">
          {t('drafts.nav')}
        </Anchor>
      </Text>
      {isStaff && (
        <Group gap="sm">
          <Button component={Link} to={kPaths.actNew} variant="default">
            {t('acts.staff.new')}
          </Button>
          <Button component={Link} to="/acts/import" variant="default">
            {t('acts.import.title')}
          </Button>
        </Group>
      )}
      <form role="search" aria-label={t('acts.filters')} onSubmit={search}>
        <Fieldset legend={t('acts.filters')}>
          <Stack gap="sm">
            <Group align="end" gap="xs" wrap="nowrap">
              <TextInput
                style={{ flex: 1, minWidth: 0 }}
                label={t('acts.search')}
                description={t('acts.searchHint')}
                type="search"
                name="q"
                maxLength={200}
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
              />
              <Button type="submit">{t('acts.find')}</Button>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <NativeSelect
                label={t('acts.maslikhat')}
                value={query.maslikhat === undefined ? '' : String(query.maslikhat)}
                onChange={(event) => set('maslikhat', event.currentTarget.value)}
                data={[
                  { value: '', label: t('acts.anyMaslikhat') },
                  ...(maslikhats.data?.items ?? []).map((m) => ({ value: String(m.id), label: localized(i18n.language, m, 'name') })),
                ]}
              />
              <NativeSelect
                label={t('acts.statusLabel')}
                value={status ?? ''}
                onChange={(event) => set('status', event.currentTarget.value)}
                data={[
                  { value: '', label: t('acts.anyStatus') },
                  ...kActStatuses.map((s: ActStatus) => ({ value: s, label: t(`acts.status.${s}`) })),
                ]}
              />
              <NativeSelect
                label={t('acts.year')}
                value={query.year === undefined ? '' : String(query.year)}
                onChange={(event) => set('year', event.currentTarget.value)}
                data={[{ value: '', label: t('acts.anyYear') }, ...years]}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
      </form>
      {acts.isPending && (
        <LoadingRegion>
          <SkeletonBlocks blocks={3} height={100} />
        </LoadingRegion>
      )}
      {acts.isError && <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), acts.error).summary}</FormAlert>}
      <Text size="sm" aria-live="polite" data-testid="acts-count">
        {acts.isSuccess ? (items.length === 0 ? t('acts.empty') : t('acts.count', { n: items.length })) : ''}
      </Text>
      {items.length > 0 && (
        <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((act) => (
            <ActCard key={act.id} act={act} />
          ))}
        </Stack>
      )}
      {acts.hasNextPage && (
        <div>
          <Button variant="default" onClick={() => void acts.fetchNextPage()} loading={acts.isFetchingNextPage}>
            {t('acts.loadMore')}
          </Button>
        </div>
      )}
    </Page>
  );
}
