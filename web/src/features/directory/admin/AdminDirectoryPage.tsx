// Admin: the territory tree (browse, add, rename or re-parent from a date, history) and new maslikhats.
import { Anchor, Breadcrumbs, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { describeError } from '../../../lib/i18n/error_text';
import { formatDay } from '../../../lib/dates';
import { RequireMe } from '../../../components/RequireMe';
import { directoryPath } from '../directory_paths';
import type { Maslikhat, Territory } from '../directory_types';
import { useMaslikhats, useTerritories, useTerritoryHistory } from '../hooks';
import { localized } from '../localized';
import { MaslikhatCreateForm } from './MaslikhatCreateForm';
import { TerritoryForm } from './TerritoryForm';

function TerritoryHistory({ territory, all }: { territory: Territory; all: readonly Territory[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const history = useTerritoryHistory(territory.id);
  const byId = new Map(all.map((item) => [item.id, item]));
  const caption = t('directory.territory.historyOf', { name: localized(lang, territory, 'name') });
  if (history.isPending) return <Loader aria-label={t('common.loading')} />;
  if (history.isError) {
    return <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), history.error).summary}</FormAlert>;
  }
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped verticalSpacing="xs">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('directory.territory.name')}</Table.Th>
            <Table.Th scope="col">{t('directory.territory.parent')}</Table.Th>
            <Table.Th scope="col">{t('directory.territory.period')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.data.items.map((version) => {
            const parent = version.parent_id !== null ? byId.get(version.parent_id) : undefined;
            const from = formatDay(version.valid_from, lang);
            const to = formatDay(version.valid_to, lang);
            return (
              <Table.Tr key={`${version.valid_from}-${version.valid_to ?? ''}`}>
                <Table.Td>{localized(lang, version, 'name')}</Table.Td>
                <Table.Td>{parent ? localized(lang, parent, 'name') : '—'}</Table.Td>
                <Table.Td>{to ? `${from} – ${to}` : t('directory.commission.since', { date: from })}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type Tool = { kind: 'add' } | { kind: 'edit'; territory: Territory } | { kind: 'history'; territory: Territory };

function TerritoriesBrowser({ all }: { all: readonly Territory[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [trail, setTrail] = useState<Territory[]>([]);
  const [tool, setTool] = useState<Tool | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const parent = trail.at(-1) ?? null;
  const children = useTerritories(parent?.id ?? null);
  const items = (children.data?.items ?? []).filter((item) => (parent ? true : item.parent_id === null));
  const name = (territory: Territory) => localized(lang, territory, 'name');

  const go = (next: Territory[]) => {
    setTrail(next);
    setTool(null);
    setNotice(null);
  };

  return (
    <Stack gap="sm">
      <nav aria-label={t('directory.territory.trail')}>
        <Breadcrumbs separator="›">
          {[
            <Anchor key="root" component="button" type="button" onClick={() => go([])}>
              {t('directory.territory.root')}
            </Anchor>,
            ...trail.map((territory, index) =>
              index === trail.length - 1 ? (
                <Text key={territory.id} span aria-current="location">
                  {name(territory)}
                </Text>
              ) : (
                <Anchor key={territory.id} component="button" type="button" onClick={() => go(trail.slice(0, index + 1))}>
                  {name(territory)}
                </Anchor>
              ),
            ),
          ]}
        </Breadcrumbs>
      </nav>
      {notice && tool === null && <FormAlert kind="success">{notice}</FormAlert>}
      {children.isPending && <Loader aria-label={t('common.loading')} />}
      {children.isError && (
        <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), children.error).summary}</FormAlert>
      )}
      {children.isSuccess && items.length === 0 && <Text c="dimmed">{t('directory.territory.empty')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={320}>
          <Table striped verticalSpacing="xs">
            <Table.Caption>
              {parent ? t('directory.territory.childrenOf', { name: name(parent) }) : t('directory.territory.topLevel')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('directory.territory.name')}</Table.Th>
                <Table.Th scope="col">{t('directory.territory.level')}</Table.Th>
                <Table.Th scope="col">{t('directory.coverage.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((territory) => (
                <Table.Tr key={territory.id}>
                  <Table.Td>
                    <Anchor component="button" type="button" onClick={() => go([...trail, territory])}>
                      {name(territory)}
                    </Anchor>
                    {territory.kato_code && (
                      <Text size="sm" c="dimmed">
                        {t('directory.territory.katoShort', { code: territory.kato_code })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`directory.territoryLevel.${territory.level}`)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="wrap">
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={t('directory.territory.editNamed', { name: name(territory) })}
                        onClick={() => {
                          setNotice(null);
                          setTool({ kind: 'edit', territory });
                        }}
                      >
                        {t('directory.edit.open')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={t('directory.territory.historyNamed', { name: name(territory) })}
                        onClick={() => {
                          setNotice(null);
                          setTool({ kind: 'history', territory });
                        }}
                      >
                        {t('directory.territory.history')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {tool === null && (
        <Group>
          <Button
            variant="default"
            onClick={() => {
              setNotice(null);
              setTool({ kind: 'add' });
            }}
          >
            {parent ? t('directory.territory.addUnder', { name: name(parent) }) : t('directory.territory.add')}
          </Button>
        </Group>
      )}
      {tool?.kind === 'add' && (
        <TerritoryForm
          key="add"
          mode="create"
          parent={parent}
          all={all}
          onDone={(saved) => {
            setTool(null);
            setNotice(saved ? t('directory.territory.created', { name: name(saved) }) : null);
          }}
        />
      )}
      {tool?.kind === 'edit' && (
        <TerritoryForm
          key={`edit-${tool.territory.id}`}
          mode="edit"
          territory={tool.territory}
          all={all}
          onDone={(saved) => {
            setTool(null);
            setNotice(saved ? t('directory.territory.saved', { name: name(saved) }) : null);
          }}
        />
      )}
      {tool?.kind === 'history' && (
        <Stack gap="xs">
          <TerritoryHistory territory={tool.territory} all={all} />
          <Group>
            <Button variant="default" onClick={() => setTool(null)}>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

function DirectoryAdmin() {
  const { t, i18n } = useTranslation();
  const all = useTerritories(null);
  const maslikhats = useMaslikhats();
  const [created, setCreated] = useState<Maslikhat | null>(null);
  if (all.isPending || maslikhats.isPending) return <Loader aria-label={t('common.loading')} />;
  if (all.isError || maslikhats.isError) {
    return (
      <FormAlert kind="error">
        {describeError(t, (key) => i18n.exists(key), all.error ?? maslikhats.error).summary}
      </FormAlert>
    );
  }
  return (
    <Stack gap="xl">
      <Stack gap="sm" component="section" aria-labelledby="admin-territories">
        <Title order={2} size="h3" id="admin-territories">
          {t('directory.territory.title')}
        </Title>
        <Text>{t('directory.territory.lead')}</Text>
        <TerritoriesBrowser all={all.data.items} />
      </Stack>
      <Paper withBorder p="md" component="section" aria-labelledby="admin-new-maslikhat">
        <Stack gap="sm">
          <Title order={2} size="h3" id="admin-new-maslikhat">
            {t('directory.maslikhatForm.title')}
          </Title>
          {created && (
            <FormAlert kind="success">
              {t('directory.maslikhatForm.created')}{' '}
              <Anchor component={Link} to={directoryPath.maslikhat(created.id)}>
                {localized(i18n.language, created, 'name')}
              </Anchor>
            </FormAlert>
          )}
          <MaslikhatCreateForm territories={all.data.items} maslikhats={maslikhats.data.items} onCreated={setCreated} />
        </Stack>
      </Paper>
    </Stack>
  );
}

export function AdminDirectoryPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('directory.admin.title')}>
      <RequireMe>
        {(me) =>
          me.roles.some((grant) => grant.role === 'admin') ? (
            <DirectoryAdmin />
          ) : (
            <FormAlert kind="error">{t('directory.admin.forbidden')}</FormAlert>
          )
        }
      </RequireMe>
    </Page>
  );
}
