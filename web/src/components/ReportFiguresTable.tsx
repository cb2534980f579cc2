// A yearly report's figures as a readable table — shared by the deputies' reports to voters and
// the maslikhat's annual reports: the year's totals, then appeals by category (received and
// resolved, with the categories' names as they were counted), then the date they were counted.
// Each report passes its own rows and words.
import { Stack, Table, Text } from '@mantine/core';

export interface ReportFigureRow {
  key: string;
  label: string;
  value: number;
}

export interface ReportCategoryFigures {
  key: string;
  name_kk: string;
  name_ru: string;
  name_en: string;
  received: number;
  resolved: number;
}

export interface ReportFiguresWords {
  caption: string;
  byCategory: string;
  category: string;
  received: string;
  resolved: string;
  noCategory: string;
  countedOn: string; // already with the date
}

/** The category's name in the language, falling back to Russian and then to its key. */
export function reportCategoryName(language: string, category: ReportCategoryFigures, noCategory: string): string {
  if (category.key === '') return noCategory;
  const name = language === 'kk' ? category.name_kk : language === 'en' ? category.name_en : category.name_ru;
  return name || category.name_ru || category.key;
}

export function ReportFiguresTable({
  rows,
  categories,
  countedAt,
  words,
  language,
  testId,
}: {
  rows: ReportFigureRow[];
  categories: ReportCategoryFigures[];
  countedAt: string;
  words: ReportFiguresWords;
  language: string;
  testId: string;
}) {
  return (
    <Stack gap="sm" data-testid={testId}>
      <Table.ScrollContainer minWidth={0}>
        <Table withTableBorder>
          <caption style={{ textAlign: 'start' }}>{words.caption}</caption>
          <Table.Tbody>
            {rows.map((row) => (
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
      {categories.length > 0 && (
        <Table.ScrollContainer minWidth={0}>
          <Table withTableBorder>
            <caption style={{ textAlign: 'start' }}>{words.byCategory}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{words.category}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {words.received}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {words.resolved}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {categories.map((c) => (
                <Table.Tr key={c.key}>
                  <Table.Th scope="row" fw={400} style={{ overflowWrap: 'anywhere' }}>
                    {reportCategoryName(language, c, words.noCategory)}
                  </Table.Th>
                  <Table.Td ta="right">{c.received}</Table.Td>
                  <Table.Td ta="right">{c.resolved}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {countedAt && (
        <Text size="sm" c="dimmed">
          {words.countedOn}
        </Text>
      )}
    </Stack>
  );
}
