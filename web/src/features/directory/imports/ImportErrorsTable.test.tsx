import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n/i18n';
import { kLanguages } from '../../../lib/i18n/languages';
import { renderWithProviders } from '../../../test/render';
import { kImportReasons } from '../directory_types';
import { ImportErrorsTable, importReasonText } from './ImportErrorsTable';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

describe('ImportErrorsTable', () => {
  it('lists line, column and the localized reason, sorted by line', async () => {
    await i18n.changeLanguage('kk');
    renderWithProviders(
      <ImportErrorsTable
        label="Қателер"
        errors={[
          { line: 4, field: 'row', reason: 'wrong_column_count' },
          { line: 2, field: 'okrug_number', reason: 'unknown_okrug' },
          { line: 3, field: 'houses', reason: 'invalid_range' },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Қателер' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Жол', 'Баған', 'Қате']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['2', 'okrug_number', 'Мәслихатта мұндай нөмірлі округ жоқ.'],
      ['3', 'houses', 'Үйлер былай жазылады: all, odd, even, 1-99 немесе 1-99 odd.'],
      ['4', 'бүкіл жол', 'Бағандар саны дұрыс емес.'],
    ]);
  });

  it('has a text for every reason in every language, and a fallback for new ones', () => {
    for (const language of kLanguages) {
      const t = i18n.getFixedT(language);
      const texts = kImportReasons.map((reason) => importReasonText(t, reason));
      for (const text of texts) expect(text).not.toMatch(/^directory\./);
      expect(new Set(texts).size).toBe(kImportReasons.length);
    }
    expect(importReasonText(i18n.getFixedT('en'), 'something_new')).toBe('The value is not right.');
  });
});
