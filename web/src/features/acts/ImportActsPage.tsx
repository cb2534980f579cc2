// /acts/import: the maslikhat's staff import an existing registry from CSV or XLSX (its first
// sheet, with the same header row) — choose the file, see
// per row what would be created or refused and why (a dry run changes nothing), then import: all
// rows in one transaction, or none while any row is refused.
import { Button, Code, FileInput, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { RequireMe } from '../../components/RequireMe';
import { apiErrorFromResponse } from '../../lib/api/api_error';
import { sendRawBody } from '../../lib/api/raw_body_request';
import type { Me } from '../../lib/api/types';
import type { components } from '../../lib/api/schema';
import { describeError } from '../../lib/i18n/error_text';
import { staffMaslikhatIds } from '../../lib/roles';
import { localized, useMaslikhats } from '../directory';

type Report = components['schemas']['LegalActImportReport'];

const kColumns = 'number;adopted_on;title_kk;title_ru;registration_number;registered_on;published_on;status;adilet_url';

/** The report for 200 and for a real run's 422 with refused rows; other failures throw. */
const kXlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file as sent: an XLSX workbook as it is, anything else as CSV text. */
function isXlsx(file: File): boolean {
  return file.type === kXlsxType || file.name.toLowerCase().endsWith('.xlsx');
}

async function importActs(maslikhatId: number, file: File, dryRun: boolean): Promise<Report> {
  const url = `/api/v1/maslikhats/${String(maslikhatId)}/acts/import?dry_run=${dryRun ? 'true' : 'false'}`;
  const response = isXlsx(file)
    ? await sendRawBody('POST', url, file, kXlsxType)
    : await sendRawBody('POST', url, await file.text(), 'text/csv; charset=utf-8');
  if (response.ok || response.status === 422) {
    const body = (await response.clone().json().catch(() => null)) as Report | null;
    if (body && Array.isArray(body.rows)) return body;
  }
  throw await apiErrorFromResponse(response);
}

function ReportTable({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const reason = (field: string, why: string) => {
    const key = `acts.import.reasons.${why}`;
    const name = i18n.exists(`acts.import.columns.${field}`) ? t(`acts.import.columns.${field}` as never) : field;
    return `${name}: ${i18n.exists(key) ? t(key as never) : why}`;
  };
  return (
    <Table withTableBorder layout="fixed" data-testid="import-report" aria-label={t('acts.import.report')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th style={{ width: '4rem' }}>{t('acts.import.line')}</Table.Th>
          <Table.Th>{t('acts.import.act')}</Table.Th>
          <Table.Th>{t('acts.import.result')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {report.rows.map((row) => (
          <Table.Tr key={row.line}>
            <Table.Td>{row.line}</Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>
              {row.number} {i18n.language === 'kk' ? row.title_kk : row.title_ru}
            </Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>
              {row.result === 'create' ? (
                report.dry_run ? t('acts.import.willCreate') : t('acts.import.created')
              ) : (
                <>
                  {t('acts.import.refused')}: {row.problems.map((p) => reason(p.field, p.reason)).join('; ')}
                </>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ImportForm({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const maslikhats = useMaslikhats();
  const isAdmin = me.roles.some((r) => r.role === 'admin');
  const own = staffMaslikhatIds(me);
  const choices = (maslikhats.data?.items ?? []).filter((m) => isAdmin || own.includes(m.id));
  const [chosen, setChosen] = useState<number | null>(null);
  const maslikhatId = chosen ?? choices[0]?.id ?? null;
  const [file, setFile] = useState<File | null>(null);
  const run = useMutation({
    mutationFn: ({ dryRun }: { dryRun: boolean }) => (file ? importActs(maslikhatId ?? 0, file, dryRun) : Promise.reject(new Error('no file'))),
  });
  if (!isAdmin && own.length === 0) return <Text>{t('acts.staff.notStaff')}</Text>;
  const report = run.data;
  return (
    <Stack gap="md">
      <Text>{t('acts.import.intro')}</Text>
      <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {kColumns}
      </Code>
      {choices.length > 1 && (
        <NativeSelect
          label={t('acts.import.maslikhat')}
          value={maslikhatId === null ? '' : String(maslikhatId)}
          onChange={(event) => setChosen(Number(event.currentTarget.value))}
          data={choices.map((m) => ({ value: String(m.id), label: localized(i18n.language, m, 'name') }))}
        />
      )}
      <FileInput
        label={t('acts.import.file')}
        accept={`.csv,text/csv,text/plain,.xlsx,${kXlsxType}`}
        clearable
        onChange={(chosenFile) => {
          run.reset();
          setFile(chosenFile);
        }}
      />
      <Group>
        <Button variant="default" disabled={file === null || maslikhatId === null} loading={run.isPending} onClick={() => run.mutate({ dryRun: true })}>
          {t('acts.import.check')}
        </Button>
        <Button
          disabled={!report || !report.dry_run || report.refused > 0 || report.would_create === 0}
          loading={run.isPending}
          onClick={() => run.mutate({ dryRun: false })}
        >
          {t('acts.import.run')}
        </Button>
      </Group>
      {run.isError && <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), run.error).summary}</FormAlert>}
      {report && (
        <FormAlert kind={report.refused > 0 ? 'error' : 'success'}>
          {report.dry_run
            ? t('acts.import.checked', { create: report.would_create, refused: report.refused })
            : report.refused > 0
              ? t('acts.import.notImported', { refused: report.refused })
              : t('acts.import.done', { created: report.created })}
        </FormAlert>
      )}
      {report && <ReportTable report={report} />}
      <Text>
        <Link to="/acts">{t('acts.back')}</Link>
      </Text>
    </Stack>
  );
}

export function ImportActsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('acts.import.title')}>
      <RequireMe>{(me) => <ImportForm me={me} />}</RequireMe>
    </Page>
  );
}
