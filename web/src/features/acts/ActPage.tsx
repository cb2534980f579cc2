// /acts/:id: one legal act — its requisites, status, entry into force, the link to the official
// database, the full texts with an anchor per paragraph (Kazakh and Russian side by side on a wide
// screen, one under the other on a phone, or one of them), the editions, and a print view.
// The maslikhat's staff correct it, add an edition and move its status here.
import { Anchor, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
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
import { kPaths } from '../../lib/paths';
import { staffMaslikhatIds } from '../../lib/roles';
import { useMe } from '../../lib/session';
import { localized } from '../directory';
import { ActDraftLink } from '../drafts';
import { ActDecisions } from '../sittings';
import { ActLinks } from './ActLinks';
import { ActStaffTools } from './ActStaffTools';
import { ActStatusBadge } from './ActStatusBadge';
import { ActText } from './ActText';
import './acts_print.css';
import { useAct, type ActDetail } from './hooks';

type Shown = 'both' | 'kk' | 'ru';

function Requisites({ act }: { act: ActDetail }) {
  const { t, i18n } = useTranslation();
  const day = (d: string | null) => (d ? formatDay(d, i18n.language) : t('acts.none'));
  const rows: [string, string][] = [
    [t('acts.field.number'), act.number],
    [t('acts.field.adopted'), day(act.adopted_on)],
    [t('acts.field.registration'), act.registration_number ? t('acts.registration', { number: act.registration_number, date: day(act.registered_on) }) : t('acts.none')],
    [t('acts.field.published'), act.published_on ? `${day(act.published_on)}${act.publication_source ? ` — ${act.publication_source}` : ''}` : t('acts.none')],
    [t('acts.field.inForce'), day(act.in_force_on)],
    [t('acts.field.lastEdition'), day(act.last_edition_on)],
  ];
  return (
    <Table variant="vertical" layout="fixed" withTableBorder>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w="40%">{label}</Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Editions({ act }: { act: ActDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="editions">
      <Title order={2} size="h3" id="editions">
        {t('acts.editions.title')}
      </Title>
      {act.editions.length === 0 ? (
        <Text mt="xs">{t('acts.editions.none')}</Text>
      ) : (
        <Stack component="ol" gap="xs" mt="xs" pl="lg">
          {act.editions.map((e) => (
            <li key={e.id}>
              <Text fw={700}>{formatDay(e.edition_on, i18n.language)}</Text>
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{e.changes}</Text>
            </li>
          ))}
        </Stack>
      )}
    </section>
  );
}

function ActView({ act }: { act: ActDetail }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [shown, setShown] = useState<Shown>('both');
  const mayEdit = me.data
    ? me.data.roles.some((r) => r.role === 'admin') || staffMaslikhatIds(me.data).includes(act.maslikhat_id)
    : false;
  return (
    <Page title={localized(i18n.language, act, 'title')}>
      <Group gap="xs" wrap="wrap">
        <ActStatusBadge status={act.status} />
        <Text>{t('acts.numberDate', { number: act.number, date: formatDay(act.adopted_on, i18n.language) })}</Text>
      </Group>
      <Requisites act={act} />
      <Group gap="sm" wrap="wrap" className="act-no-print">
        {act.adilet_url && (
          <Anchor href={act.adilet_url} target="_blank" rel="noopener noreferrer">
            {t('acts.adilet')}
          </Anchor>
        )}
        <Button variant="default" onClick={() => window.print()}>
          {t('acts.print')}
        </Button>
        <ActDraftLink actId={act.id} />
        <Anchor component={Link} to={kPaths.acts}>
          {t('acts.back')}
        </Anchor>
      </Group>
      {act.note && <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{act.note}</Text>}
      {mayEdit && <ActStaffTools act={act} />}
      <ActLinks act={act} mayEdit={mayEdit} />
      <ActDecisions actId={act.id} />
      <SegmentedControl
        className="act-no-print"
        aria-label={t('acts.text.choose')}
        value={shown}
        onChange={(value) => setShown(value === 'kk' || value === 'ru' ? value : 'both')}
        data={[
          { value: 'both', label: t('acts.text.both') },
          { value: 'kk', label: t('acts.text.kkShort') },
          { value: 'ru', label: t('acts.text.ruShort') },
        ]}
      />
      <SimpleGrid className="act-texts" cols={{ base: 1, md: shown === 'both' ? 2 : 1 }} spacing="xl">
        {shown !== 'ru' && <ActText language="kk" text={act.text_kk} />}
        {shown !== 'kk' && <ActText language="ru" text={act.text_ru} />}
      </SimpleGrid>
      <Paper p={0}>
        <Editions act={act} />
      </Paper>
    </Page>
  );
}

export function ActPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const actId = id && /^\d{1,15}$/.test(id) ? Number(id) : 0;
  const act = useAct(actId);
  if (actId === 0 || (act.isError && isApiError(act.error) && act.error.code === 'not_found')) return <NotFoundPage />;
  if (act.isPending) {
    return (
      <LoadingRegion>
        <SkeletonBlocks blocks={3} height={120} />
      </LoadingRegion>
    );
  }
  if (act.isError) return <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), act.error).summary}</FormAlert>;
  return <ActView act={act.data} />;
}
