// The addresses an okrug covers; staff get a delete button per row.
import { Button, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { housesText } from '../coverage_text';
import type { CoverageRow } from '../directory_types';
import { localized } from '../localized';
import classes from './CoverageTable.module.css';

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
    <div className={classes.scroll}>
      <table className={classes.table} aria-label={caption}>
        <thead>
          <tr>
            <th scope="col">{t('directory.coverage.settlement')}</th>
            <th scope="col">{t('directory.coverage.street')}</th>
            <th scope="col">{t('directory.coverage.houses')}</th>
            {onDelete && (
              <th scope="col">
                <VisuallyHidden>{t('directory.coverage.actions')}</VisuallyHidden>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const settlement = localized(i18n.language, row, 'settlement');
            const street = localized(i18n.language, row, 'street');
            const houses = street ? housesText(t, row.houses) : t('directory.coverage.wholeSettlement');
            const label = [settlement, street, houses].filter(Boolean).join(', ');
            return (
              <tr key={row.id}>
                <td>{settlement}</td>
                <td>{street || '—'}</td>
                <td>{houses}</td>
                {onDelete && (
                  <td>
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
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
