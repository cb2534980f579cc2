// A table on wide screens, a list of cards on phones. A 390 px screen cannot hold six columns: the
// subject shrank to a few letters and the status and due date went off-screen, so each row becomes
// a card that names every value it shows (term and value, as a definition list).
import { Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { CSSProperties, ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  align?: 'right';
  /** Left out of the card (the card keeps what a person needs to pick the row on a phone). */
  tableOnly?: boolean;
}

/** Below Mantine's `sm` breakpoint (48em) the rows are cards. */
export const kNarrowQuery = '(max-width: 47.99em)';

export function useNarrowScreen(): boolean {
  // Read at once, not in an effect: a phone must not first lay out the wide table.
  return useMediaQuery(kNarrowQuery, undefined, { getInitialValueInEffect: false });
}

export function ResponsiveTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  rowHeader,
  rowStyle,
  rowData,
  footer,
  minWidth,
  fz,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** The cell that names the row: a row header in the table, the title of a card. */
  rowHeader: Column<T>;
  rowStyle?: (row: T) => CSSProperties | undefined;
  rowData?: (row: T) => string | undefined;
  /** A last row (e.g. totals), in the table's footer or as a last card. */
  footer?: T;
  minWidth?: number;
  fz?: 'sm';
}) {
  const narrow = useNarrowScreen();
  if (narrow) {
    const cards = footer === undefined ? rows : [...rows, footer];
    const shown = columns.filter((column) => !column.tableOnly);
    return (
      <Stack component="ul" gap="sm" p={0} m={0} aria-label={caption} style={{ listStyle: 'none' }}>
        {cards.map((row, index) => (
          <li key={index === rows.length ? 'footer' : rowKey(row)} data-due={rowData?.(row)}>
            <Paper withBorder p="sm" style={rowStyle?.(row)}>
              <Text fw={700} mb={6} style={{ overflowWrap: 'anywhere' }}>
                {rowHeader.cell(row)}
              </Text>
              <SimpleGrid component="dl" cols={1} spacing={6} m={0}>
                {shown.map((column) => (
                  <div key={column.key} style={{ display: 'flex', flexWrap: 'wrap', gap: '0 0.5rem' }}>
                    <Text component="dt" size="sm" fw={600}>
                      {column.header}:
                    </Text>
                    <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                      {column.cell(row)}
                    </Text>
                  </div>
                ))}
              </SimpleGrid>
            </Paper>
          </li>
        ))}
      </Stack>
    );
  }
  const table = (
    <Table verticalSpacing="sm" horizontalSpacing={fz ? 6 : undefined} fz={fz}>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {[rowHeader, ...columns].map((column) => (
            <Table.Th key={column.key} scope="col" ta={column.align}>
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={rowKey(row)} style={rowStyle?.(row)} data-due={rowData?.(row)}>
            <Table.Th scope="row" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {rowHeader.cell(row)}
            </Table.Th>
            {columns.map((column) => (
              <Table.Td key={column.key} ta={column.align}>
                {column.cell(row)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
      {footer !== undefined && (
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{rowHeader.cell(footer)}</Table.Th>
            {columns.map((column) => (
              <Table.Td key={column.key} ta={column.align} fw={700}>
                {column.cell(footer)}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      )}
    </Table>
  );
  return minWidth === undefined ? table : <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>;
}
