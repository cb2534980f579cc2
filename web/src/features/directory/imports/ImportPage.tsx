// Staff import okrug coverage or deputies from CSV: "Check" is a dry run, "Import" writes all or nothing.
import { Anchor, Button, Code, FileInput, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { describeError } from '../../../lib/i18n/error_text';
import { RequireMe } from '../../../components/RequireMe';
import { LoadedPage } from '../components/LoadedPage';
import { directoryPath } from '../directory_paths';
import type { ImportKind, ImportResult, MaslikhatView } from '../directory_types';
import { useImportCsv, useMaslikhat } from '../hooks';
import { localized } from '../localized';
import { ImportErrorsTable } from './ImportErrorsTable';

export const kImportColumns: Record<ImportKind, string> = {
  coverage: 'okrug_number,settlement_ru,settlement_kk,street_ru,street_kk,houses',
  deputies: 'full_name_ru,full_name_kk,mandate_type,okrug_number,party_ru,party_kk,email,phone',
};

function ImportResultView({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  if (result.errors.length > 0) {
    return (
      <Stack gap="sm">
        <FormAlert kind="error" title={t('directory.import.errorsTitle')}>
          {t('directory.import.errorsText', { n: result.errors.length, rows: result.rows })}
        </FormAlert>
        <ImportErrorsTable errors={result.errors} label={t('directory.import.errorsTitle')} />
      </Stack>
    );
  }
  return (
    <FormAlert kind="success">
      {result.dry_run
        ? t('directory.import.checkedOk', { rows: result.rows })
        : t('directory.import.imported', { n: result.imported })}
    </FormAlert>
  );
}

function ImportForm({ maslikhat }: { maslikhat: MaslikhatView }) {
  const { t, i18n } = useTranslation();
  const run = useImportCsv(maslikhat.id);
  const [kind, setKind] = useState<ImportKind>('coverage');
  const [csv, setCsv] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [empty, setEmpty] = useState(false);
  const [fileUnreadable, setFileUnreadable] = useState(false);
  const [dryRun, setDryRun] = useState(true);

  async function onFile(next: File | null) {
    setFile(next);
    setFileUnreadable(false);
    if (!next) return;
    try {
      setCsv(await next.text());
      setEmpty(false);
      run.reset();
    } catch {
      setFileUnreadable(true);
    }
  }

  function submit(dry: boolean) {
    if (csv.trim() === '') {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    setDryRun(dry);
    run.mutate({ kind, csv, dryRun: dry });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    submit(true);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('directory.import.formLabel')}>
      <Stack gap="md">
        <Radio.Group
          label={t('directory.import.kind')}
          name="kind"
          value={kind}
          onChange={(value) => {
            setKind(value as ImportKind);
            run.reset();
          }}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="coverage" label={t('directory.import.kindCoverage')} />
            <Radio value="deputies" label={t('directory.import.kindDeputies')} />
          </Stack>
        </Radio.Group>
        <Text size="sm">
          {t('directory.import.columns')}{' '}
          <Code style={{ overflowWrap: 'anywhere' }}>
            {kImportColumns[kind]}
          </Code>
        </Text>
        <FileInput
          label={t('directory.import.file')}
          name="file"
          accept=".csv,text/csv,text/plain"
          clearable
          value={file}
          onChange={(next) => void onFile(next)}
          placeholder={t('directory.photo.choose')}
          styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
          clearButtonProps={{ 'aria-label': t('directory.photo.clear') }}
          error={fileUnreadable ? t('directory.import.fileUnreadable') : undefined}
        />
        <Textarea
          label={t('directory.import.csv')}
          description={t('directory.import.csvHint')}
          name="csv"
          autosize
          minRows={8}
          maxRows={20}
          spellCheck={false}
          value={csv}
          onChange={(event) => {
            setCsv(event.currentTarget.value);
            setEmpty(false);
          }}
          error={empty ? t('directory.import.empty') : undefined}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <Group>
          <Button type="submit" variant="default" loading={run.isPending && dryRun}>
            {t('directory.import.check')}
          </Button>
          <Button onClick={() => submit(false)} loading={run.isPending && !dryRun}>
            {t('directory.import.run')}
          </Button>
        </Group>
        <div aria-live="polite">
          {run.isSuccess && <ImportResultView result={run.data} />}
          {run.isError && (
            <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), run.error).summary}</FormAlert>
          )}
        </div>
      </Stack>
    </form>
  );
}

function ImportContent({ maslikhat }: { maslikhat: MaslikhatView }) {
  const { t, i18n } = useTranslation();
  const name = localized(i18n.language, maslikhat, 'name');
  return (
    <Page title={t('directory.import.title')}>
      <Text>
        <Anchor component={Link} to={directoryPath.maslikhat(maslikhat.id)}>
          {name}
        </Anchor>
      </Text>
      {maslikhat.can_edit ? (
        <>
          <Text>{t('directory.import.lead')}</Text>
          <ImportForm maslikhat={maslikhat} />
          <Stack gap="xs" component="section" aria-labelledby="import-help">
            <Title order={2} size="h4" id="import-help">
              {t('directory.import.helpTitle')}
            </Title>
            <Text size="sm">{t('directory.import.helpCoverage')}</Text>
            <Text size="sm">{t('directory.import.helpDeputies')}</Text>
          </Stack>
        </>
      ) : (
        <FormAlert kind="error">{t('directory.import.forbidden')}</FormAlert>
      )}
    </Page>
  );
}

function ImportLoader({ id }: { id: number }) {
  const query = useMaslikhat(id);
  return <LoadedPage query={query}>{(maslikhat) => <ImportContent maslikhat={maslikhat} />}</LoadedPage>;
}

export function ImportPage() {
  const { id } = useParams();
  return <RequireMe>{() => <ImportLoader id={Number(id)} />}</RequireMe>;
}
