// The staff dashboard above the work queue: open, due-soon and overdue appeals per deputy,
// commission and the apparatus of the maslikhat, the forwarding term counted apart from the answer's
// (the server counts both in working days).
import { Loader, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { ResponsiveTable, type Column } from '../../../components/ResponsiveTable';
import { describeError } from '../../../lib/i18n/error_text';
import { useDashboard } from '../control_hooks';
import { deputyName, localized, useMaslikhatCommissions, useMaslikhatDeputies } from '../../directory';
import type { DashboardRow } from '../types';

interface HandlerRow {
  key: string;
  name: string;
  open: number;
  due_soon: number;
  overdue: number;
  forward_due_soon: number;
  forward_overdue: number;
}

type CountKey = 'open' | 'due_soon' | 'overdue' | 'forward_due_soon' | 'forward_overdue';

function Count({ n, color }: { n: number; color?: string }) {
  return (
    <Text component="span" inherit fw={n > 0 && color ? 700 : undefined} c={n > 0 ? color : undefined}>
      {n}
    </Text>
  );
}

export function DashboardTable({ rows, handlerName }: { rows: DashboardRow[]; handlerName: (row: DashboardRow) => string }) {
  const { t } = useTranslation();
  const named: HandlerRow[] = rows.map((row) => ({
    key: `${String(row.deputy_id)}-${String(row.commission_id)}`,
    name: handlerName(row),
    open: row.open,
    due_soon: row.due_soon,
    overdue: row.overdue,
    forward_due_soon: row.forward_due_soon,
    forward_overdue: row.forward_overdue,
  }));
  const sum = (key: CountKey) => rows.reduce((n, row) => n + row[key], 0);
  const total: HandlerRow = {
    key: 'total',
    name: t('appeals.dashboard.total'),
    open: sum('open'),
    due_soon: sum('due_soon'),
    overdue: sum('overdue'),
    forward_due_soon: sum('forward_due_soon'),
    forward_overdue: sum('forward_overdue'),
  };
  const columns: Column<HandlerRow>[] = [
    { key: 'open', header: t('appeals.dashboard.colOpen'), align: 'right', cell: (row) => <Count n={row.open} /> },
    {
      key: 'soon',
      header: t('appeals.dashboard.colSoon'),
      align: 'right',
      cell: (row) => <Count n={row.due_soon} color="orange.9" />,
    },
    {
      key: 'overdue',
      header: t('appeals.dashboard.colOverdue'),
      align: 'right',
      cell: (row) => <Count n={row.overdue} color="red.9" />,
    },
    {
      key: 'forwardSoon',
      header: t('appeals.dashboard.colForwardSoon'),
      align: 'right',
      cell: (row) => <Count n={row.forward_due_soon} color="orange.9" />,
    },
    {
      key: 'forwardOverdue',
      header: t('appeals.dashboard.colForwardOverdue'),
      align: 'right',
      cell: (row) => <Count n={row.forward_overdue} color="red.9" />,
    },
  ];
  return (
    <ResponsiveTable
      caption={t('appeals.dashboard.caption')}
      rowHeader={{ key: 'handler', header: t('appeals.dashboard.colHandler'), cell: (row) => row.name }}
      columns={columns}
      rows={named}
      rowKey={(row) => row.key}
      footer={rows.length > 1 ? total : undefined}
      fz="sm"
    />
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
