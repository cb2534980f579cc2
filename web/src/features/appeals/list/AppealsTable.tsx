// Appeals as a table (cards on a phone): number (link), subject, type, status, registration and due
// dates. Overdue and due-soon rows are tinted, and the due cell says so in words.
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResponsiveTable, type Column } from '../../../components/ResponsiveTable';
import { kPaths } from '../../../lib/paths';
import { formatDay } from '../../../lib/dates';
import { DueText } from '../DueText';
import { dueState, forwardState, worstState } from '../due_state';
import { StatusBadge } from '../StatusBadge';
import type { AppealSummary } from '../types';

const kTint = { overdue: 'var(--mantine-color-red-0)', soon: 'var(--mantine-color-yellow-0)' } as const;

export function AppealsTable({ items }: { items: AppealSummary[] }) {
  const { t, i18n } = useTranslation();
  const number: Column<AppealSummary> = {
    key: 'number',
    header: t('appeals.list.colNumber'),
    cell: (appeal) => (
      <Anchor component={Link} to={kPaths.appeal(appeal.id)} style={{ whiteSpace: 'nowrap' }} fw={600}>
        {appeal.number}
      </Anchor>
    ),
  };
  const columns: Column<AppealSummary>[] = [
    {
      key: 'subject',
      header: t('appeals.list.colSubject'),
      cell: (appeal) => <span style={{ overflowWrap: 'anywhere' }}>{appeal.subject}</span>,
    },
    { key: 'type', header: t('appeals.list.colType'), cell: (appeal) => t(`appeals.type.${appeal.type}`), tableOnly: true },
    { key: 'status', header: t('appeals.list.colStatus'), cell: (appeal) => <StatusBadge status={appeal.status} /> },
    {
      key: 'registered',
      header: t('appeals.list.colRegistered'),
      cell: (appeal) => formatDay(appeal.registered_on, i18n.language),
      tableOnly: true,
    },
    {
      key: 'due',
      header: t('appeals.list.colDue'),
      cell: (appeal) => {
        const forward = forwardState(appeal);
        // A registered appeal nobody has decided on shows its forwarding term while it is pressing.
        if (forward === 'overdue' || forward === 'soon') return <DueText state={forward} dueOn={appeal.forward_due_on} forward />;
        return <DueText state={dueState(appeal)} dueOn={appeal.due_on} />;
      },
    },
  ];
  const state = (appeal: AppealSummary) => worstState(appeal);
  return (
    <ResponsiveTable
      caption={t('appeals.list.caption')}
      rowHeader={number}
      columns={columns}
      rows={items}
      rowKey={(appeal) => String(appeal.id)}
      rowData={state}
      rowStyle={(appeal) => {
        const s = state(appeal);
        return s === 'overdue' || s === 'soon' ? { background: kTint[s] } : undefined;
      }}
      minWidth={720}
    />
  );
}
