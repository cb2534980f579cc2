// Leaving an appeal without consideration, in Russian and Kazakh, against the demo-seeded server:
// the demo citizen files an appeal (API); staff leave it on its page with a legal ground from the
// list and an explanation; the history names the ground in words; the citizen's notifications
// say it was left and on which ground; the e-mail carries the ground in the appeal's language.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { kDemo } from './support/accounts';
import { fileAppeal } from './support/appeals';
import { expectClean } from './support/axe';
import { cityMaslikhat } from './support/demo_directory';
import { kTexts } from './support/locales';
import { mailMark, waitForMail } from './support/mail';
import { csrf } from './support/session';

async function signIn(request: APIRequestContext, [login, password]: readonly [string, string]) {
  const response = await request.post('/api/v1/auth/login', {
    headers: { 'X-CSRF-Token': await csrf(request) },
    data: { login, password },
  });
  expect(response.status(), await response.text()).toBe(200);
}


// The e-mail's line with the ground, as the server's catalogue words it.
const kMailGround = {
  ru: 'Основание: повторное обращение не содержит новых доводов',
  kk: 'Негізі: қайталама өтініште жаңа дәлелдер жоқ',
} as const;

for (const language of ['ru', 'kk'] as const) {
  test(`staff leave an appeal without consideration on a ground; the applicant is told why (${language})`, async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const A = kTexts[language].appeals;
    const N = kTexts[language].notifications;
    const stamp = String(Date.now() % 100000);
    const explanation = `${language === 'ru' ? 'Ответ на тот же вопрос уже дан' : 'Осы мәселе бойынша жауап берілген'} (${stamp})`;

    const city = await cityMaslikhat(request);
    await signIn(request, kDemo.citizen);
    const filed = await fileAppeal(request, {
      type: 'complaint',
      language,
      subject: `${language === 'ru' ? 'Снова про мусор' : 'Қоқыс туралы тағы'} ${stamp}`,
      body: 'Во дворе дома 7 по ул. Ауэзова мусор не вывозят.',
      addressee: 'maslikhat',
      maslikhat_id: city.id,
    });

    // Staff, on the appeal's page: the ground is required, then chosen from the list.
    await page.addInitScript((lang) => window.localStorage.setItem('kenes.language', lang), language);
    const staff = page;
    await signIn(staff.request, kDemo.staff);
    await staff.goto(`/appeals/${String(filed.id)}`);
    const actions = staff.getByRole('region', { name: A.actions.title });
    await actions.getByRole('button', { name: A.actions.leave }).click();
    await actions.getByRole('textbox', { name: A.actions.explanation }).fill(explanation);
    await actions.getByRole('button', { name: A.actions.confirm }).click();
    await expect(actions).toContainText(A.fieldErrors.ground.required);
    await actions.getByRole('combobox', { name: A.actions.ground }).selectOption('repeated');
    await expectClean(staff, 'leave form', language);
    const mark = mailMark();
    await actions.getByRole('button', { name: A.actions.confirm }).click();
    await expect(actions).toContainText(A.status.not_considered);
    const history = staff.getByRole('region', { name: A.detail.history });
    await expect(history).toContainText(A.event.ground.replace('{{ground}}', A.leaveGround.repeated));
    await expect(history).toContainText(explanation);
    await expectClean(staff, 'left appeal', language);

    // The citizen's notifications name the ground in words.
    await page.context().clearCookies();
    const citizen = page;
    await signIn(citizen.request, kDemo.citizen);
    await citizen.goto('/notifications');
    const sentence = N.kind.left_ground
      .replace('<link>{{number}}</link>', filed.number)
      .replace('{{ground}}', A.leaveGround.repeated);
    // Two notices name the appeal (registered, left); the one that says it was left names the ground.
    await expect(citizen.getByTestId('notification').filter({ hasText: sentence })).toHaveCount(1);
    await expectClean(citizen, 'notifications with the ground', language);

    // The e-mail, in the appeal's language, with the ground and the explanation.
    const text = await waitForMail(kDemo.citizen[0], mark, explanation);
    expect(text).toContain(kMailGround[language]);
  });
}
