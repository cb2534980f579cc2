// A session for a test: the CSRF token the API wants on every write, and logging in and out through
// the Kazakh login form and the navigation.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { kTexts, type TestLanguage } from './locales';

const kk = kTexts.kk;

/** A login and its password. */
export type Credentials = readonly [login: string, password: string];

/** The CSRF token of the request context's session (a page's session through `page.request`). */
export async function csrf(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/v1/csrf');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { csrf_token: string };
  return body.csrf_token;
}

/** Fills the login form in Kazakh and submits it; waits for nothing, as a second factor may be asked next. */
export async function submitLogIn(page: Page, [login, password]: Credentials): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(kk.login.login).fill(login);
  await page.getByRole('textbox', { name: kk.login.password, exact: true }).fill(password);
  await page.getByRole('main').getByRole('button', { name: kk.login.submit }).click();
}

/** Logs in through the form from a fresh session (any earlier one is dropped) and waits for the landing page. */
export async function logIn(page: Page, account: Credentials): Promise<void> {
  await page.context().clearCookies();
  await submitLogIn(page, account);
  // Where the account's work is (see features/identity/login/landing.ts).
  await expect(page).toHaveURL(/\/(appeals|requests|admin\/users)$/);
}

/** Logs out with the header's button and waits for the navigation's login link. */
export async function logOut(page: Page, language: TestLanguage = 'kk'): Promise<void> {
  const L = kTexts[language];
  await page.getByRole('banner').getByRole('button', { name: L.nav.logout }).click();
  await expect(page.getByRole('navigation').getByRole('link', { name: L.nav.login })).toBeVisible();
}
