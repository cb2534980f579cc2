// Password reset: request a code, read it from the mail sink, set a new password, log in with it.
import { expect, test } from '@playwright/test';
import { createVerifiedAccount } from './support/accounts';
import { kTexts } from './support/locales';
import { mailMark, waitForCode } from './support/mail';

test('reset the password with an e-mailed code (kk)', async ({ page }) => {
  const kk = kTexts.kk;
  const login = await createVerifiedAccount(page.request, { displayName: 'Асқар Құпиясөз' });
  await page.context().clearCookies();
  const newPassword = 'Жаңа-құпиясөз-2026';

  await page.goto('/login');
  await page.getByRole('link', { name: kk.login.forgot }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kk.reset.title);
  await page.getByLabel(kk.reset.login).fill(login);
  const mark = mailMark();
  await page.getByRole('button', { name: kk.reset.sendCode }).click();
  await expect(page.getByText(kk.reset.codeSent)).toBeVisible();
  await expect(page.getByLabel(kk.reset.login)).toHaveValue(login);

  // A wrong code is refused next to the code field.
  const code = await waitForCode(login, mark);
  const wrong = code === '000000' ? '111111' : '000000';
  await page.getByLabel(kk.reset.code).fill(wrong);
  await page.getByRole('textbox', { name: kk.reset.newPassword, exact: true }).fill(newPassword);
  await page.getByRole('button', { name: kk.reset.confirm }).click();
  await expect(page.getByLabel(kk.reset.code)).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel(kk.reset.code).fill(code);
  await page.getByRole('button', { name: kk.reset.confirm }).click();
  await expect(page).toHaveURL(/\/login\?/);
  await expect(page.getByText(kk.login.passwordChanged)).toBeVisible();
  await page.getByRole('textbox', { name: kk.login.password, exact: true }).fill(newPassword);
  await page.getByRole('main').getByRole('button', { name: kk.login.submit }).click();
  // Signed in, a person lands on their appeals (their work), not on the account page.
  await expect(page).toHaveURL(/\/appeals$/);
  await page.goto('/account');
  await expect(page.getByTestId('account-display-name')).toHaveText('Асқар Құпиясөз');
});
