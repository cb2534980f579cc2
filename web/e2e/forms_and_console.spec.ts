// What a person notices on forms and on anonymous pages: a validation message goes away as soon as
// the field is corrected, an empty radio group says what to choose, anonymous pages log no error
// (asking who is signed in is not a 401), and the deputy page does not jump when its data comes.
import { expect, test } from '@playwright/test';
import { kDemo } from './support/accounts';
import { cityMaslikhat } from './support/demo_directory';
import { kTexts } from './support/locales';
import { submitLogIn } from './support/session';

const ru = kTexts.ru;
const A = ru.appeals;

test('a validation message goes as soon as its field is corrected; an empty radio group says what to choose', async ({
  page,
}) => {
  await page.context().clearCookies();
  await submitLogIn(page, kDemo.citizen);
  await expect(page.getByRole('banner').getByRole('button', { name: kTexts.kk.nav.logout })).toBeVisible();
  await page.addInitScript(() => window.localStorage.setItem('kenes.language', 'ru'));
  await page.goto('/appeals/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.new.title);
  await page.getByRole('button', { name: A.form.submit }).click();

  const typeGroup = page.getByRole('radiogroup', { name: A.form.type });
  await expect(typeGroup).toHaveAccessibleDescription(A.fieldErrors.type.required);
  await expect(page.getByText(ru.errors.fields.required).first()).toBeVisible(); // subject and text
  const subject = page.getByLabel(A.form.subject);
  const body = page.getByLabel(A.form.body);
  await expect(subject).toHaveAttribute('aria-invalid', 'true');
  await expect(body).toHaveAttribute('aria-invalid', 'true');

  await subject.fill('Яма во дворе');
  await expect(subject).not.toHaveAttribute('aria-invalid', 'true');
  await expect(body).toHaveAttribute('aria-invalid', 'true'); // not corrected yet: stays
  await typeGroup.getByRole('radio').first().check();
  await expect(page.getByText(A.fieldErrors.type.required)).toHaveCount(0);
  await body.fill('Во дворе большая яма.');
  await expect(body).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(ru.errors.fields.required)).toHaveCount(0);
  // The addressee is still missing: that message stays.
  await expect(page.getByText(A.fieldErrors.deputy_id.required)).toBeVisible();
});

test('anonymous pages log no error and get no 401', async ({ page }) => {
  await page.context().clearCookies();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() === 401) problems.push(`401: ${response.url()}`);
  });
  const session = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/auth/session');
  await page.goto('/');
  expect(await (await session).json()).toEqual({ user: null });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kTexts.kk.home.title);
  await page.goto('/find');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kTexts.kk.directory.find.title);
  await page.getByRole('combobox', { name: kTexts.kk.directory.find.settlement }).fill('Көкше');
  await expect(page.getByRole('option', { name: 'Көкшетау' })).toBeVisible();
  expect(problems).toEqual([]);
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
test(`the deputy page keeps its layout when the data comes (layout shift under 0.1) at ${viewport.width} px`, async ({ page }) => {
  await page.setViewportSize(viewport);
  const city = await cityMaslikhat(page.request);
  const deputy = city.deputies[0];
  expect(deputy).toBeTruthy();
  // The data comes late enough for the placeholder to be painted first.
  await page.route('**/api/v1/deputies/*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  await page.goto(`/deputies/${String(deputy?.id)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(deputy?.full_name_kk ?? '');
  await page.waitForTimeout(500);
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 200);
      }),
  );
  console.log(`deputy page layout shift at ${viewport.width} px: ${shift.toFixed(3)}`);
  expect(shift).toBeLessThan(0.1);
});
}
