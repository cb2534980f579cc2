// Work plans at 390 px: demo staff (in Russian) draw up a plan for a year, add an item due in the
// fourth quarter, done, linked to one of the maslikhat's sittings, and publish the plan; the demo
// citizen then reads it in Russian and in Kazakh — the item under its quarter, its status in words,
// the link to the sitting (followed from the keyboard). Publishing fixed edition 1; the staff fix
// edition 2 from the keyboard and open it. Axe runs on the staff's forms, the edition and on the
// plan in both languages.
import { expect, test, type Page } from '@playwright/test';
import { kDemo } from './support/accounts';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';
import { logIn } from './support/session';

const R = kTexts.ru.workPlans;
const K = kTexts.kk.workPlans;

test.use({ viewport: { width: 390, height: 844 } });

async function inLanguage(page: Page, language: 'kk' | 'ru', path: string): Promise<void> {
  await page.evaluate((l) => window.localStorage.setItem('kenes.language', l), language);
  await page.goto(path);
}

test('staff draw up and publish a work plan; a citizen reads it in Russian and Kazakh', async ({ page }) => {
  await logIn(page, kDemo.staff);
  await inLanguage(page, 'ru', '/work-plans');
  // The demo's published plans of the staff's maslikhat are listed.
  await expect(page.getByTestId('plan-card').first()).toBeVisible();

  const year = String(2030 + (Date.now() % 70));
  const title = `План работы маслихата на ${year} год (e2e)`;
  const form = page.getByRole('group', { name: R.staff.newPlan });
  await form.getByRole('textbox', { name: R.year, exact: true }).fill(year);
  await form.getByRole('textbox', { name: R.staff.titleKk, exact: true }).fill(`Мәслихаттың ${year} жылға арналған жұмыс жоспары (e2e)`);
  await form.getByRole('textbox', { name: R.staff.titleRu, exact: true }).fill(title);
  await expectClean(page, 'the work plans with the new plan form', 'ru');
  await form.getByRole('button', { name: R.staff.create }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByTestId('plan-state')).toHaveText(R.draft);
  await expect(page.getByText(R.noItems)).toBeVisible();

  const item = page.getByRole('group', { name: R.form.addItem });
  await item.getByRole('textbox', { name: R.form.textKk, exact: true }).fill('Қала бюджетіне өзгерістер енгізу туралы');
  await item.getByRole('textbox', { name: R.form.textRu, exact: true }).fill('О внесении изменений в бюджет города');
  await item.getByRole('textbox', { name: R.form.responsible, exact: true }).fill('Руководитель отдела финансов');
  await item.getByRole('combobox', { name: R.form.quarter, exact: true }).selectOption('4');
  await item.getByRole('combobox', { name: R.form.status, exact: true }).selectOption('done');
  const sitting = item.getByRole('combobox', { name: R.form.sitting, exact: true });
  await expect(sitting.locator('option')).not.toHaveCount(1); // the maslikhat's sittings have come
  await sitting.selectOption({ index: 1 });
  await expectClean(page, 'the item form', 'ru');
  await item.getByRole('button', { name: R.form.add }).click();

  const fourth = page.getByRole('region', { name: R.quarter.replace('{{n}}', 'IV') });
  await expect(fourth.getByTestId('plan-item')).toContainText('О внесении изменений в бюджет города');
  await expect(fourth.getByTestId('item-status')).toHaveText(R.status.done);
  await expect(fourth.getByTestId('item-sitting')).toBeVisible();

  // Published from the keyboard.
  await page.getByRole('button', { name: R.staff.publish }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('plan-state')).toHaveCount(0);
  await expect(page.getByRole('button', { name: R.staff.publish })).toHaveCount(0);
  await expectClean(page, 'the published plan for the staff', 'ru');
  const url = new URL(page.url()).pathname;

  // Publishing fixed edition 1; the staff fix edition 2 from the keyboard and open it.
  const editions = page.getByRole('region', { name: R.editions.heading });
  await expect(editions.getByRole('link')).toHaveCount(1);
  const fix = page.getByRole('group', { name: R.editions.fix });
  await fix.getByRole('textbox', { name: R.editions.noteKk }).focus();
  await page.keyboard.type('Бюджет туралы тармақ орындалды');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Пункт о бюджете выполнен');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const second = editions.getByRole('link').nth(1);
  await expect(second).toBeFocused();
  await expect(editions).toContainText('Пункт о бюджете выполнен');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/work-plans\/\d+\/versions\/2$/);
  await expect(page.getByTestId('edition-head')).toContainText('Пункт о бюджете выполнен');
  await expect(page.getByTestId('plan-item')).toContainText('О внесении изменений в бюджет города');
  await expectClean(page, 'an edition of the plan', 'ru');

  // The citizen: the plan in Russian, then in Kazakh; no staff tools. (The login form is read in
  // Kazakh, the interface's default.)
  await page.evaluate(() => window.localStorage.setItem('kenes.language', 'kk'));
  await logIn(page, kDemo.citizen);
  await inLanguage(page, 'ru', url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const ru = page.getByRole('region', { name: R.quarter.replace('{{n}}', 'IV') });
  await expect(ru.getByTestId('plan-item')).toContainText('О внесении изменений в бюджет города');
  await expect(ru.getByTestId('item-status')).toHaveText(R.status.done);
  await expect(page.getByTestId('plan-staff-tools')).toHaveCount(0);
  await expect(page.getByRole('button', { name: R.staff.publish })).toHaveCount(0);
  await expectClean(page, 'the plan in Russian', 'ru');

  await inLanguage(page, 'kk', url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Мәслихаттың ${year} жылға арналған жұмыс жоспары (e2e)`);
  const kk = page.getByRole('region', { name: K.quarter.replace('{{n}}', 'IV') });
  await expect(kk.getByTestId('plan-item')).toContainText('Қала бюджетіне өзгерістер енгізу туралы');
  await expect(kk.getByTestId('item-status')).toHaveText(K.status.done);
  await expectClean(page, 'the plan in Kazakh', 'kk');
  // The sitting it points at opens from the plan, from the keyboard.
  await kk.getByTestId('item-sitting').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sittings\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The list shows it for the year, in Kazakh.
  await page.goto(`/work-plans?year=${year}`);
  await expect(page.getByTestId('plan-card')).toContainText(`Мәслихаттың ${year} жылға арналған жұмыс жоспары (e2e)`);
});
