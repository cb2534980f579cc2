// Answer templates, in Kazakh: the maslikhat's staff add one from the main navigation, edit it, and
// answer an appeal with it through the answer form's template picker. Axe runs on the page.
import { expect, test, type Page } from '@playwright/test';
import { kDemo } from './support/accounts';
import { fileAppeal } from './support/appeals';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';
import { csrf, logIn } from './support/session';

const kk = kTexts.kk;
const A = kk.appeals;
const T = A.templatesAdmin;

/** A phone appeal to the city maslikhat, assigned to deputy 1 and taken up, ready for an answer. */
async function appealToAnswer(page: Page): Promise<number> {
  const { id } = await fileAppeal(page.request, {
    type: 'statement',
    language: 'kk',
    subject: 'Ауладағы жарық',
    body: 'Аулада кешке жарық жанбайды.',
    addressee: 'maslikhat',
    maslikhat_id: 2,
    channel: 'phone',
    applicant_name: 'Үлгі Тексеруші',
    applicant_phone: '+77011234568',
  });
  for (const data of [{ action: 'assign', deputy_id: 1 }, { action: 'start' }]) {
    const done = await page.request.post(`/api/v1/appeals/${String(id)}/actions`, {
      headers: { 'X-CSRF-Token': await csrf(page.request) },
      data,
    });
    expect(done.status(), await done.text()).toBe(200);
  }
  return id;
}

test('staff add and edit an answer template, then answer an appeal with it', async ({ page }) => {
  test.setTimeout(90_000);
  const stamp = Date.now() % 100000;
  const first = `Жарық жөндеу ${stamp}`;
  const title = `Жарық жөнделді ${stamp}`;
  const body = 'Құрметті өтініш беруші! Аулаңыздағы жарық шамдары ауыстырылды. Рахмет!';

  await logIn(page, kDemo.staff);
  await page.getByRole('navigation').getByRole('link', { name: A.nav.templates }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(T.title);
  await expectClean(page, 'templates');

  await page.getByRole('button', { name: T.add }).click();
  await expect(page.getByRole('heading', { name: T.addTitle })).toBeFocused();
  await page.getByRole('button', { name: T.save }).click();
  await expect(page.getByRole('textbox', { name: T.titleLabel })).toHaveAttribute('aria-invalid', 'true');
  await expectClean(page, 'template form with errors');
  await expect(page.getByRole('combobox', { name: T.language })).toHaveValue('kk');
  await page.getByRole('textbox', { name: T.titleLabel }).fill(first);
  await page.getByRole('textbox', { name: T.body }).fill('Жарық жөнделеді.');
  await page.getByRole('button', { name: T.save }).click();
  await expect(page.getByText(T.added.replace('{{title}}', first))).toBeVisible();

  // Edit: the title and text change.
  await page.getByRole('button', { name: `${T.edit} «${first}»` }).click();
  await page.getByRole('textbox', { name: T.titleLabel }).fill(title);
  await page.getByRole('textbox', { name: T.body }).fill(body);
  await page.getByRole('button', { name: T.save }).click();
  await expect(page.getByText(T.saved.replace('{{title}}', title))).toBeVisible();
  const kazakh = page.getByRole('region', { name: new RegExp(`^${T.section.kk.replace(' ({{n}})', '')}`) });
  await expect(kazakh.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByRole('heading', { name: first })).toHaveCount(0);
  await expectClean(page, 'templates with one added');

  const id = await appealToAnswer(page);
  await page.goto(`/appeals/${String(id)}`);
  await page.getByRole('button', { name: A.actions.answer }).click();
  await page.getByLabel(A.templates.label).selectOption({ label: title });
  await expect(page.getByLabel(A.actions.answerText)).toHaveValue(body);
  await page.getByRole('combobox', { name: A.actions.outcome }).selectOption('satisfied');
  await page.getByRole('button', { name: A.actions.confirm }).click();
  await expect(page.getByText(A.actions.done.replace('{{status}}', A.status.answered))).toBeVisible();
});
