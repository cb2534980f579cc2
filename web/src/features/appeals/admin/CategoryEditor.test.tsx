import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import type { AppealCategory } from '../types';
import { categoryProblems, moveRow } from './category_rows';
import { CategoryRowsEditor } from './CategoryEditor';

const kCategories: AppealCategory[] = [
  { key: 'roads', name_kk: 'Жолдар', name_ru: 'Дороги', name_en: 'Roads' },
  { key: 'transport', name_kk: 'Көлік', name_ru: 'Транспорт', name_en: 'Transport' },
  { key: 'health', name_kk: 'Денсаулық', name_ru: 'Здоровье', name_en: 'Health' },
];

describe('category rows', () => {
  it('moves a row up or down and stays put at the ends', () => {
    expect(moveRow([1, 2, 3], 2, -1)).toEqual([1, 3, 2]);
    expect(moveRow([1, 2, 3], 0, 1)).toEqual([2, 1, 3]);
    expect(moveRow([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(moveRow([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
  });

  it('finds bad keys, duplicates and missing names', () => {
    const rows = [...kCategories, { key: 'Roads!', name_kk: 'a', name_ru: 'b', name_en: 'c' }, { ...kCategories[0]! }];
    rows.push({ key: 'new_one', name_kk: '', name_ru: 'b', name_en: 'c' });
    expect([...categoryProblems(rows)]).toEqual([
      [3, 'key'],
      [4, 'duplicate'],
      [5, 'name'],
    ]);
  });
});

describe('CategoryRowsEditor', () => {
  it('reorders with the keyboard, keeps focus on the moved row and saves the new order', { timeout: 30_000 }, async () => {
    vi.stubGlobal('fetch', vi.fn());
    const onSave = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<CategoryRowsEditor initial={kCategories} pending={false} onSave={onSave} />);
    expect(screen.getByRole('button', { name: 'Move category 1 up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move category 3 down' })).toBeDisabled();

    screen.getByRole('button', { name: 'Move category 3 up' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move category 2 up' })).toHaveFocus());
    expect(screen.getByText('Category “Health” moved to place 2.')).toBeInTheDocument();
    const legends = screen.getAllByTestId('category-row').map((row) => within(row).getAllByText(/^Category \d/)[0]?.textContent);
    expect(legends).toEqual(['Category 1: roads', 'Category 2: health', 'Category 3: transport']);
    expect(screen.getByText('There are unsaved changes.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save the categories' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect((onSave.mock.calls[0]?.[0] as AppealCategory[]).map((c) => c.key)).toEqual(['roads', 'health', 'transport']);
  });

  it('checks a new row before saving', { timeout: 30_000 }, async () => {
    const onSave = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<CategoryRowsEditor initial={kCategories} pending={false} onSave={onSave} />);
    await user.click(screen.getByRole('button', { name: 'Add a category' }));
    const keys = screen.getAllByRole('textbox', { name: /^Key/ });
    await waitFor(() => expect(keys[3]).toHaveFocus());
    expect(keys[0]).toHaveAttribute('readonly');
    await user.type(keys[3]!, 'Bad key');
    await user.click(screen.getByRole('button', { name: 'Save the categories' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText(/Key: lower-case Latin letters/)).toBeInTheDocument();
  });
});
