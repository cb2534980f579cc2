// (d) Every identity page passes axe (WCAG 2.0/2.1 A and AA) in Kazakh.
import { expect, test } from '@playwright/test';
import { createVerifiedAccount, signIn } from './support/accounts';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';

const kk = kTexts.kk;

const kPublicPages: [string, string][] = [
  ['home', '/'],
  ['register', '/register'],
  ['verify', '/verify?login=someone%40example.kz'],
  ['login', '/login'],
  ['password reset', '/password-reset'],
  ['not found', '/no-such-page'],
];

for (const [label, path] of kPublicPages) {
  test(`axe: ${label} page`, async ({ page }) => {
    await page.goto(path);
    await expectClean(page, label);
  });
}

test('axe: forms showing field errors', async ({ page }) => {
  await page.goto('/register');
  await page.getByRole('button', { name: kk.register.submit }).click();
  await expect(page.getByLabel(kk.register.email)).toHaveAttribute('aria-invalid', 'true');
  await expectClean(page, 'register with errors');

  await page.goto('/password-reset');
  await page.getByRole('button', { name: kk.reset.haveCode }).click();
  await page.getByRole('button', { name: kk.reset.confirm }).click();
  await expectClean(page, 'password reset confirm with errors');
});

test('axe: my account page', async ({ page }) => {
  const login = await createVerifiedAccount(page.request, { displayName: 'Дәулет Axe' });
  await signIn(page.request, login);
  await page.goto('/account');
  await expect(page.getByTestId('account-display-name')).toHaveText('Дәулет Axe');
  await expectClean(page, 'account');
});
