// (e) The language switch and the login form work with Tab and Enter only.
import { expect, test, type Page } from '@playwright/test';
import { createVerifiedAccount, kPassword } from './support/accounts';
import { kTexts } from './support/locales';

/** Presses Tab until the focused element has this accessible text; fails after `max` presses. */
async function tabTo(page: Page, text: string, max = 40) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute('aria-label') ?? el.innerText ?? '').trim() : '';
    });
    if (focused === text) return;
  }
  throw new Error(`"${text}" was not reached with ${max} Tab presses`);
}

test('the skip link is the first stop and moves focus to main', async ({ page }) => {
  await page.goto('/');
  // The first render waits for the visitor's locale (fetched after the load event): Tab once it is there.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kTexts.kk.home.title);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: kTexts.kk.nav.skipToContent });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('switch language and log in with the keyboard only', async ({ page }) => {
  const login = await createVerifiedAccount(page.request, { displayName: 'Keyboard Пайдаланушы', language: 'ru' });
  await page.context().clearCookies();
  const ru = kTexts.ru;

  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await tabTo(page, ru.lang.ru);
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('button', { name: ru.lang.ru })).toHaveAttribute('aria-pressed', 'true');

  await tabTo(page, ru.nav.login);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru.login.title);

  await tabTo(page, '');
  await expect(page.getByLabel(ru.login.login)).toBeFocused();
  await page.keyboard.type(login);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: ru.login.password, exact: true })).toBeFocused();
  await page.keyboard.type(kPassword);
  await page.keyboard.press('Enter');

  // Signed in, a person lands on their appeals (their work), not on the account page.
  await expect(page).toHaveURL(/\/appeals$/);
  await page.goto('/account');
  await expect(page.getByTestId('account-display-name')).toHaveText('Keyboard Пайдаланушы');
  // The choice survives a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});
