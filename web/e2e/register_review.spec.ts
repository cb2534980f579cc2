// The public register's review (docs/public-register.md), in Russian and in Kazakh, against the
// demo-seeded server: the demo citizen's appeal names its author and agrees to publication; the
// staff answer it (API); on «Проверка реестра» / «Тізілімді тексеру» the staff see the draft with
// the name, the street and the phone already masked, approve it, and the public register shows
// the masked text, never the name.
import { expect, test } from '@playwright/test';
import { kDemo, signIn } from './support/accounts';
import { actOn, fileAppeal } from './support/appeals';
import { expectClean } from './support/axe';
import { cityMaslikhat } from './support/demo_directory';
import { kTexts, type TestLanguage } from './support/locales';
import { csrf } from './support/session';

const kCases: { language: TestLanguage; subject: string; masked: string; answer: string; maskedAnswer: string }[] = [
  {
    language: 'ru',
    subject: 'Жалоба Иванов Иван Иванович с ул. Абая 12, кв. 5 на яму',
    masked: 'Жалоба *** с ул. ***, кв. *** на яму',
    answer: 'Уважаемый Иванов И. И., яму заделали. Тел. +7 701 123 45 67.',
    maskedAnswer: 'Уважаемый ***, яму заделали. Тел. ***.',
  },
  {
    language: 'kk',
    subject: 'Өтініш: Абай көшесі 12 үйдің жанындағы жол, Сейткали Айгерим',
    masked: 'Өтініш: *** көшесі *** үйдің жанындағы жол, ***',
    answer: 'Құрметті Сейткали Айгерим, жол жөнделді.',
    maskedAnswer: 'Құрметті ***, жол жөнделді.',
  },
];

for (const c of kCases) {
  test(`staff approve a masked register entry and the public register shows it masked (${c.language})`, async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const L = kTexts[c.language];
    await page.addInitScript((language) => window.localStorage.setItem('kenes.language', language), c.language);
    const stamp = String(Date.now() % 100000);
    const subject = `${c.subject} ${stamp}`;

    const city = await cityMaslikhat(request);
    await signIn(request, ...kDemo.citizen);
    const filed = await fileAppeal(request, {
      type: 'complaint',
      language: c.language,
      subject,
      body: 'Во дворе яма.',
      addressee: 'maslikhat',
      maslikhat_id: city.id,
      public_consent: true,
    });
    await request.post('/api/v1/auth/logout', { headers: { 'X-CSRF-Token': await csrf(request) } });
    await signIn(request, ...kDemo.staff);
    await actOn(request, filed.id, { action: 'assign' });
    await actOn(request, filed.id, { action: 'start' });
    await actOn(request, filed.id, { action: 'answer', answer_text: c.answer, outcome: 'satisfied' });

    await signIn(page.request, ...kDemo.staff);
    await page.goto('/register-review');
    await expect(page.getByRole('heading', { level: 1, name: L.registerReview.title })).toBeVisible();
    const card = page.getByTestId('register-entry').filter({ hasText: filed.number });
    await expect(card).toContainText(`${c.masked} ${stamp}`);
    await expect(card).toContainText(c.maskedAnswer);
    await expect(card).not.toContainText(c.language === 'ru' ? 'Иванов' : 'Сейткали');
    await expectClean(page, 'register review', c.language);
    await card.getByRole('button', { name: L.registerReview.approve, exact: true }).click();
    await expect(page.getByTestId('register-entry').filter({ hasText: filed.number })).toHaveCount(0);

    await page.context().clearCookies();
    await page.goto(`/public-register?maslikhat=${String(city.id)}`);
    const published = page.getByTestId('public-appeal').filter({ hasText: stamp });
    await expect(published).toContainText(`${c.masked} ${stamp}`);
    await expect(published).toContainText(c.maskedAnswer);
    await expect(page.getByRole('main')).not.toContainText(c.language === 'ru' ? 'Иванов' : 'Сейткали');
    await expectClean(page, 'public register', c.language);
  });
}
