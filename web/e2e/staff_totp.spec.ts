// Admin grants a staff role in the UI; the staff member turns on TOTP and then logs in with it.
// Needs an admin account: KENES_E2E_ADMIN="login:password" (e.g. from `kenes seed --demo`).
import { expect, test } from '@playwright/test';
import { createVerifiedAccount, kPassword } from './support/accounts';
import { kTexts } from './support/locales';
import { logIn, logOut, submitLogIn } from './support/session';
import { freshTotp, nextTotp } from './support/totp';

const admin = process.env.KENES_E2E_ADMIN?.split(/:(.*)/s);
const kk = kTexts.kk;

test.describe('staff roles and two-factor login', () => {
  test.skip(!admin || !admin[1], 'set KENES_E2E_ADMIN="login:password" to run');
  test.setTimeout(120_000);

  test('grant staff, enable TOTP, log in with the code', async ({ page }) => {
    const [adminLogin, adminPassword] = admin as [string, string];
    const name = `Қызметкер ${Date.now() % 100000}`;
    const staffLogin = await createVerifiedAccount(page.request, { displayName: name });

    // The admin finds the new account and grants it a global staff role.
    await logIn(page, [adminLogin, adminPassword]);
    await page.getByRole('navigation').getByRole('link', { name: kk.nav.adminUsers }).click();
    await page.getByRole('searchbox', { name: kk.admin.search }).fill(staffLogin);
    await page.getByRole('button', { name: kk.admin.searchSubmit }).click();
    await page.getByRole('button', { name: kk.admin.grantOpenLabel.replace('{{name}}', name) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(kk.admin.role).selectOption('staff');
    await dialog.getByLabel(kk.admin.scopeType).selectOption('global');
    await dialog.getByRole('button', { name: kk.admin.grant }).click();
    await expect(page.getByText(kk.admin.granted)).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText(kk.roles.staff);
    await logOut(page);

    // The staff member sets up and turns on the second factor.
    await logIn(page, [staffLogin, kPassword]);
    await page.goto('/account');
    await expect(page.getByRole('heading', { name: kk.totp.title })).toBeVisible();
    await page.getByRole('button', { name: kk.totp.setup }).click();
    const secret = (await page.getByTestId('totp-secret').innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    const enableCode = await freshTotp(secret);
    await page.getByLabel(kk.totp.code).fill(enableCode);
    await page.getByRole('button', { name: kk.totp.enable }).click();
    await expect(page.getByText(kk.totp.enabled)).toBeVisible();
    await logOut(page);

    // Now the login form asks for the code.
    await submitLogIn(page, [staffLogin, kPassword]);
    const codeField = page.getByLabel(kk.login.totp);
    await expect(codeField).toBeVisible();
    await expect(codeField).toBeFocused();
    await codeField.fill(await nextTotp(secret, enableCode));
    await page.getByRole('main').getByRole('button', { name: kk.login.submit }).click();
    // Signed in, a person lands on their appeals (their work), not on the account page.
    await expect(page).toHaveURL(/\/appeals$/);
    await page.goto('/account');
    await expect(page.getByTestId('account-display-name')).toHaveText(name);
  });
});
