// A report's figures as a readable table: the year's totals, then appeals by category (received and
// resolved), with the date they were counted.
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMomentDay } from '../../lib/dates';
import { categoryName, figureRows } from './figures';
import type { VoterReportFigures } from './hooks';

export function FiguresTable({ figures }: { figures: VoterReportFigures }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <Stack gap="sm" data-testid="report-figures">
      <Table.ScrollContainer minWidth={0}>
        <Table withTableBorder>
          <caption style={{ textAlign: 'start' }}>{t('voterReports.figures.caption')}</caption>
          <Table.Tbody>
            {figureRows(t, figures).map((row) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" fw={400}>
                  {row.label}
                </Table.Th>
                <Table.Td ta="right" fw={600}>
                  {row.value}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {figures.categories.length > 0 && (
        <Table.ScrollContainer minWidth={0}>
          <Table withTableBorder>
            <caption style={{ textAlign: 'start' }}>{t('voterReports.figures.byCategory')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('voterReports.figures.category')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('voterReports.figures.received')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('voterReports.figures.resolved')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {figures.categories.map((c) => (
                <Table.Tr key={c.key}>
                  <Table.Th scope="row" fw={400} style={{ overflowWrap: 'anywhere' }}>
                    {categoryName(t, language, c)}
                  </Table.Th>
                  <Table.Td ta="right">{c.received}</Table.Td>
                  <Table.Td ta="right">{c.resolved}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {figures.counted_at && (
        <Text size="sm" c="dimmed">
          {t('voterReports.figures.countedOn', { date: formatMomentDay(figures.counted_at, language) })}
        </Text>
      )}
    </Stack>
  );
}
