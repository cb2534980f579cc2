// Appeals as a table: number (link), subject, type, status, registration and due dates.
// Overdue and due-soon rows are tinted, and the due cell says so in words.
import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { kPaths } from '../../../lib/paths';
import { formatDay } from '../../../lib/dates';
import { DueText } from '../DueText';
import { dueState } from '../due_state';
import { StatusBadge } from '../StatusBadge';
import type { AppealSummary } from '../types';

const kTint = { overdue: 'var(--mantine-color-red-0)', soon: 'var(--mantine-color-yellow-0)' } as const;

export function AppealsTable({ items }: { items: AppealSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm">
        <Table.Caption>{t('appeals.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('appeals.list.colNumber')}</Table.Th>
            <Table.Th scope="col">{t('appeals.list.colSubject')}</Table.Th>
            <Table.Th scope="col">{t('appeals.list.colType')}</Table.Th>
            <Table.Th scope="col">{t('appeals.list.colStatus')}</Table.Th>
            <Table.Th scope="col">{t('appeals.list.colRegistered')}</Table.Th>
            <Table.Th scope="col">{t('appeals.list.colDue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((appeal) => {
            const state = dueState(appeal.status, appeal.due_on);
            const tint = state === 'overdue' || state === 'soon' ? kTint[state] : undefined;
            return (
              <Table.Tr key={appeal.id} style={tint ? { background: tint } : undefined} data-due={state}>
                <Table.Th scope="row" fw={600}>
                  <Anchor component={Link} to={kPaths.appeal(appeal.id)} style={{ whiteSpace: 'nowrap' }}>
                    {appeal.number}
                  </Anchor>
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{appeal.subject}</Table.Td>
                <Table.Td>{t(`appeals.type.${appeal.type}`)}</Table.Td>
                <Table.Td>
                  <StatusBadge status={appeal.status} />
                </Table.Td>
                <Table.Td>{formatDay(appeal.registered_on, i18n.language)}</Table.Td>
                <Table.Td>
                  <DueText status={appeal.status} dueOn={appeal.due_on} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
