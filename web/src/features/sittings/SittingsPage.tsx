// /sittings: the maslikhats' sittings (sessions), newest first — number, kind, day, place, and
// whether it was closed; a maslikhat filter in the URL. Staff see a link to announce one.
import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
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
import { useSittings, type Sitting } from './hooks';
import { sittingTitle } from './titles';

export function SittingTitle({ sitting }: { sitting: Sitting }) {
  const { t, i18n } = useTranslation();
  return <>{sittingTitle(t, i18n.language, sitting)}</>;
}

function SittingCard({ sitting }: { sitting: Sitting }) {
  const { t, i18n } = useTranslation();
  const titleId = `sitting-${String(sitting.id)}`;
  return (
    <Paper component="li" withBorder p="md" aria-labelledby={titleId} data-testid="sitting-card">
      <Stack gap={6}>
        <Title order={2} size="h4" id={titleId}>
          <Anchor component={Link} to={`/sittings/${String(sitting.id)}`}>
            <SittingTitle sitting={sitting} />
          </Anchor>
        </Title>
        <Group gap="xs" wrap="wrap">
          <Text>
            {formatDay(sitting.held_on, i18n.language)}, {sitting.starts_at}
          </Text>
          {sitting.closed && (
            <Badge variant="outline" color="gray.8" tt="none">
              {t('sittings.closed')}
            </Badge>
          )}
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {sitting.place}
        </Text>
      </Stack>
    </Paper>
  );
}

export function SittingsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('maslikhat');
  const maslikhat = raw && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
  const maslikhats = useMaslikhats();
  const sittings = useSittings(maslikhat);
  const me = useMe();
  const isStaff = me.data ? staffMaslikhatIds(me.data).length > 0 || me.data.roles.some((r) => r.role === 'admin') : false;
  return (
    <Page title={t('sittings.pageTitle')}>
      <Text>{t('sittings.intro')}</Text>
      {isStaff && (
        <div>
          <Button component={Link} to={`${kPaths.sittings}/new`} variant="default">
            {t('sittings.staff.new')}
          </Button>
        </div>
      )}
      <NativeSelect
        label={t('sittings.maslikhat')}
        value={maslikhat === undefined ? '' : String(maslikhat)}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setParams(value ? { maslikhat: value } : {});
        }}
        data={[
          { value: '', label: t('sittings.anyMaslikhat') },
          ...(maslikhats.data?.items ?? []).map((m) => ({ value: String(m.id), label: localized(i18n.language, m, 'name') })),
        ]}
      />
      {sittings.isPending && (
        <LoadingRegion>
          <SkeletonBlocks blocks={3} height={90} />
        </LoadingRegion>
      )}
      {sittings.isError && <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), sittings.error).summary}</FormAlert>}
      {sittings.isSuccess &&
        (sittings.data.items.length === 0 ? (
          <Text>{t('sittings.empty')}</Text>
        ) : (
          <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {sittings.data.items.map((s) => (
              <SittingCard key={s.id} sitting={s} />
            ))}
          </Stack>
        ))}
    </Page>
  );
}
