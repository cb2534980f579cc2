// /sittings/:id: one sitting — when and where, the broadcast and video archive, the agenda, who
// attended with the quorum (at least 2/3 of the elected deputies by default), and the decisions
// with their vote and the act they made; each item's documents. The maslikhat's staff record
// attendance and decisions and attach documents.
import { Anchor, Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { NotFoundPage } from '../../components/NotFoundPage';
import { Page } from '../../components/Page';
import { LoadingRegion, SkeletonBlocks } from '../../components/PageSkeleton';
import { isApiError } from '../../lib/api/api_error';
import { formatDay } from '../../lib/dates';
import { describeError } from '../../lib/i18n/error_text';
import { staffMaslikhatIds } from '../../lib/roles';
import { useMe } from '../../lib/session';
import { pick } from '../directory';
import { PostsAbout } from '../posts';
import { DecisionForm } from './DecisionForm';
import { useSittingDocuments, type SittingDocument } from './documents';
import { useSitting, type Decision, type DecisionStatus, type SittingDetail } from './hooks';
import { ItemDocuments } from './ItemDocuments';
import { SittingStaffTools } from './SittingStaffTools';
import { sittingTitle } from './titles';

function Quorum({ sitting }: { sitting: SittingDetail }) {
  const { t } = useTranslation();
  const q = sitting.quorum;
  return (
    <Group gap="xs" wrap="wrap" data-testid="quorum">
      <Badge variant="outline" color={q.quorate ? 'green.9' : 'red.9'} tt="none" size="lg">
        {q.quorate ? t('sittings.quorum.yes') : t('sittings.quorum.no')}
      </Badge>
      <Text>{t('sittings.quorum.counts', { present: q.present, elected: q.elected, needed: q.needed })}</Text>
    </Group>
  );
}

const kStatusColors: Record<DecisionStatus, string> = {
  draft: 'gray.8',
  adopted: 'green.9',
  rejected: 'red.9',
  withdrawn: 'gray.8',
};

// One decision: number and title, status, the agenda item, the vote (and how each deputy voted,
// when recorded by name), the text in the reader's language and the act it makes or changes.
function DecisionCard({ sitting, decision: d, itemTitle, mayEdit }: { sitting: SittingDetail; decision: Decision; itemTitle: string; mayEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const names = new Map(sitting.attendance.map((a) => [a.deputy_id, pick(i18n.language, a.name_kk, a.name_ru)]));
  const text = pick(i18n.language, d.text_kk, d.text_ru);
  const voted = d.votes_for + d.votes_against + d.votes_abstained > 0;
  return (
    <Paper component="li" withBorder p="sm" data-testid="decision">
      <Group gap="xs" wrap="wrap" align="flex-start">
        <Text fw={700} style={{ overflowWrap: 'anywhere', flex: '1 1 12rem' }}>
          {t('sittings.decisionTitle', { number: d.number, title: pick(i18n.language, d.title_kk, d.title_ru) })}
        </Text>
        <Badge variant="outline" color={kStatusColors[d.status]} tt="none" data-testid="decision-status">
          {t(`sittings.status.${d.status}`)}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t('sittings.decisionDate', { date: formatDay(d.adopted_on, i18n.language) })}
      </Text>
      {d.agenda_item_id !== null && (
        <Text size="sm" c="dimmed">
          {t('sittings.onItem', { item: itemTitle })}
        </Text>
      )}
      {voted && (
        <Table withTableBorder mt="xs" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sittings.vote.for')}</Table.Th>
              <Table.Th>{t('sittings.vote.against')}</Table.Th>
              <Table.Th>{t('sittings.vote.abstained')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Td>{d.votes_for}</Table.Td>
              <Table.Td>{d.votes_against}</Table.Td>
              <Table.Td>{d.votes_abstained}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
      {d.by_name.length > 0 && (
        <details>
          <summary>{t('sittings.byName')}</summary>
          <List spacing={2} mt={4} data-testid="votes-by-name">
            {d.by_name.map((v) => (
              <List.Item key={v.deputy_id}>
                {t('sittings.votedAs', { name: names.get(v.deputy_id) ?? '—', vote: t(`sittings.vote.${v.vote}`) })}
              </List.Item>
            ))}
          </List>
        </details>
      )}
      {text && (
        <details>
          <summary>{t('sittings.decisionText')}</summary>
          <Text mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lang={text === d.text_kk ? 'kk' : 'ru'} data-testid="decision-text">
            {text}
          </Text>
        </details>
      )}
      {d.act_id !== null && (
        <Anchor component={Link} to={`/acts/${String(d.act_id)}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {d.act ? t('sittings.actLink', { number: d.act.number, title: pick(i18n.language, d.act.title_kk, d.act.title_ru) }) : t('sittings.act')}
        </Anchor>
      )}
      {mayEdit && !editing && (
        <Group mt="xs">
          <Button variant="default" size="xs" onClick={() => setEditing(true)}>
            {t('sittings.staff.edit')}
          </Button>
        </Group>
      )}
      {mayEdit && editing && (
        <Stack mt="sm">
          <DecisionForm sitting={sitting} decision={d} onDone={() => setEditing(false)} />
        </Stack>
      )}
    </Paper>
  );
}

function SittingView({ sitting }: { sitting: SittingDetail }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const mayEdit = me.data
    ? me.data.roles.some((r) => r.role === 'admin') || staffMaslikhatIds(me.data).includes(sitting.maslikhat_id)
    : false;
  const documents = useSittingDocuments(sitting.id);
  const documentsOf = (itemId: number): SittingDocument[] => documents.data?.items.filter((d) => d.agenda_item_id === itemId) ?? [];
  const itemTitle = (id: number | null) => {
    const item = sitting.agenda.find((a) => a.id === id);
    return item ? `${String(item.position)}. ${pick(i18n.language, item.title_kk, item.title_ru)}` : '';
  };
  return (
    <Page title={sittingTitle(t, i18n.language, sitting)}>
      <Stack gap={4}>
        <Text>
          {formatDay(sitting.held_on, i18n.language)}, {sitting.starts_at} — {sitting.place}
        </Text>
        <Text size="sm" c="dimmed">
          {sitting.closed ? t('sittings.closedAnnounced', { date: formatDay(sitting.announced_on, i18n.language) }) : t('sittings.open')}
        </Text>
        {sitting.broadcast_url && (
          <Anchor href={sitting.broadcast_url} target="_blank" rel="noopener noreferrer">
            {t('sittings.broadcast')}
          </Anchor>
        )}
        {sitting.video_url && (
          <Anchor href={sitting.video_url} target="_blank" rel="noopener noreferrer">
            {t('sittings.video')}
          </Anchor>
        )}
        {sitting.announcement_post_id !== null && (
          <Anchor component={Link} to={`/posts/${String(sitting.announcement_post_id)}`} data-testid="announcement-post">
            {t('sittings.announcementPost')}
          </Anchor>
        )}
        {sitting.results_post_id !== null && (
          <Anchor component={Link} to={`/posts/${String(sitting.results_post_id)}`} data-testid="results-post">
            {t('sittings.resultsPost')}
          </Anchor>
        )}
      </Stack>

      <section aria-labelledby="agenda">
        <Title order={2} size="h3" id="agenda">
          {t('sittings.agenda')}
        </Title>
        {sitting.agenda.length === 0 ? (
          <Text>{t('sittings.noAgenda')}</Text>
        ) : (
          <List type="ordered" spacing="xs" mt="xs">
            {sitting.agenda.map((item) => (
              <List.Item key={item.id}>
                <Text style={{ overflowWrap: 'anywhere' }}>{pick(i18n.language, item.title_kk, item.title_ru)}</Text>
                {item.rapporteur && (
                  <Text size="sm" c="dimmed">
                    {t('sittings.rapporteur', { name: item.rapporteur })}
                  </Text>
                )}
                {documents.data && !documents.data.hidden && (
                  <ItemDocuments sittingId={sitting.id} itemId={item.id} documents={documentsOf(item.id)} mayEdit={mayEdit} />
                )}
                {sitting.quorum.present > 0 && (
                  <Group gap={6} wrap="wrap" data-testid="item-quorum">
                    <Badge variant="outline" color={item.quorum.quorate ? 'green.9' : 'red.9'} tt="none" size="sm">
                      {item.quorum.quorate ? t('sittings.quorum.yes') : t('sittings.quorum.no')}
                    </Badge>
                    <Text size="sm">{t('sittings.quorum.atItem', { present: item.quorum.present, needed: item.quorum.needed })}</Text>
                  </Group>
                )}
              </List.Item>
            ))}
          </List>
        )}
        {documents.data?.hidden && (
          <Text size="sm" c="dimmed" mt="xs">
            {t('sittings.documents.hidden')}
          </Text>
        )}
      </section>

      <section aria-labelledby="attendance">
        <Title order={2} size="h3" id="attendance">
          {t('sittings.attendance')}
        </Title>
        <Quorum sitting={sitting} />
        {sitting.quorum.present > 0 && (
          <List spacing={2} mt="xs" data-testid="present-list">
            {sitting.attendance
              .filter((a) => a.present)
              .map((a) => (
                <List.Item key={a.deputy_id}>{pick(i18n.language, a.name_kk, a.name_ru)}</List.Item>
              ))}
          </List>
        )}
      </section>

      <section aria-labelledby="decisions">
        <Title order={2} size="h3" id="decisions">
          {sitting.commission_id !== null ? t('sittings.conclusions') : t('sittings.decisions')}
        </Title>
        {sitting.decisions.length === 0 ? (
          <Text>{t('sittings.noDecisions')}</Text>
        ) : (
          <Stack gap="sm" mt="xs" component="ul" p={0} style={{ listStyle: 'none' }}>
            {sitting.decisions.map((d) => (
              <DecisionCard key={d.id} sitting={sitting} decision={d} itemTitle={itemTitle(d.agenda_item_id)} mayEdit={mayEdit} />
            ))}
          </Stack>
        )}
      </section>
      <PostsAbout sittingId={sitting.id} />
      {mayEdit && <SittingStaffTools sitting={sitting} />}
    </Page>
  );
}

export function SittingPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const sittingId = id && /^\d{1,15}$/.test(id) ? Number(id) : 0;
  const sitting = useSitting(sittingId);
  if (sittingId === 0 || (sitting.isError && isApiError(sitting.error) && sitting.error.code === 'not_found'))
    return <NotFoundPage />;
  if (sitting.isPending) {
    return (
      <LoadingRegion>
        <SkeletonBlocks blocks={3} height={120} />
      </LoadingRegion>
    );
  }
  if (sitting.isError) return <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), sitting.error).summary}</FormAlert>;
  return <SittingView sitting={sitting.data} />;
}
