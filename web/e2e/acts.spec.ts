// The registry of legal acts at 390 px: a citizen opens /acts, searches with another form of a
// word (stemmed), opens an act of the demo registry and follows a paragraph's anchor (axe clean,
// no sideways scroll, in Kazakh and Russian). Demo staff record an act through the form, move it
// into force, add an edition, link it as repealed by another act (both pages show the link, the
// status follows) and remove the link; the public page shows it.
import { expect, test, type Page } from '@playwright/test';
import { kDemo } from './support/accounts';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';
import { logIn } from './support/session';

const A = kTexts.ru.acts;
const AK = kTexts.kk.acts;

test.use({ viewport: { width: 390, height: 844 } });

/** Russian from here on (set after the page is there, so a later switch back to Kazakh sticks). */
async function inRussian(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.setItem('kenes.language', 'ru'));
}

test('a citizen searches the registry and reads an act on a phone', async ({ page }) => {
  await inRussian(page);
  await page.goto('/acts');
  await expect(page.getByRole('heading', { level: 1, name: A.title })).toBeVisible();
  await expect(page.getByTestId('act-card').first()).toBeVisible();
  await expectClean(page, '/acts', 'ru');

  // «налогов» finds «О ставках единого фиксированного налога» and the land tax.
  await page.getByRole('searchbox', { name: A.search }).fill('налогов');
  await page.getByRole('button', { name: A.find }).click();
  await expect(page).toHaveURL(/q=%D0%BD%D0%B0%D0%BB%D0%BE%D0%B3%D0%BE%D0%B2/);
  const cards = page.getByTestId('act-card');
  await expect(cards.first()).toContainText('налог');
  for (const text of await cards.allTextContents()) expect(text.toLowerCase()).toContain('налог');

  await cards.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2, name: A.text.ru })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: A.editions.title })).toBeVisible();
  await expectClean(page, 'the act', 'ru');
  // A paragraph's anchor is a link that lands on it.
  await page.getByRole('link', { name: A.text.anchor.replace('{{n}}', '2') }).last().click();
  await expect(page).toHaveURL(/#ru-2$/);

  // In Kazakh: the same act, the Kazakh title and text.
  await page.evaluate(() => window.localStorage.setItem('kenes.language', 'kk'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: AK.text.kk })).toBeVisible();
  await expectClean(page, 'the act in Kazakh', 'kk');
});

test('staff record an act, bring it into force and add an edition', async ({ page }) => {
  await logIn(page, kDemo.staff);
  await inRussian(page);
  await page.goto('/acts/new');
  const title = `О графике уборки снега ${String(Date.now())} (вымышленный пример)`;
  await page.getByRole('textbox', { name: A.field.number, exact: true }).fill('77/1-VIII');
  await page.getByRole('textbox', { name: A.field.adopted, exact: true }).fill('02.11.2026');
  await page.getByRole('textbox', { name: A.field.titleKk, exact: true }).fill('Қар тазалау кестесі туралы (ойдан шығарылған мысал)');
  await page.getByRole('textbox', { name: A.field.titleRu, exact: true }).fill(title);
  await page.getByRole('textbox', { name: A.field.publishedOn, exact: true }).fill('05.11.2026');
  await page.getByRole('textbox', { name: A.field.adiletUrl, exact: true }).fill('https://adilet.zan.kz/rus/docs/V26D0000077');
  await page.getByRole('textbox', { name: A.text.ru, exact: true }).fill('1. Утвердить график.\n\n2. Контроль возложить на комиссию.');
  await expectClean(page, 'the act form', 'ru');
  await page.getByRole('button', { name: A.staff.save }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(A.field.inForce) })).toContainText('16.11.2026');
  await page.getByRole('combobox', { name: A.staff.changeStatus, exact: true }).selectOption('in_force');
  await page.getByRole('button', { name: A.staff.apply }).click();
  await expect(page.getByTestId('act-status')).toHaveText(A.status.in_force);

  await page.getByRole('button', { name: A.staff.addEdition }).click();
  await page.getByRole('textbox', { name: A.editions.date, exact: true }).fill('18.11.2026');
  await page.getByRole('textbox', { name: A.editions.changes, exact: true }).fill('Изменён пункт 2.');
  await page.getByRole('button', { name: A.staff.save }).click();
  await expect(page.getByTestId('act-status')).toHaveText(A.status.amended);
  await expect(page.getByRole('region', { name: A.editions.title })).toContainText('Изменён пункт 2.');
  await expectClean(page, 'the act with staff tools', 'ru');

  // Repealed by another act of the registry: the status follows, the other act shows the link back;
  // removed as a mistake, the act is amended again.
  const links = page.getByTestId('act-links');
  await links.getByRole('combobox', { name: A.links.relation, exact: true }).selectOption('repealed_by');
  const other = links.getByRole('combobox', { name: A.links.other, exact: true });
  await expect(other.locator('option')).not.toHaveCount(1);
  await other.selectOption({ index: 1 });
  await links.getByRole('button', { name: A.links.add }).click();
  await expect(page.getByTestId('act-status').first()).toHaveText(A.status.repealed);
  await expect(links.getByTestId('act-link')).toContainText(A.links.relations.repealed_by);
  await expectClean(page, 'the act with a link', 'ru');
  const here = page.url();
  await links.getByTestId('act-link').getByRole('link').click();
  await expect(page.getByTestId('act-links').getByTestId('act-link').filter({ hasText: title })).toContainText(A.links.relations.repeals);
  await page.goto(here);
  await page.getByTestId('act-links').getByRole('button', { name: new RegExp(`^${A.links.removeOne.split('{{')[0]}`) }).click();
  await expect(page.getByTestId('act-status').first()).toHaveText(A.status.amended);
  await expect(page.getByTestId('act-links')).toContainText(A.links.none);
});
