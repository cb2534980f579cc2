import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n/i18n';
import { renderWithProviders } from '../../test/render';
import { ParagraphColumns } from './ParagraphColumns';

describe('the columns of a paragraph', () => {
  it('marks each text with its language and says which one is missing', async () => {
    await i18n.changeLanguage('ru');
    renderWithProviders(<ParagraphColumns paragraph={{ text_kk: '1. Тармақ.', text_ru: '1. Пункт.' }} view="both" />);
    expect(screen.getByText('1. Тармақ.')).toHaveAttribute('lang', 'kk');
    expect(screen.getByText('1. Пункт.')).toHaveAttribute('lang', 'ru');
    renderWithProviders(<ParagraphColumns paragraph={{ text_kk: '', text_ru: '2. Пункт.' }} view="both" />);
    expect(screen.getByText(i18n.t('drafts.languages.missingKk'))).toBeInTheDocument();
  });
});
