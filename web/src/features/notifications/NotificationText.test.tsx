import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n/i18n';
import { renderWithProviders } from '../../test/render';
import { kNotificationKinds, type Notification, type NotificationKind } from './kinds';
import { NotificationText } from './NotificationText';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

type AppealKind = Exclude<NotificationKind, `reception_${string}` | `event_${string}` | `followed_${string}` | `draft_${string}`>;
type ReceptionKind = Extract<NotificationKind, `reception_${string}`>;

function note(kind: NotificationKind): Notification {
  return { id: 1, kind, appeal_id: 42, appeal_number: '2-2026-00017', booking_id: null, event_id: null, post_id: null, draft_id: null, detail: '', created_at: '2026-03-20T13:30:00Z', read_at: null };
}

function bookingNote(kind: ReceptionKind): Notification {
  return { id: 2, kind, appeal_id: null, appeal_number: '', booking_id: 7, event_id: null, post_id: null, draft_id: null, detail: '2026-12-03 15:00', created_at: '2026-12-01T04:00:00Z', read_at: null };
}

const kReceptionKinds = kNotificationKinds.filter((k): k is ReceptionKind => k.startsWith('reception_'));

const kReceptionExpected: Record<'kk' | 'ru' | 'en', Record<ReceptionKind, string>> = {
  en: {
    reception_promoted: 'A place freed up: you are booked for the personal reception on 03.12.2026 15:00.',
    reception_cancelled: 'The personal reception on 03.12.2026 15:00 is cancelled.',
    reception_moved: 'The personal reception has moved: your booking is now on 03.12.2026 15:00.',
    reception_reminder: 'A reminder: you are booked for a personal reception tomorrow, 03.12.2026 15:00.',
  },
  ru: {
    reception_promoted: 'Место освободилось: вы записаны на личный приём 03.12.2026 15:00.',
    reception_cancelled: 'Личный приём 03.12.2026 15:00 отменён.',
    reception_moved: 'Личный приём перенесён: ваша запись теперь на 03.12.2026 15:00.',
    reception_reminder: 'Напоминаем: завтра, 03.12.2026 15:00, вы записаны на личный приём.',
  },
  kk: {
    reception_promoted: 'Орын босады: сіз 03.12.2026 15:00 жеке қабылдауға жазылдыңыз.',
    reception_cancelled: '03.12.2026 15:00 жеке қабылдау өтпейді.',
    reception_moved: 'Жеке қабылдау ауыстырылды: енді сіздің жазылуыңыз 03.12.2026 15:00.',
    reception_reminder: 'Еске саламыз: ертең, 03.12.2026 15:00, сіз жеке қабылдауға жазылғансыз.',
  },
};

