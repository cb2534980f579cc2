// (d) Every identity page passes axe (WCAG 2.0/2.1 A and AA) in Kazakh.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createVerifiedAccount, signIn } from './support/accounts';
import { kTexts } from './support/locales';

const kTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const kk = kTexts.kk;

async function expectNoViolations(page: Page, label: string) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  const result = await new AxeBuilder({ page }).withTags(kTags).analyze();
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(result.passes.length, 'axe ran its rules').toBeGreaterThan(10);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

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
    await expectNoViolations(page, label);
  });
}

test('axe: forms showing field errors', async ({ page }) => {
  await page.goto('/register');
  await page.getByRole('button', { name: kk.register.submit }).click();
  await expect(page.getByLabel(kk.register.email)).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, 'register with errors');

  await page.goto('/password-reset');
  await page.getByRole('button', { name: kk.reset.haveCode }).click();
  await page.getByRole('button', { name: kk.reset.confirm }).click();
  await expectNoViolations(page, 'password reset confirm with errors');
});

test('axe: my account page', async ({ page }) => {
  const login = await createVerifiedAccount(page.request, { displayName: 'Дәулет Axe' });
  await signIn(page.request, login);
  await page.goto('/account');
  await expect(page.getByTestId('account-display-name')).toHaveText('Дәулет Axe');
  await expectNoViolations(page, 'account');
});
