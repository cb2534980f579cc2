import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n/i18n';
import { renderWithProviders } from '../../test/render';
import { kNotificationKinds, type Notification, type NotificationKind } from './kinds';
import { NotificationText } from './NotificationText';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

function note(kind: NotificationKind): Notification {
  return { id: 1, kind, appeal_id: 42, appeal_number: '2-2026-00017', created_at: '2026-03-20T13:30:00Z', read_at: null };
}

const kExpected: Record<'kk' | 'ru' | 'en', Record<NotificationKind, string>> = {
  en: {
    registered: 'Your appeal No. 2-2026-00017 has been registered.',
    forwarded: 'Your appeal No. 2-2026-00017 was forwarded to the competent body.',
    extended: 'The deadline for appeal No. 2-2026-00017 was extended.',
    answered: 'An answer to appeal No. 2-2026-00017 is ready.',
    feedback_asked: 'Was the problem in appeal No. 2-2026-00017 solved? Tell us.',
    left: 'Appeal No. 2-2026-00017 was left without consideration.',
    assigned: 'Appeal No. 2-2026-00017 was assigned to you.',
    reopened: 'Appeal No. 2-2026-00017 was reopened after a complaint about the answer.',
    request_answered: 'The executive body answered your deputy request on appeal No. 2-2026-00017.',
    due_soon: 'The answer to appeal No. 2-2026-00017 is due soon.',
    overdue: 'Appeal No. 2-2026-00017 is overdue.',
  },
  ru: {
    registered: 'Ваше обращение № 2-2026-00017 зарегистрировано.',
    forwarded: 'Ваше обращение № 2-2026-00017 направлено по компетенции в уполномоченный орган.',
    extended: 'Срок рассмотрения обращения № 2-2026-00017 продлён.',
    answered: 'Ответ на обращение № 2-2026-00017 готов.',
    feedback_asked: 'Решена ли проблема, указанная в обращении № 2-2026-00017? Расскажите нам.',
    left: 'Обращение № 2-2026-00017 оставлено без рассмотрения.',
    assigned: 'Обращение № 2-2026-00017 передано вам на рассмотрение.',
    reopened: 'Обращение № 2-2026-00017 снова открыто после жалобы на ответ.',
    request_answered: 'Исполнительный орган ответил на ваш депутатский запрос по обращению № 2-2026-00017.',
    due_soon: 'Скоро истекает срок ответа на обращение № 2-2026-00017.',
    overdue: 'Срок ответа на обращение № 2-2026-00017 истёк.',
  },
  kk: {
    registered: 'Сіздің № 2-2026-00017 өтінішіңіз тіркелді.',
    forwarded: 'Сіздің № 2-2026-00017 өтінішіңіз құзыреті бойынша уәкілетті органға жіберілді.',
    extended: '№ 2-2026-00017 өтінішті қарау мерзімі ұзартылды.',
    answered: '№ 2-2026-00017 өтінішке жауап дайын.',
    feedback_asked: '№ 2-2026-00017 өтініштегі мәселе шешілді ме? Бізге айтыңыз.',
    left: '№ 2-2026-00017 өтініш қараусыз қалдырылды.',
    assigned: '№ 2-2026-00017 өтініш сізге қарауға тапсырылды.',
    reopened: '№ 2-2026-00017 өтініш жауапқа шағым түскеннен кейін қайта ашылды.',
    request_answered: 'Атқарушы орган № 2-2026-00017 өтініш бойынша депутаттық сауалыңызға жауап берді.',
    due_soon: '№ 2-2026-00017 өтінішке жауап беру мерзімі жақындап қалды.',
    overdue: '№ 2-2026-00017 өтінішке жауап беру мерзімі өтіп кетті.',
  },
};

describe('NotificationText', () => {
  it.each(['kk', 'ru', 'en'] as const)('writes every kind in %s with the talon number linking to the appeal', async (language) => {
    await i18n.changeLanguage(language);
    for (const kind of kNotificationKinds) {
      const { container, unmount } = renderWithProviders(
        <p>
          <NotificationText notification={note(kind)} />
        </p>,
      );
      expect(container.querySelector('p')).toHaveTextContent(kExpected[language][kind]);
      expect(screen.getByRole('link', { name: '2-2026-00017' })).toHaveAttribute('href', '/appeals/42');
      unmount();
    }
  });
});
