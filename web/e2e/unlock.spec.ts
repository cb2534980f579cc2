// Sign-in held back after wrong passwords: the login form says to wait and mentions the mailed
// unlock link; the link's page lifts the hold only when its button is pressed; then the right
// password works at once. At phone width, in Kazakh.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createVerifiedAccount, kPassword } from './support/accounts';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';
import { mailDir, mailMark, messageText, recipients } from './support/mail';

const kk = kTexts.kk;

test.use({ viewport: { width: 390, height: 844 } });

/** Waits for a message to `address` that was not there at `mark` with an unlock link; returns the link's path. */
async function waitForUnlockPath(address: string, mark: ReadonlySet<string>, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const dir = mailDir();
    const names = readdirSync(dir).filter((name) => name.endsWith('.eml') && !name.startsWith('.') && !mark.has(name));
    for (const name of names) {
      const raw = readFileSync(join(dir, name), 'utf8');
      if (!recipients(raw).includes(address.toLowerCase())) continue;
      const match = /https?:\/\/[^\s/]+(\/unlock\?token=[0-9A-Za-z_-]+)/.exec(messageText(raw));
      if (match?.[1]) return match[1];
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no unlock link for ${address} in ${mailDir()} after ${timeoutMs} ms`);
}

/** Submits the login form once and returns the status of the server's answer. */
async function tryLogIn(page: Page, password: string): Promise<number> {
  await page.getByRole('textbox', { name: kk.login.password, exact: true }).fill(password);
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login') && r.request().method() === 'POST');
  await page.getByRole('main').getByRole('button', { name: kk.login.submit }).click();
  return (await answer).status();
}

test('wrong passwords hold sign-in back; the mailed link unlocks it (kk, 390 px)', async ({ page }) => {
  const login = await createVerifiedAccount(page.request, { displayName: 'Бақыт Құлып' });
  await page.context().clearCookies();
  const mark = mailMark();

  await page.goto('/login');
  await page.getByLabel(kk.login.login).fill(login);
  const alert = page.getByRole('alert');
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    expect(await tryLogIn(page, `wrong-password-${attempt}`), `attempt ${attempt}`).toBe(401);
    await expect(alert).toHaveText(kk.login.badCredentials);
  }

  // The sixth attempt, even with the right password, is held back: wait, and look in the mailbox.
  expect(await tryLogIn(page, kPassword)).toBe(429);
  const [retryHead] = kk.errors.retryIn.split('{{time}}');
  await expect(alert).toContainText(kk.errors.code.resource_exhausted);
  await expect(alert).toContainText(retryHead!);
  await expect(alert).toContainText(kk.login.unlockMailed);
  await expect(page).toHaveURL(/\/login$/);

  const unlockPath = await waitForUnlockPath(login, mark);

  // Opening the link sends nothing: only the button does (mail scanners open links too).
  const unlockPosts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/v1/auth/unlock')) unlockPosts.push(request.url());
  });
  await page.goto(unlockPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kk.unlock.title);
  await expect(page.getByText(kk.unlock.intro)).toBeVisible();
  const button = page.getByRole('button', { name: kk.unlock.submit });
  await expect(button).toBeVisible();
  await expectClean(page, 'unlock');
  expect(unlockPosts).toEqual([]);

  // Keyboard: focus the button and press Enter.
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: kk.unlock.done })).toBeVisible();
  expect(unlockPosts).toHaveLength(1);
  await expect(button).toHaveCount(0);
  await expectClean(page, 'unlock done');

  // The success message leads to the login page; the right password now works from this address.
  await page.getByRole('link', { name: kk.unlock.toLogin }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel(kk.login.login).fill(login);
  expect(await tryLogIn(page, kPassword)).toBe(200);
  // Signed in, a person lands on their appeals (their work), not on the account page.
  await expect(page).toHaveURL(/\/appeals$/);
  await page.goto('/account');
  await expect(page.getByTestId('account-display-name')).toHaveText('Бақыт Құлып');

  // The token works once.
  await page.goto(unlockPath);
  await page.getByRole('button', { name: kk.unlock.submit }).click();
  await expect(page.getByRole('alert')).toContainText(kk.unlock.invalid);
  await expect(page.getByRole('alert').getByRole('link', { name: kk.unlock.resetLink })).toBeVisible();
  await expect(page.getByRole('button', { name: kk.unlock.submit })).toHaveCount(0);

  // A link without a token says so at once.
  await page.goto('/unlock');
  await expect(page.getByRole('alert')).toContainText(kk.unlock.missing);
  await expect(page.getByRole('button', { name: kk.unlock.submit })).toHaveCount(0);
  await expectClean(page, 'unlock without a token');
});
