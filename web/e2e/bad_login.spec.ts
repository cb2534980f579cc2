// (c) A wrong login or password shows localized text (never the server's message).
import { expect, test } from '@playwright/test';
import { uniqueEmail } from './support/accounts';
import { kTexts } from './support/locales';

test('a bad login shows a localized error in Kazakh, then in English', async ({ page }) => {
  const kk = kTexts.kk;
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kk.login.title);
  await page.getByLabel(kk.login.login).fill(uniqueEmail('nobody'));
  await page.getByRole('textbox', { name: kk.login.password, exact: true }).fill('definitely-wrong-password');
  await page.getByRole('main').getByRole('button', { name: kk.login.submit }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(kk.login.badCredentials);

  // The message follows a language switch.
  await page.getByRole('button', { name: kTexts.en.lang.en }).click();
  await expect(alert).toHaveText(kTexts.en.login.badCredentials);
  await expect(page).toHaveURL(/\/login$/);
});

test('local validation marks empty fields next to them', async ({ page }) => {
  const kk = kTexts.kk;
  await page.goto('/login');
  await page.getByRole('main').getByRole('button', { name: kk.login.submit }).click();
  const login = page.getByLabel(kk.login.login);
  await expect(login).toHaveAttribute('aria-invalid', 'true');
  await expect(login).toBeFocused();
  await expect(page.getByText(kk.errors.fields.required).first()).toBeVisible();
});
