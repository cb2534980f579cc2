// The maslikhat's annual report at 390 px: the demo staff (in Russian) find the section on the
// maslikhat's page — the demo's published report of the past year is there — prepare the report of
// the newest year without one, write the Russian and Kazakh texts, publish version 1, then correct
// it and publish version 2 with its note of what changed, mostly from the keyboard. A visitor then
// finds it on the maslikhat's page, reads version 2 with what changed, opens version 1 from the
// list of versions (its own text, marked as earlier) and downloads its PDF (application/pdf) in
// Kazakh and Russian. Axe and the width (no sideways scrolling) on each page.
import { expect, test, type Page } from '@playwright/test';
import { kDemo } from './support/accounts';
import { expectClean } from './support/axe';
import { cityMaslikhat } from './support/demo_directory';
import { kTexts } from './support/locales';
import { logIn } from './support/session';

const R = kTexts.ru.annualReports;

test.use({ viewport: { width: 390, height: 844 } });

async function press(page: Page, name: string | RegExp): Promise<void> {
  const control = page.getByRole('button', { name });
  await control.focus();
  await page.keyboard.press('Enter');
}

async function expectNoSideScroll(page: Page, label: string): Promise<void> {
  const sizes = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, window: window.innerWidth }));
  expect(sizes.document, `${label}: ${String(sizes.document)}px in ${String(sizes.window)}px`).toBeLessThanOrEqual(sizes.window);
}

const n = (text: string, number: number) => text.replace('{{number}}', String(number));
const startsWith = (label: string) => new RegExp(`^${label.replace(/[()]/g, '\\$&')}`);

test('staff publish an annual report, correct it as version 2, and a visitor reads both versions', async ({ page, browser }) => {
  const stamp = String(Date.now() % 1_000_000);
  const city = await cityMaslikhat(page.request);
  await logIn(page, kDemo.staff);
  await page.evaluate(() => window.localStorage.setItem('kenes.language', 'ru'));
  await page.goto(`/maslikhats/${String(city.id)}`);

  // The section lists the demo's report of the past year; a new one for the newest free year.
  const section = page.getByTestId('annual-reports');
  await expect(section.getByRole('heading', { level: 2, name: R.public.title })).toBeVisible();
  const pastYear = String(new Date(Date.now() + 5 * 3_600_000).getUTCFullYear() - 1);
  await expect(section.getByRole('link', { name: R.title.maslikhat.replace('{{year}}', pastYear) })).toBeVisible();
  const year = await section.getByLabel(R.public.year).inputValue();
  await press(page, R.public.make);
  await expect(page).toHaveURL(/\/annual-reports\/\d+$/);
  const title = R.title.maslikhat.replace('{{year}}', year);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const reportPath = new URL(page.url()).pathname;
  const editor = page.getByTestId('annual-editor');
  await expect(editor.getByRole('heading', { name: n(R.editor.title, 1) })).toBeVisible();
  await expect(editor.getByTestId('annual-figures')).toContainText(R.figures.sittings_regular);

  // Version 1: the texts on their tabs, save, publish.
  await editor.getByRole('textbox', { name: startsWith(R.editor.textRu) }).fill(`# Итоги года\n\nПервая редакция ${stamp}.`);
  const kkTab = editor.getByRole('tab', { name: R.editor.tabKk });
  await kkTab.focus();
  await page.keyboard.press('Enter');
  await editor.getByRole('textbox', { name: startsWith(R.editor.textKk) }).fill(`# Жыл қорытындысы\n\nБірінші редакция ${stamp}.`);
  await press(page, R.editor.save);
  await expect(page.getByRole('status').filter({ hasText: R.editor.saved })).toBeVisible();
  await press(page, n(R.editor.publish, 1));
  await expect(page.getByRole('status').filter({ hasText: n(R.editor.publishedDone, 1) })).toBeVisible();
  await expect(page.getByTestId('annual-text')).toContainText(`Первая редакция ${stamp}.`);

  // Version 2: a correction with its note in both languages.
  await expect(editor.getByRole('heading', { name: n(R.editor.titleNext, 2) })).toBeVisible();
  await editor.getByRole('textbox', { name: startsWith(R.editor.noteKk) }).fill('Сандар нақтыланды.');
  const ruTab = editor.getByRole('tab', { name: R.editor.tabRu });
  await ruTab.focus();
  await page.keyboard.press('Enter');
  await editor.getByRole('textbox', { name: startsWith(R.editor.textRu) }).fill(`# Итоги года\n\nВторая редакция ${stamp}.`);
  await editor.getByRole('textbox', { name: startsWith(R.editor.noteRu) }).fill('Уточнены цифры.');
  await press(page, R.editor.save);
  await expect(page.getByRole('status').filter({ hasText: R.editor.saved })).toBeVisible();
  await press(page, n(R.editor.publish, 2));
  await expect(page.getByRole('status').filter({ hasText: n(R.editor.publishedDone, 2) })).toBeVisible();
  await expect(page.getByTestId('annual-text')).toContainText(`Вторая редакция ${stamp}.`);
  await expectClean(page, 'the annual report with its editor', 'ru');
  await expectNoSideScroll(page, 'the annual report with its editor');

  // A visitor: the maslikhat's page lists it; the page shows version 2 and what it changed.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
  const visitor = await context.newPage();
  await visitor.addInitScript(() => window.localStorage.setItem('kenes.language', 'ru'));
  await visitor.goto(`/maslikhats/${String(city.id)}`);
  const listed = visitor.getByTestId('annual-reports').getByRole('link', { name: title });
  await listed.focus();
  await visitor.keyboard.press('Enter');
  await expect(visitor).toHaveURL(new RegExp(`${reportPath}$`));
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByTestId('annual-text')).toContainText(`Вторая редакция ${stamp}.`);
  await expect(visitor.getByText(R.page.changed.replace('{{note}}', 'Уточнены цифры.'))).toBeVisible();
  await expect(visitor.getByTestId('annual-editor')).toHaveCount(0);
  await expectClean(visitor, 'the annual report', 'ru');
  await expectNoSideScroll(visitor, 'the annual report');

  // Version 1 from the list of versions, by keyboard: its own text, marked as earlier.
  const first = visitor.getByTestId('annual-versions-list').getByRole('link', { name: /^Редакция 1/ });
  await first.focus();
  await visitor.keyboard.press('Enter');
  await expect(visitor).toHaveURL(new RegExp(`${reportPath}/versions/1$`));
  await expect(visitor.getByTestId('annual-text')).toContainText(`Первая редакция ${stamp}.`);
  await expect(visitor.getByText(R.page.earlier)).toBeVisible();
  await expectClean(visitor, 'an earlier version', 'ru');
  await expectNoSideScroll(visitor, 'an earlier version');

  for (const name of [R.page.pdfKk, R.page.pdfRu]) {
    const pdfLink = visitor.getByRole('link', { name });
    const href = (await pdfLink.getAttribute('href')) ?? '';
    expect(href).toContain('/versions/1/report.pdf');
    const [download] = await Promise.all([visitor.waitForEvent('download'), pdfLink.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const response = await visitor.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }
  await context.close();
});
