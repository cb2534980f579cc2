// /drafts: public discussions of draft acts, open and closed, newest first — the title, the state
// with the days left and the closing date, and how many comments. Staff see a link to open one.
import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { LoadingRegion, SkeletonBlocks } from '../../components/PageSkeleton';
import { describeError } from '../../lib/i18n/error_text';
import { staffMaslikhatIds } from '../../lib/roles';
import { useMe } from '../../lib/session';
import { pick } from '../directory';
import { DraftState } from './DraftState';
import { useDrafts, type Draft } from './hooks';

function DraftCard({ draft }: { draft: Draft }) {
  const { t, i18n } = useTranslation();
  const titleId = `draft-${String(draft.id)}`;
  return (
    <Paper component="li" withBorder p="md" aria-labelledby={titleId} data-testid="draft-card">
      <Stack gap={6}>
        <Title order={2} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
          <Anchor component={Link} to={`/drafts/${String(draft.id)}`}>
            {pick(i18n.language, draft.title_kk, draft.title_ru)}
          </Anchor>
        </Title>
        <DraftState draft={draft} />
        <Text size="sm">{t('drafts.commentsCount', { count: draft.comments })}</Text>
      </Stack>
    </Paper>
  );
}

export function DraftsPage() {
  const { t, i18n } = useTranslation();
  const drafts = useDrafts({});
  const me = useMe();
  const isStaff = me.data ? staffMaslikhatIds(me.data).length > 0 || me.data.roles.some((r) => r.role === 'admin') : false;
  const items = drafts.data?.items ?? [];
  const open = items.filter((d) => d.state === 'open' || d.state === 'upcoming');
  const closed = items.filter((d) => d.state === 'closed' || d.state === 'withdrawn');
  const list = (rows: Draft[]) => (
    <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {rows.map((d) => (
        <DraftCard key={d.id} draft={d} />
      ))}
    </Stack>
  );
  return (
    <Page title={t('drafts.pageTitle')}>
      <Text>{t('drafts.intro')}</Text>
      {isStaff && (
        <div>
          <Button component={Link} to="/drafts/new" variant="default">
            {t('drafts.staff.new')}
          </Button>
        </div>
      )}
      {drafts.isPending && (
        <LoadingRegion>
          <SkeletonBlocks blocks={3} height={90} />
        </LoadingRegion>
      )}
      {drafts.isError && <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), drafts.error).summary}</FormAlert>}
      {drafts.isSuccess && (
        <>
          <section aria-labelledby="drafts-open">
            <Title order={2} size="h3" id="drafts-open" mb="sm">
              {t('drafts.openList')}
            </Title>
            {open.length === 0 ? <Text>{t('drafts.noneOpen')}</Text> : list(open)}
          </section>
          <section aria-labelledby="drafts-closed">
            <Title order={2} size="h3" id="drafts-closed" mb="sm">
              {t('drafts.closedList')}
            </Title>
            {closed.length === 0 ? <Text>{t('drafts.noneClosed')}</Text> : list(closed)}
          </section>
        </>
      )}
    </Page>
  );
}
