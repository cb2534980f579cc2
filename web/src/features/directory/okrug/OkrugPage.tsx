// An okrug: its maslikhat, centre, deputies and the addresses it covers; staff edit the coverage.
import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { describeError } from '../../../lib/i18n/error_text';
import { CoverageTable } from '../components/CoverageTable';
import { DeputyCard } from '../components/DeputyCard';
import { LoadedPage } from '../components/LoadedPage';
import { directoryPath } from '../directory_paths';
import type { OkrugView } from '../directory_types';
import { useDeleteCoverage, useOkrug } from '../hooks';
import { localized } from '../localized';
import { CoverageRowForm } from './CoverageRowForm';

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
