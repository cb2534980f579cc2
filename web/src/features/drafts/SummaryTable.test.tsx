import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n/i18n';
import { renderWithProviders } from '../../test/render';
import type { DraftComment, DraftDetail } from './hooks';
import { SummaryTable } from './SummaryTable';

function comment(id: number, text: string, hidden: boolean): DraftComment {
  return {
    id,
    paragraph_id: 1,
    paragraph_number: 1,
    author_type: 'citizen',
    organisation: '',
    text,
    decision: null,
    reason: '',
    created_on: '2026-12-07',
    hidden,
    hidden_reason: hidden ? 'Оскорбления.' : '',
  };
}

const draft = {
  id: 3,
  maslikhat_id: 2,
  title_kk: 'Жоба',
  title_ru: 'Проект',
  opens_on: '2026-12-07',
  closes_on: '2026-12-21',
  working_days: 10,
  state: 'open',
  days_left: 15,
  act_id: null,
  paragraphs: [{ id: 1, number: 1, text_kk: '1. Тармақ.', text_ru: '1. Пункт.' }],
};

describe('the summary table', () => {
  it('leaves out a comment hidden by moderation, as the files do', async () => {
    await i18n.changeLanguage('ru');
    renderWithProviders(<SummaryTable draft={{ ...draft, comments: [comment(1, 'По делу.', false), comment(2, 'Ругань.', true)] } as DraftDetail} />);
    const table = screen.getByTestId('summary-table');
    expect(table).toHaveTextContent('По делу.');
    expect(table).not.toHaveTextContent('Ругань.');
  });

  it('says there is nothing to sum up when every comment is hidden', async () => {
    await i18n.changeLanguage('ru');
    renderWithProviders(<SummaryTable draft={{ ...draft, comments: [comment(2, 'Ругань.', true)] } as DraftDetail} />);
    expect(screen.queryByTestId('summary-table')).toBeNull();
    expect(screen.getByText(i18n.t('drafts.summary.empty'))).toBeInTheDocument();
  });
});
