// An okrug: its maslikhat, centre, deputies and the addresses it covers; staff edit the coverage.
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { isApiError } from '../../../lib/api/api_error';
import { describeError } from '../../../lib/i18n/error_text';
import { CoverageTable } from '../components/CoverageTable';
import { DeputyCard } from '../components/DeputyCard';
import { LoadedPage } from '../components/LoadedPage';
import { directoryPath } from '../directory_paths';
import type { OkrugView } from '../directory_types';
import { useDeleteCoverage, useDeleteOkrug, useOkrug } from '../hooks';
import { localized } from '../localized';
import { lazyComponent } from '../../../components/lazy_component';
import { FollowButton } from '../../subscriptions';

// Editors are staff-only: fetched when shown.
const CoverageRowForm = lazyComponent(async () => (await import('./CoverageRowForm')).CoverageRowForm);
const OkrugForm = lazyComponent(async () => (await import('./OkrugForm')).OkrugForm);

/** Staff edit the okrug's number, names and centre, or delete an okrug that has no deputies. */
function OkrugStaffTools({ okrug }: { okrug: OkrugView }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteOkrug(okrug.id);
  const [mode, setMode] = useState<'idle' | 'edit' | 'confirm'>('idle');
  const [saved, setSaved] = useState(false);
  const hasDeputies = remove.isError && isApiError(remove.error) && remove.error.hasField('okrug', 'has_deputies');

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="okrug-staff-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="okrug-staff-title">
          {t('directory.staff.title')}
        </Title>
        {saved && mode === 'idle' && <FormAlert kind="success">{t('directory.edit.saved')}</FormAlert>}
        {remove.isError && (
          <FormAlert kind="error">
            {hasDeputies
              ? t('directory.okrugForm.hasDeputies')
              : describeError(t, (key) => i18n.exists(key), remove.error).summary}
          </FormAlert>
        )}
        {mode === 'edit' && (
          <OkrugForm
            mode="edit"
            okrug={okrug}
            onDone={(result) => {
              setMode('idle');
              setSaved(result !== null);
            }}
          />
        )}
        {mode === 'confirm' && (
          <Stack gap="sm" role="group" aria-labelledby="okrug-delete-question">
            <Text id="okrug-delete-question">{t('directory.okrugForm.deleteQuestion', { n: okrug.number })}</Text>
            <Group>
              <Button
                color="red.9"
                loading={remove.isPending}
                onClick={() =>
                  remove.mutate(undefined, {
                    onSuccess: () => void navigate(directoryPath.maslikhat(okrug.maslikhat.id)),
                    onError: () => setMode('idle'),
                  })
                }
              >
                {t('directory.okrugForm.deleteYes')}
              </Button>
              <Button variant="default" onClick={() => setMode('idle')} disabled={remove.isPending} data-autofocus>
                {t('directory.edit.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
        {mode === 'idle' && (
          <Group>
            <Button
              variant="default"
              onClick={() => {
                setSaved(false);
                remove.reset();
                setMode('edit');
              }}
            >
              {t('directory.okrugForm.edit')}
            </Button>
            <Button
              variant="default"
              color="red.9"
              onClick={() => {
                setSaved(false);
                remove.reset();
                setMode('confirm');
              }}
            >
              {t('directory.okrugForm.delete')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function OkrugContent({ okrug }: { okrug: OkrugView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const remove = useDeleteCoverage(okrug.id);
  const [notice, setNotice] = useState<string | null>(null);
  const center = localized(lang, okrug, 'center');

  return (
    <Page title={localized(lang, okrug, 'name') || t('directory.okrug.numbered', { n: okrug.number })}>
      <Stack gap={4}>
        <Text>
          <Text span fw={600}>
            {t('directory.deputy.maslikhat')}:
          </Text>{' '}
          <Anchor component={Link} to={directoryPath.maslikhat(okrug.maslikhat.id)}>
            {localized(lang, okrug.maslikhat, 'name')}
          </Anchor>
        </Text>
        <Text>
          <Text span fw={600}>
            {t('directory.okrug.number')}:
          </Text>{' '}
          {okrug.number}
        </Text>
        {center && (
          <Text>
            <Text span fw={600}>
              {t('directory.okrug.center')}:
            </Text>{' '}
            {center}
          </Text>
        )}
      </Stack>

      <FollowButton target={{ kind: 'okrug', id: okrug.id }} />

      {okrug.can_edit && <OkrugStaffTools okrug={okrug} />}

      <Stack gap="sm" component="section" aria-labelledby="okrug-deputies">
        <Title order={2} size="h3" id="okrug-deputies">
          {t('directory.okrug.deputies')}
        </Title>
        {okrug.deputies.length === 0 ? (
          <Text c="dimmed">{t('directory.find.noDeputies')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {okrug.deputies.map((deputy) => (
              <DeputyCard key={deputy.id} deputy={deputy} />
            ))}
          </SimpleGrid>
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="okrug-coverage">
        <Title order={2} size="h3" id="okrug-coverage">
          {t('directory.okrug.coverage')}
        </Title>
        {notice && <FormAlert kind="success">{notice}</FormAlert>}
        {remove.isError && (
          <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), remove.error).summary}</FormAlert>
        )}
        <CoverageTable
          rows={okrug.coverage}
          caption={t('directory.okrug.coverage')}
          deleting={remove.isPending}
          onDelete={
            okrug.can_edit
              ? (row, label) =>
                  remove.mutate(row.id, { onSuccess: () => setNotice(t('directory.okrug.rowDeleted', { row: label })) })
              : undefined
          }
        />
      </Stack>

      {okrug.can_edit && (
        <Paper withBorder p="md" component="section" aria-labelledby="okrug-add-row">
          <Stack gap="sm">
            <Title order={2} size="h4" id="okrug-add-row">
              {t('directory.okrug.addRow')}
            </Title>
            <CoverageRowForm okrugId={okrug.id} onAdded={() => setNotice(t('directory.okrug.rowAdded'))} />
          </Stack>
        </Paper>
      )}
    </Page>
  );
}

export function OkrugPage() {
  const { id } = useParams();
  const query = useOkrug(Number(id));
  return <LoadedPage query={query}>{(okrug) => <OkrugContent okrug={okrug} />}</LoadedPage>;
}
