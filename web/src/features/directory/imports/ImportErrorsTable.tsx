// The rows a CSV import rejected: line, column and a localized reason.
import { Code, Table } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { kImportReasons, type ImportReason, type ImportRowError } from '../directory_types';

export function importReasonText(t: TFunction, reason: string): string {
  return (kImportReasons as readonly string[]).includes(reason)
    ? t(`directory.import.reason.${reason as ImportReason}`)
    : t('directory.import.reason.invalid');
}

const kWholeRow = new Set(['row', 'header', 'file']);

export function ImportErrorsTable({ errors, label }: { errors: readonly ImportRowError[]; label: string }) {
  const { t } = useTranslation();
  const sorted = [...errors].sort((a, b) => a.line - b.line || a.field.localeCompare(b.field));
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('directory.import.colLine')}</Table.Th>
            <Table.Th scope="col">{t('directory.import.colField')}</Table.Th>
            <Table.Th scope="col">{t('directory.import.colReason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((error, index) => (
            <Table.Tr key={`${error.line}-${error.field}-${index}`}>
              <Table.Td>{error.line}</Table.Td>
              <Table.Td>
                {kWholeRow.has(error.field) ? (
                  t(`directory.import.wholeField.${error.field as 'row' | 'header' | 'file'}`)
                ) : (
                  <Code>{error.field}</Code>
                )}
              </Table.Td>
              <Table.Td>{importReasonText(t, error.reason)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
