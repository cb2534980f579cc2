// «Мои данные» / «Менің деректерім»: a citizen sees what is held, downloads it as JSON and deletes
// the account; an appeal still in consideration is kept and the page says why, before and after.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectClean } from './support/axe';
import { createVerifiedAccount, kPassword, signIn } from './support/accounts';
import { fileAppeal } from './support/appeals';
import { csrf } from './support/session';
import { kTexts, type TestLanguage } from './support/locales';

async function openMyData(page: Page, language: TestLanguage, withAppeal: boolean): Promise<string> {
  const L = kTexts[language];
  const login = await createVerifiedAccount(page.request, { displayName: 'Әлия Деректер', language });
  await signIn(page.request, login);
  if (withAppeal) {
    await fileAppeal(page.request, {
      type: 'statement',
      language,
      subject: 'Аулада жарық жоқ',
      body: 'Кешке аула қараңғы.',
      addressee: 'maslikhat',
      maslikhat_id: 2,
    });
  }
  await page.goto('/account');
  if (language !== 'kk') await page.getByRole('button', { name: L.lang[language] }).click();
  await page.getByRole('navigation').getByRole('link', { name: L.privacy.nav }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(L.privacy.title);
  await expect(page.getByRole('heading', { name: L.privacy.held.title })).toBeVisible();
  return login;
}

async function downloadJson(page: Page, language: TestLanguage, login: string): Promise<void> {
  const L = kTexts[language];
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: L.privacy.download.json }).click(),
  ]);
  const path = await download.path();
  const data = JSON.parse(await readFile(path, 'utf8')) as { account: { email: string } };
  expect(data.account.email).toBe(login);
}

async function deleteAccount(page: Page, language: TestLanguage, login: string): Promise<void> {
  const L = kTexts[language];
  await page.getByLabel(L.privacy.delete.typeLogin.replace('{{login}}', login)).fill(login);
  await page.getByRole('button', { name: L.privacy.delete.confirm }).click();
  await expect(page.getByRole('heading', { name: L.privacy.deleted.title })).toBeVisible();
  // Signing in again is refused.
  const response = await page.request.post('/api/v1/auth/login', {
    headers: { 'X-CSRF-Token': await csrf(page.request) },
    data: { login, password: kPassword },
  });
  expect(response.status()).toBe(401);
}

test('kk: a citizen downloads their data and deletes the account; an open appeal is kept with its reason', async ({ page }) => {
  const kk = kTexts.kk;
  const login = await openMyData(page, 'kk', true);
  await expect(page.getByTestId('privacy-kept')).toContainText(kk.privacy.kept.inConsideration);
  await expectClean(page, 'my data', 'kk');
  await downloadJson(page, 'kk', login);
  await deleteAccount(page, 'kk', login);
  await expect(page.getByTestId('privacy-deleted')).toContainText(kk.privacy.kept.inConsideration);
});

test('ru: a citizen without appeals downloads their data and deletes everything', async ({ page }) => {
  const ru = kTexts.ru;
  const login = await openMyData(page, 'ru', false);
  await expect(page.getByText(ru.privacy.delete.nothingKept)).toBeVisible();
  await expectClean(page, 'my data', 'ru');
  await downloadJson(page, 'ru', login);
  await deleteAccount(page, 'ru', login);
  await expect(page.getByTestId('privacy-deleted')).toContainText(ru.privacy.deleted.nothingKept);
});