const kExpected: Record<'kk' | 'ru' | 'en', Record<AppealKind, string>> = {
  en: {
    registered: 'Your appeal No. 2-2026-00017 has been registered.',
    forwarded: 'Your appeal No. 2-2026-00017 was forwarded to the competent body.',
    forwarded_part: 'A part of your appeal No. 2-2026-00017 was forwarded to the competent body; the rest is considered here.',
    extended: 'The deadline for appeal No. 2-2026-00017 was extended.',
    answered: 'An answer to appeal No. 2-2026-00017 is ready.',
    feedback_asked: 'Was the problem in appeal No. 2-2026-00017 solved? Tell us.',
    left: 'Appeal No. 2-2026-00017 was left without consideration.',
    assigned: 'Appeal No. 2-2026-00017 was assigned to you.',
    reopened: 'Appeal No. 2-2026-00017 was reopened after a complaint about the answer.',
    request_answered: 'The executive body answered your deputy request on appeal No. 2-2026-00017.',
    due_soon: 'The answer to appeal No. 2-2026-00017 is due soon.',
    overdue: 'Appeal No. 2-2026-00017 is overdue.',
    forward_due_soon: 'The forwarding term of appeal No. 2-2026-00017 ends soon.',
    forward_overdue: 'The forwarding term of appeal No. 2-2026-00017 has passed.',
  },
  ru: {
    registered: 'Ваше обращение № 2-2026-00017 зарегистрировано.',
    forwarded: 'Ваше обращение № 2-2026-00017 направлено по компетенции в уполномоченный орган.',
    forwarded_part: 'Часть вашего обращения № 2-2026-00017 направлена в компетентный орган; остальное рассматриваем мы.',
    extended: 'Срок рассмотрения обращения № 2-2026-00017 продлён.',
    answered: 'Ответ на обращение № 2-2026-00017 готов.',
    feedback_asked: 'Решена ли проблема, указанная в обращении № 2-2026-00017? Расскажите нам.',
    left: 'Обращение № 2-2026-00017 оставлено без рассмотрения.',
    assigned: 'Обращение № 2-2026-00017 передано вам на рассмотрение.',
    reopened: 'Обращение № 2-2026-00017 снова открыто после жалобы на ответ.',
    request_answered: 'Исполнительный орган ответил на ваш депутатский запрос по обращению № 2-2026-00017.',
    due_soon: 'Скоро истекает срок ответа на обращение № 2-2026-00017.',
    overdue: 'Срок ответа на обращение № 2-2026-00017 истёк.',
    forward_due_soon: 'Скоро истекает срок перенаправления обращения № 2-2026-00017.',
    forward_overdue: 'Срок перенаправления обращения № 2-2026-00017 истёк.',
  },
  kk: {
    registered: 'Сіздің № 2-2026-00017 өтінішіңіз тіркелді.',
    forwarded: 'Сіздің № 2-2026-00017 өтінішіңіз құзыреті бойынша уәкілетті органға жіберілді.',
    forwarded_part: '№ 2-2026-00017 өтінішіңіздің бір бөлігі құзыретті органға жіберілді; қалғанын біз қараймыз.',
    extended: '№ 2-2026-00017 өтінішті қарау мерзімі ұзартылды.',
    answered: '№ 2-2026-00017 өтінішке жауап дайын.',
    feedback_asked: '№ 2-2026-00017 өтініштегі мәселе шешілді ме? Бізге айтыңыз.',
    left: '№ 2-2026-00017 өтініш қараусыз қалдырылды.',
    assigned: '№ 2-2026-00017 өтініш сізге қарауға тапсырылды.',
    reopened: '№ 2-2026-00017 өтініш жауапқа шағым түскеннен кейін қайта ашылды.',
    request_answered: 'Атқарушы орган № 2-2026-00017 өтініш бойынша депутаттық сұрау салуыңызға жауап берді.',
    due_soon: '№ 2-2026-00017 өтінішке жауап беру мерзімі жақындап қалды.',
    overdue: '№ 2-2026-00017 өтінішке жауап беру мерзімі өтіп кетті.',
    forward_due_soon: '№ 2-2026-00017 өтінішті жіберу мерзімі жақындап қалды.',
    forward_overdue: '№ 2-2026-00017 өтінішті жіберу мерзімі өтті.',
  },
};

