// A deputy's yearly report to voters at 390 px: the demo deputy (in Russian) goes from the
// navigation to their reports — the demo's published report of this year is there — prepares the
// report of a year without one, counts its figures again, writes the Russian and Kazakh texts,
// links the demo's report meeting, saves and publishes, mostly from the keyboard. A visitor then
// finds it on the deputy's public page, reads the figures and the text, and downloads its PDF
// (application/pdf) in Kazakh and Russian. Axe runs on the deputy's list, the editor, the deputy's
// page and the report page.
import { expect, test, type Page } from '@playwright/test';
import { kDemo } from './support/accounts';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';
import { logIn } from './support/session';

const R = kTexts.ru.voterReports;

test.use({ viewport: { width: 390, height: 844 } });

async function press(page: Page, name: string | RegExp, key = 'Enter'): Promise<void> {
  const control = page.getByRole('button', { name });
  await control.focus();
  await page.keyboard.press(key);
}

test('a deputy publishes the yearly report and the public downloads its PDF', async ({ page, browser }) => {
  const stamp = String(Date.now() % 1_000_000);
  await logIn(page, kDemo.deputy);
  await page.evaluate(() => window.localStorage.setItem('kenes.language', 'ru'));
  await page.goto('/');

  // From the navigation (keyboard) to «Мои отчёты перед избирателями».
  const nav = page.getByRole('navigation').getByRole('link', { name: R.nav.mine });
  await nav.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: R.mine.title })).toBeVisible();
  const mine = page.getByTestId('my-voter-reports');
  const thisYear = new Date(Date.now() + 5 * 3_600_000).getUTCFullYear();
  await expect(mine.getByRole('link', { name: R.public.forYear.replace('{{year}}', String(thisYear)) })).toBeVisible();
  await expect(mine).toContainText(R.mine.published);
  await expectClean(page, 'the deputy’s reports', 'ru');

  // A report for the newest year without one: Kenes counts the figures and opens the editor.
  const year = await page.getByLabel(R.new.year).inputValue();
  await press(page, R.new.make);
  await expect(page).toHaveURL(/\/voter-reports\/\d+\/edit$/);
  const title = R.page.title.replace('{{year}}', year);
  await expect(page.getByRole('heading', { level: 1, name: R.editor.title.replace('{{title}}', title) })).toBeVisible();
  await expect(page.getByTestId('report-figures')).toContainText(R.figures.appeals_received);
  await press(page, R.editor.refresh);
  await expect(page.getByRole('status').filter({ hasText: R.editor.refreshed })).toBeVisible();

  // The texts on their tabs, the meeting, save.
  const ru = `# Итоги ${year} года\n\nОтремонтировали дворы на улице Абая. Отметка ${stamp}.`;
  await page.getByRole('textbox', { name: new RegExp(`^${R.editor.textRu}`) }).fill(ru);
  const kkTab = page.getByRole('tab', { name: R.editor.tabKk });
  await kkTab.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: new RegExp(`^${R.editor.textKk}`) }).fill(`# ${year} жыл\n\nАбай көшесіндегі аулалар жөнделді. Белгі ${stamp}.`);
  const meeting = page.getByLabel(R.editor.meeting);
  await meeting.focus();
  await meeting.selectOption({ index: 1 });
  await press(page, R.editor.save);
  await expect(page.getByRole('status').filter({ hasText: R.editor.saved })).toBeVisible();
  await expectClean(page, 'the report editor', 'ru');
  await press(page, R.editor.publish);
  await expect(page.getByRole('status').filter({ hasText: R.editor.publishedDone })).toBeVisible();
  const deputyPage = await page.getByRole('main').getByRole('link').first().getAttribute('href');
  expect(deputyPage).toMatch(/^\/deputies\/\d+$/);

  // A visitor: the deputy's page lists it; the report page shows the figures, the text and the PDFs.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
  const visitor = await context.newPage();
  await visitor.addInitScript(() => window.localStorage.setItem('kenes.language', 'ru'));
  await visitor.goto(deputyPage ?? '/');
  const section = visitor.getByTestId('deputy-voter-reports');
  await expect(section.getByRole('heading', { level: 2, name: R.public.title })).toBeVisible();
  await expect(section.getByText(R.public.draft)).toHaveCount(0);
  await expectClean(visitor, 'the deputy’s page with reports', 'ru');
  const link = section.getByRole('link', { name: R.public.forYear.replace('{{year}}', year) });
  await link.focus();
  await visitor.keyboard.press('Enter');
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByTestId('report-text')).toContainText(`Отметка ${stamp}.`);
  await expect(visitor.getByTestId('report-figures')).toContainText(R.figures.requests_sent);
  await expect(visitor.getByRole('link', { name: R.page.edit })).toHaveCount(0);
  await expectClean(visitor, 'the report page', 'ru');

  for (const name of [R.page.pdfKk, R.page.pdfRu]) {
    const pdfLink = visitor.getByRole('link', { name });
    const href = (await pdfLink.getAttribute('href')) ?? '';
    const [download] = await Promise.all([visitor.waitForEvent('download'), pdfLink.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const response = await visitor.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }
  await context.close();
});
