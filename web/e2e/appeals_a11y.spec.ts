// (e) Every appeals page passes axe (WCAG 2.0/2.1 A and AA) in Kazakh, and fits a 360 px screen:
// new appeal (with the deputy search results and with field errors), my appeals, the detail for
// the citizen and for staff, the work queue, staff registration and the calendar admin page.
import { expect, test, type Page } from '@playwright/test';
import { kDemo } from './support/accounts';
import { fileAppeal } from './support/appeals';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';
import { logIn } from './support/session';

const kk = kTexts.kk;
const A = kk.appeals;

/** Files a collective appeal to deputy 1 (or what `extra` says) with the page's session; returns its id. */
async function fileCollectiveAppeal(page: Page, extra: Record<string, unknown>): Promise<number> {
  const { id } = await fileAppeal(page.request, {
    type: 'proposal',
    language: 'kk',
    subject: 'Axe: саябаққа орындықтар қою',
    body: 'Саябақта отыратын орындықтар жетіспейді.',
    addressee: 'deputy',
    deputy_id: 1,
    collective: true,
    cosigners: [{ name: 'Айгерім Сапарова', address: 'Көкшетау, Абай көшесі, 7' }],
    ...extra,
  });
  return id;
}

test.use({ viewport: { width: 360, height: 780 } });

test('axe: citizen pages (new appeal, errors, my appeals, detail)', async ({ page }) => {
  test.setTimeout(90_000);
  await logIn(page, kDemo.citizen);
  await page.goto('/appeals/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.new.title);
  await expectClean(page, 'new appeal');

  await page.getByRole('combobox', { name: A.addressee.settlement }).fill('Көкше');
  await page.getByRole('option', { name: 'Көкшетау', exact: true }).click();
  await page.getByRole('combobox', { name: A.addressee.street }).fill('Абай');
  await page.getByRole('option', { name: 'Абай көшесі', exact: true }).click();
  await page.getByRole('button', { name: A.addressee.find }).click();
  await expect(page.getByText(A.addressee.matches)).toBeVisible();
  await page.getByLabel(A.form.collective).check();
  await page.getByRole('button', { name: A.form.submit }).click();
  await expect(page.getByLabel(A.form.subject)).toHaveAttribute('aria-invalid', 'true');
  await expectClean(page, 'new appeal with matches and errors');
  await page.getByRole('radio', { name: A.addressee.commission }).check();
  await page.getByRole('combobox', { name: A.addressee.maslikhatSelect }).selectOption({ label: 'Көкшетау қалалық мәслихаты' });
  await expect(page.getByRole('radiogroup', { name: A.addressee.commissionSelect })).toBeVisible();
  await expectClean(page, 'new appeal to a commission');

  await page.goto('/appeals');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.list.titleMine);
  await expectClean(page, 'my appeals');
  const id = await fileCollectiveAppeal(page, {});
  await page.goto(`/appeals/${id}`);
  await expect(page.getByRole('heading', { level: 2, name: A.detail.history })).toBeVisible();
  await expectClean(page, 'appeal detail (citizen)');
});

test('axe: staff pages (queue, detail with actions, register, forms with errors)', async ({ page }) => {
  test.setTimeout(90_000);
  await logIn(page, kDemo.staff);
  await page.goto('/appeals');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.list.titleStaff);
  await expect(page.getByRole('search', { name: A.filters.title })).toBeVisible();
  await expectClean(page, 'work queue');

  const id = await fileCollectiveAppeal(page, {
    channel: 'phone',
    applicant_name: 'Axe Тексеруші',
    applicant_phone: '+77011234567',
    applicant_iin: '900101300017',
    addressee: 'maslikhat',
    maslikhat_id: 2,
    deputy_id: undefined,
  });
  await page.goto(`/appeals/${id}`);
  await expect(page.getByRole('heading', { level: 2, name: A.actions.title })).toBeVisible();
  await expectClean(page, 'appeal detail (staff)');
  await page.getByRole('button', { name: A.actions.leave }).click();
  await page.getByRole('button', { name: A.actions.confirm }).click();
  // Leaving needs a legal ground from the list and an explanation: both are marked.
  await expect(page.getByRole('combobox', { name: A.actions.ground })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('textbox', { name: A.actions.explanation })).toHaveAttribute('aria-invalid', 'true');
  await expectClean(page, 'appeal detail (staff) with an action form and errors');

  await page.goto('/appeals/register');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.register.title);
  await expectClean(page, 'register');
  await page.getByRole('button', { name: A.register.submit }).click();
  await expect(page.getByRole('textbox', { name: A.register.name })).toHaveAttribute('aria-invalid', 'true');
  await expectClean(page, 'register with errors');
});

test('axe: calendar admin page with a pasted CSV', async ({ page }) => {
  await logIn(page, kDemo.admin);
  await page.goto('/admin/calendar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.calendar.title);
  await expect(page.getByLabel(A.calendar.year)).toBeVisible();
  await page.getByLabel(A.calendar.csv).fill('2030-01-01,non_working,Жаңа жыл\n2030-13-01,working,');
  await page.getByRole('button', { name: A.calendar.csvAdd }).click();
  await expect(page.getByText(A.calendar.csvProblems)).toBeVisible();
  await expectClean(page, 'calendar');
});
