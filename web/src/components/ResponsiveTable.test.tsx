import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render';
import { kNarrowQuery, ResponsiveTable, type Column } from './ResponsiveTable';

interface Row {
  id: number;
  name: string;
  open: number;
  note: string;
}

const kRows: Row[] = [
  { id: 1, name: 'Бекова Айгуль', open: 4, note: 'a' },
  { id: 2, name: 'Apparatus', open: 1, note: 'b' },
];
const kHeader: Column<Row> = { key: 'name', header: 'Handler', cell: (row) => row.name };
const kColumns: Column<Row>[] = [
  { key: 'open', header: 'Open', cell: (row) => row.open },
  { key: 'note', header: 'Note', cell: (row) => row.note, tableOnly: true },
];

function screenWidth(narrow: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: narrow && query === kNarrowQuery,
        media: query,
        onchange: null,
        addListener: vi.fn(),
        removeListener: vi.fn(),
        addEventListener: vi.fn(),
        removeEventListener: vi.fn(),
        dispatchEvent: vi.fn(),
      }) as unknown as MediaQueryList,
  );
}

function renderRows() {
  renderWithProviders(
    <ResponsiveTable
      caption="Open appeals"
      rowHeader={kHeader}
      columns={kColumns}
      rows={kRows}
      rowKey={(row) => String(row.id)}
      footer={{ id: 0, name: 'Total', open: 5, note: '' }}
    />,
  );
}

describe('ResponsiveTable', () => {
  it('is a table with a row header per row and a footer on a wide screen', () => {
    screenWidth(false);
    renderRows();
    const table = screen.getByRole('table', { name: 'Open appeals' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Handler', 'Open', 'Note']);
    expect(within(table).getByRole('row', { name: 'Бекова Айгуль 4 a' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Total 5' })).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('is a list of cards naming each value on a phone, without table-only columns', () => {
    screenWidth(true);
    renderRows();
    expect(screen.queryByRole('table')).toBeNull();
    const list = screen.getByRole('list', { name: 'Open appeals' });
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(3);
    const first = cards[0]!;
    expect(within(first).getByText('Бекова Айгуль')).toBeInTheDocument();
    expect(within(first).getByRole('term')).toHaveTextContent('Open:');
    expect(within(first).getByRole('definition')).toHaveTextContent('4');
    expect(within(first).queryByText('Note:')).toBeNull();
    expect(within(cards[2]!).getByText('Total')).toBeInTheDocument();
    expect(within(cards[2]!).getByRole('definition')).toHaveTextContent('5');
  });
});
