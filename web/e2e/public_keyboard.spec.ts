// A citizen with the keyboard alone: from the home page to find-my-deputy, an address, the result
// and the deputy's page — and those public pages fetch no staff or administrator code.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { kTexts } from './support/locales';

const kk = kTexts.kk;

/** Presses Tab until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`${target.toString()} was not reached with ${max} Tab presses`);
}

const kStaffChunks = /\/assets\/(Admin|Import|Calendar|Categories|AnswerTemplates|Requests|AppealsPage|AppealDetail|RegisterAppeal|DeputyEditForm|DeputyCreateForm|CommissionForm|OkrugForm|Maslikhat\w*Form|MemberForm|QuestionForm|Territory)\w*-/;

async function staffChunksLoaded(page: Page): Promise<string[]> {
  const names = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  return names.filter((name) => kStaffChunks.test(name));
}

test('home → find my deputy → the deputy, with Tab and Enter only', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kk.home.title);
  await tabTo(page, page.getByRole('navigation').getByRole('link', { name: kk.directory.nav.find }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kk.directory.find.title);

  const settlement = page.getByRole('combobox', { name: kk.directory.find.settlement });
  await tabTo(page, settlement);
  await page.keyboard.type('көкшетау');
  await expect(page.getByRole('option', { name: 'Көкшетау' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(settlement).toHaveValue('Көкшетау');

  const street = page.getByRole('combobox', { name: kk.directory.find.street });
  await tabTo(page, street);
  await page.keyboard.type('Абай');
  await expect(page.getByRole('option', { name: 'Абай көшесі' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(street).toHaveValue('Абай көшесі');

  await tabTo(page, page.getByRole('textbox', { name: kk.directory.find.house }));
  await page.keyboard.type('12а');
  await page.keyboard.press('Enter');

  const results = page.getByRole('region', { name: kk.directory.find.resultsTitle });
  const deputy = results.getByRole('link', { name: 'Бекова Айгүл' }).first();
  await expect(deputy).toBeVisible();
  await tabTo(page, deputy);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/deputies\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Бекова Айгүл');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  expect(await staffChunksLoaded(page)).toEqual([]);
});

test('the public register and the maslikhat list load no staff code and are reached with Tab', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, page.getByRole('navigation').getByRole('link', { name: kk.appeals.nav.publicRegister }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kk.appeals.public.title);
  await tabTo(page, page.getByRole('navigation').getByRole('link', { name: kk.directory.nav.maslikhats }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kk.directory.maslikhats.title);
  const first = page.getByRole('main').getByRole('link').first();
  await expect(first).toBeVisible();
  await tabTo(page, first);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/maslikhats\/\d+$/);
  expect(await staffChunksLoaded(page)).toEqual([]);
});
