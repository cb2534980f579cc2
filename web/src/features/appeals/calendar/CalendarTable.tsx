// The editable table of marked days: date, weekday, kind, note, remove.
import { CloseButton, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatWeekday } from '../../../lib/dates';
import type { CalendarDay, CalendarKind } from '../types';
import { isoWeekday, type RowProblem } from './calendar_rows';
import { DateField } from '../../../components/DateField';

function weekdayName(day: string, language: string): string {
  if (isoWeekday(day) === null) return '';
  return formatWeekday(day, language);
}

export function CalendarTable({
  year,
  rows,
  problems,
  onChange,
}: {
  year: number;
  rows: CalendarDay[];
  problems: ReadonlyMap<number, RowProblem>;
  onChange: (rows: CalendarDay[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const set = (index: number, patch: Partial<CalendarDay>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs">
        <Table.Caption>{t('appeals.calendar.caption', { year })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('appeals.calendar.colDay')}</Table.Th>
            <Table.Th scope="col">{t('appeals.calendar.colWeekday')}</Table.Th>
            <Table.Th scope="col">{t('appeals.calendar.colKind')}</Table.Th>
            <Table.Th scope="col">{t('appeals.calendar.colNote')}</Table.Th>
            <Table.Th scope="col">{t('appeals.calendar.colRemove')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => {
            const n = index + 1;
            const problem = problems.get(index);
            const text = problem ? t(`appeals.calendar.problem.${problem}`) : undefined;
            return (
              <Table.Tr key={index}>
                <Table.Td>
                  <DateField
                    aria-label={t('appeals.calendar.rowDay', { n })}
                    value={row.day}
                    onChange={(day) => set(index, { day })}
                    error={problem === 'day' || problem === 'duplicate' ? text : undefined}
                    data-row-day={index}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{weekdayName(row.day, i18n.language)}</Text>
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={t('appeals.calendar.rowKind', { n })}
                    value={row.kind}
                    onChange={(event) => set(index, { kind: event.currentTarget.value as CalendarKind })}
                    data={(['non_working', 'working'] as const).map((kind) => ({
                      value: kind,
                      label: t(`appeals.calendar.kind.${kind}`),
                    }))}
                    error={problem === 'weekday' || problem === 'kind' ? text : undefined}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('appeals.calendar.rowNote', { n })}
                    maxLength={200}
                    value={row.note}
                    onChange={(event) => set(index, { note: event.currentTarget.value })}
                    error={problem === 'note' ? text : undefined}
                  />
                </Table.Td>
                <Table.Td>
                  <CloseButton
                    size="lg"
                    aria-label={t('appeals.calendar.remove', { n })}
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