describe('NotificationText', () => {
  it.each(['kk', 'ru', 'en'] as const)('writes every kind in %s with the talon number linking to the appeal', async (language) => {
    await i18n.changeLanguage(language);
    for (const kind of kNotificationKinds.filter(
      (k): k is AppealKind => !k.startsWith('reception_') && !k.startsWith('event_') && !k.startsWith('followed_') && !k.startsWith('draft_'),
    )) {
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

  it.each(['kk', 'ru', 'en'] as const)('writes the reception kinds in %s with the time linking to «Мои записи»', async (language) => {
    await i18n.changeLanguage(language);
    for (const kind of kReceptionKinds) {
      const { container, unmount } = renderWithProviders(
        <p>
          <NotificationText notification={bookingNote(kind)} />
        </p>,
      );
      expect(container.querySelector('p')).toHaveTextContent(kReceptionExpected[language][kind]);
      expect(screen.getByRole('link', { name: '03.12.2026 15:00' })).toHaveAttribute('href', '/receptions/mine');
      unmount();
    }
  });

  it('writes the event kinds with the start linking to the event', async () => {
    await i18n.changeLanguage('ru');
    const event: Notification = { ...note('event_cancelled'), appeal_id: null, appeal_number: '', event_id: 9, detail: '2026-12-03 18:00' };
    const { container } = renderWithProviders(
      <p>
        <NotificationText notification={event} />
      </p>,
    );
    expect(container.querySelector('p')).toHaveTextContent('Мероприятие 03.12.2026 18:00, на которое вы записаны, отменено.');
    expect(screen.getByRole('link', { name: '03.12.2026 18:00' })).toHaveAttribute('href', '/events/9');
  });

  it.each([
    ['kk', 'Сіз жазылған бетте жаңа жазба.', 'Сіз жазылған бетте жаңа іс-шара: 03.12.2026 18:00.'],
    ['ru', 'Новая публикация на странице, на которую вы подписаны.', 'Новое мероприятие 03.12.2026 18:00 на странице, на которую вы подписаны.'],
    ['en', 'A new post on a page you follow.', 'A new event 03.12.2026 18:00 on a page you follow.'],
  ] as const)('writes what a follow brings in %s, linking to the post or the event', async (language, post, event) => {
    await i18n.changeLanguage(language);
    const followed: Notification = { ...note('followed_post'), appeal_id: null, appeal_number: '', post_id: 12, detail: '2026-12-01T04:00:00.000Z' };
    const first = renderWithProviders(
      <p>
        <NotificationText notification={followed} />
      </p>,
    );
    expect(first.container.querySelector('p')).toHaveTextContent(post);
    expect(first.container.querySelector('a')).toHaveAttribute('href', '/posts/12');
    first.unmount();
    const announced: Notification = { ...note('event_announced'), appeal_id: null, appeal_number: '', event_id: 9, detail: '2026-12-03 18:00' };
    const second = renderWithProviders(
      <p>
        <NotificationText notification={announced} />
      </p>,
    );
    expect(second.container.querySelector('p')).toHaveTextContent(event);
    expect(screen.getByRole('link', { name: '03.12.2026 18:00' })).toHaveAttribute('href', '/events/9');
  });

  it.each([
    ['kk', 'Сіздің акт жобасына ескертуіңіз қаралды: «Ішінара қабылданды».', 'акт жобасына'],
    ['ru', 'Ваше замечание к проекту акта рассмотрено: «Принято частично».', 'проекту акта'],
    ['en', 'Your comment on a draft act was decided: “Partly accepted”.', 'draft act'],
  ] as const)('tells the author of a draft comment the decision in %s, linking to the draft', async (language, expected, link) => {
    await i18n.changeLanguage(language);
    const decided: Notification = { ...note('draft_comment_decided'), appeal_id: null, appeal_number: '', draft_id: 5, detail: 'partly' };
    const { container } = renderWithProviders(
      <p>
        <NotificationText notification={decided} />
      </p>,
    );
    expect(container.querySelector('p')).toHaveTextContent(expected);
    expect(screen.getByRole('link', { name: link })).toHaveAttribute('href', '/drafts/5');
  });

  it.each([
    ['kk', 'Мәслихат сіз ескерту қалдырған акт жобасын талқылаудан кері қайтарды.', 'акт жобасын', 'draft_withdrawn', ''],
    ['ru', 'Маслихат отозвал с обсуждения проект акта, к которому вы оставили замечание.', 'проект акта', 'draft_withdrawn', ''],
    ['en', 'The maslikhat withdrew the draft act you commented on from discussion.', 'draft act', 'draft_withdrawn', ''],
    ['ru', 'Обсуждение проекта акта, к которому вы оставили замечание, завершено. Сводная таблица опубликована.', 'проекта акта', 'draft_discussion_closed', 'published'],
    ['kk', 'Сіз ескерту қалдырған акт жобасын талқылау аяқталды. Жиынтық кесте барлық ескертулер қаралғаннан кейін жарияланады.', 'акт жобасын', 'draft_discussion_closed', 'pending'],
    ['en', 'The discussion of the draft act you commented on has closed. The summary table will be published once every comment is decided.', 'draft act', 'draft_discussion_closed', 'pending'],
  ] as const)('tells a commenter in %s that the draft was withdrawn or closed, linking to it', async (language, expected, link, kind, detail) => {
    await i18n.changeLanguage(language);
    const told: Notification = { ...note(kind), appeal_id: null, appeal_number: '', draft_id: 7, detail };
    const { container } = renderWithProviders(
      <p>
        <NotificationText notification={told} />
      </p>,
    );
    expect(container.querySelector('p')).toHaveTextContent(expected);
    expect(screen.getByRole('link', { name: link })).toHaveAttribute('href', '/drafts/7');
  });

  it.each([
    ['kk', '№ 2-2026-00017 өтініш қараусыз қалдырылды. Негізі: қайталама өтініште жаңа дәлелдер жоқ.'],
    ['ru', 'Обращение № 2-2026-00017 оставлено без рассмотрения. Основание: повторное обращение без новых доводов.'],
    ['en', 'Appeal No. 2-2026-00017 was left without consideration. Ground: a repeated appeal with no new arguments.'],
  ] as const)('names the ground of "left" in %s', async (language, expected) => {
    await i18n.changeLanguage(language);
    const { container } = renderWithProviders(
      <p>
        <NotificationText notification={{ ...note('left'), detail: 'repeated' }} />
      </p>,
    );
    expect(container.querySelector('p')).toHaveTextContent(expected);
  });
});
