// The addresses an okrug covers; staff get a delete button per row.
import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { housesText } from '../coverage_text';
import type { CoverageRow } from '../directory_types';
import { localized } from '../localized';

export function CoverageTable({
  rows,
  caption,
  onDelete,
  deleting,
}: {
  rows: CoverageRow[];
  caption: string;
  onDelete?: (row: CoverageRow, label: string) => void;
  deleting?: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return <Text c="dimmed">{t('directory.coverage.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped verticalSpacing="xs" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('directory.coverage.settlement')}</Table.Th>
            <Table.Th scope="col">{t('directory.coverage.street')}</Table.Th>
            <Table.Th scope="col">{t('directory.coverage.houses')}</Table.Th>
            {onDelete && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('directory.coverage.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const settlement = localized(i18n.language, row, 'settlement');
            const street = localized(i18n.language, row, 'street');
            const houses = street ? housesText(t, row.houses) : t('directory.coverage.wholeSettlement');
            const label = [settlement, street, houses].filter(Boolean).join(', ');
            return (
              <Table.Tr key={row.id}>
                <Table.Td>{settlement}</Table.Td>
                <Table.Td>{street || '—'}</Table.Td>
                <Table.Td>{houses}</Table.Td>
                {onDelete && (
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="default"
                      color="red.9"
                      disabled={deleting}
                      aria-label={t('directory.okrug.deleteRow', { row: label })}
                      onClick={() => onDelete(row, label)}
                    >
                      {t('directory.okrug.delete')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
