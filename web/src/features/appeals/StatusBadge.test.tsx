import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n/i18n';
import { kLanguages } from '../../lib/i18n/languages';
import { Providers } from '../../app/Providers';
import { createQueryClient } from '../../app/query_client';
import { StatusBadge } from './StatusBadge';
import { kAppealStatuses } from './types';

const kExpected = {
  kk: {
    registered: 'Тіркелді',
    assigned: 'Орындаушы тағайындалды',
    in_consideration: 'Қаралуда',
    forwarded: 'Басқа органға жіберілді',
    extended: 'Мерзімі ұзартылды',
    answered: 'Жауап берілді',
    closed: 'Жабылды',
    reopened: 'Қайта ашылды',
    not_considered: 'Қараусыз қалдырылды',
  },
  ru: {
    registered: 'Зарегистрировано',
    assigned: 'Назначен исполнитель',
    in_consideration: 'На рассмотрении',
    forwarded: 'Перенаправлено',
    extended: 'Срок продлён',
    answered: 'Дан ответ',
    closed: 'Закрыто',
    reopened: 'Возобновлено',
    not_considered: 'Оставлено без рассмотрения',
  },
  en: {
    registered: 'Registered',
    assigned: 'Assigned',
    in_consideration: 'Under consideration',
    forwarded: 'Forwarded',
    extended: 'Deadline extended',
    answered: 'Answered',
    closed: 'Closed',
    reopened: 'Reopened',
    not_considered: 'Left without consideration',
  },
} as const;

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('StatusBadge', () => {
  it.each(kLanguages)('names every status in %s, each differently', async (language) => {
    await i18n.changeLanguage(language);
    const client = createQueryClient();
    const seen = new Set<string>();
    for (const status of kAppealStatuses) {
      const { unmount } = render(
        <Providers client={client}>
          <StatusBadge status={status} />
        </Providers>,
      );
      const text = kExpected[language][status];
      expect(screen.getByText(text)).toBeInTheDocument();
      seen.add(text);
      unmount();
    }
    expect(seen.size).toBe(kAppealStatuses.length);
  });
});
