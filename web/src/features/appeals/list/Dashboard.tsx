// The staff dashboard above the work queue: open, due-soon and overdue appeals per deputy,
// commission and the apparatus of the maslikhat.
import { Loader, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { describeError } from '../../../lib/i18n/error_text';
import { useDashboard } from '../control_hooks';
import { deputyName, localized, useMaslikhatCommissions, useMaslikhatDeputies } from '../../directory';
import type { DashboardRow } from '../types';

export function DashboardTable({ rows, handlerName }: { rows: DashboardRow[]; handlerName: (row: DashboardRow) => string }) {
  const { t } = useTranslation();
  const sum = (key: 'open' | 'due_soon' | 'overdue') => rows.reduce((n, row) => n + row[key], 0);
  return (
    // A narrow screen scrolls the table, not the page; the scrolling box takes focus so that keyboard
    // users can scroll it too (axe scrollable-region-focusable).
    <div tabIndex={0} role="region" aria-label={t('appeals.dashboard.caption')} style={{ overflowX: 'auto' }}>
      <Table verticalSpacing="xs" horizontalSpacing={6} fz="sm">
        <Table.Caption>{t('appeals.dashboard.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('appeals.dashboard.colHandler')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('appeals.dashboard.colOpen')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('appeals.dashboard.colSoon')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('appeals.dashboard.colOverdue')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${String(row.deputy_id)}-${String(row.commission_id)}`}>
              <Table.Th scope="row" fw={500} style={{ overflowWrap: 'anywhere' }}>
                {handlerName(row)}
              </Table.Th>
              <Table.Td ta="right">{row.open}</Table.Td>
              <Table.Td ta="right" fw={row.due_soon > 0 ? 700 : undefined} c={row.due_soon > 0 ? 'orange.9' : undefined}>
                {row.due_soon}
              </Table.Td>
              <Table.Td ta="right" fw={row.overdue > 0 ? 700 : undefined} c={row.overdue > 0 ? 'red.9' : undefined}>
                {row.overdue}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        {rows.length > 1 && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('appeals.dashboard.total')}</Table.Th>
              <Table.Td ta="right" fw={700}>
                {sum('open')}
              </Table.Td>
              <Table.Td ta="right" fw={700}>
                {sum('due_soon')}
              </Table.Td>
              <Table.Td ta="right" fw={700}>
                {sum('overdue')}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </div>
  );
}

export function Dashboard({ maslikhatId }: { maslikhatId: number }) {
  const { t, i18n } = useTranslation();
  const dashboard = useDashboard(maslikhatId);
  const deputies = useMaslikhatDeputies(maslikhatId);
  const commissions = useMaslikhatCommissions(maslikhatId);
  const handlerName = (row: DashboardRow) => {
    if (row.deputy_id !== null) {
      const deputy = deputies.data?.find((d) => d.id === row.deputy_id);
      return t('appeals.dashboard.deputy', {
        name: deputy ? deputyName(i18n.language, deputy) : t('appeals.dashboard.unknown', { id: row.deputy_id }),
      });
    }
    if (row.commission_id !== null) {
      const commission = commissions.data?.items.find((c) => c.id === row.commission_id);
      return t('appeals.dashboard.commission', {
        name: commission ? localized(i18n.language, commission, 'name') : t('appeals.dashboard.unknown', { id: row.commission_id }),
      });
    }
    return t('appeals.dashboard.apparatus');
  };
  const rows = dashboard.data?.items ?? [];
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="appeals-dashboard-title">
      <Title order={2} size="h3" id="appeals-dashboard-title" mb="sm">
        {t('appeals.dashboard.title')}
      </Title>
      {dashboard.isPending && <Loader aria-label={t('common.loading')} />}
      {dashboard.isError && (
        <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), dashboard.error).summary}</FormAlert>
      )}
      {dashboard.isSuccess && rows.length === 0 && <Text>{t('appeals.dashboard.empty')}</Text>}
      {rows.length > 0 && <DashboardTable rows={rows} handlerName={handlerName} />}
    </Paper>
  );
}
