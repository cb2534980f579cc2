// (a) Kazakh and (b) Russian: register with a unique e-mail, read the code from the mail sink,
// verify, log in and see the display name in my account.
import { expect, test } from '@playwright/test';
import { kPassword, uniqueEmail } from './support/accounts';
import { kTexts, type TestLanguage } from './support/locales';
import { mailMark, waitForCode } from './support/mail';
import { logOut } from './support/session';

const kCases: { language: TestLanguage; name: string }[] = [
  { language: 'kk', name: 'Әлия Сәрсенқызы' },
  { language: 'ru', name: 'Анна Иванова' },
];

for (const { language, name } of kCases) {
  test(`register, verify, log in and see my account (${language})`, async ({ page }) => {
    const L = kTexts[language];
    const email = uniqueEmail(language);
    const displayName = `${name} ${Math.floor(Math.random() * 1000)}`;

    await page.goto('/');
    if (language !== 'kk') await page.getByRole('button', { name: L.lang[language] }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);

    await page.getByRole('navigation').getByRole('link', { name: L.nav.register }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(L.register.title);
    // The consent text is the server's (Art. 8): its operator section is on the form.
    const consent = (await (await page.request.get(`/api/v1/consent?lang=${language}`)).json()) as {
      sections: { title: string; text: string }[];
    };
    await expect(page.getByText(consent.sections[1]!.text)).toBeVisible();
    await page.getByLabel(L.register.email).fill(email);
    await page.getByRole('textbox', { name: L.register.password, exact: true }).fill(kPassword);
    await page.getByLabel(L.register.displayName).fill(displayName);
    await page.getByLabel(L.register.consentCheckbox).check();
    const mark = mailMark();
    await page.getByRole('button', { name: L.register.submit }).click();

    await expect(page).toHaveURL(/\/verify\?/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(L.verify.title);
    await expect(page.getByLabel(L.verify.login)).toHaveValue(email);
    const code = await waitForCode(email, mark);
    await page.getByLabel(L.verify.code).fill(code);
    await page.getByRole('button', { name: L.verify.submit, exact: true }).click();

    await expect(page).toHaveURL(/\/login\?/);
    await expect(page.getByText(L.login.verified)).toBeVisible();
    await expect(page.getByLabel(L.login.login)).toHaveValue(email);
    await page.getByRole('textbox', { name: L.login.password, exact: true }).fill(kPassword);
    await page.getByRole('main').getByRole('button', { name: L.login.submit }).click();

    // Signed in, a person lands on their appeals (their work), not on the account page.
    await expect(page).toHaveURL(/\/appeals$/);
    await page.goto('/account');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(L.account.title);
    await expect(page.getByTestId('account-display-name')).toHaveText(displayName);
    await expect(page.getByText(email)).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: L.nav.account })).toBeVisible();

    // Log out again through the navigation.
    await logOut(page, language);
  });
}
