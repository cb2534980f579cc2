// Documents of agenda items at 390 px, in Russian: demo staff announce a sitting and attach a PDF
// to its agenda item from the browser, using the keyboard; a citizen sees it on the sitting's page
// with its type and size in words ("PDF, 1 КБ") and downloads it under its title. Staff change its
// titles and language from the page with the keyboard (an empty title refused in words first).
// Axe runs on the forms and on the page.
import { expect, test } from '@playwright/test';
import { kDemo } from './support/accounts';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';
import { logIn } from './support/session';

const S = kTexts.ru.sittings;
const D = S.documents;

test.use({ viewport: { width: 390, height: 844 } });

// A small valid PDF: its header, one object and the end marker.
const kPdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n' + ' '.repeat(1200) + '\n%%EOF\n');

test('staff attach a PDF to an agenda item; a citizen downloads it from the sitting page', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page, kDemo.staff);
  await page.evaluate(() => window.localStorage.setItem('kenes.language', 'ru'));
  await page.goto('/sittings/new');
  const number = String(900 + (Date.now() % 99));
  await page.getByRole('textbox', { name: S.staff.number, exact: true }).fill(number);
  await page.getByRole('textbox', { name: S.staff.day, exact: true }).fill('12.12.2026');
  await page.getByRole('textbox', { name: S.staff.place, exact: true }).fill('Зал сессий');
  const item = page.getByRole('group', { name: S.staff.itemN.replace('{{n}}', '1') });
  await item.getByRole('textbox', { name: S.staff.titleKk, exact: true }).fill('Бюджет туралы');
  await item.getByRole('textbox', { name: S.staff.titleRu, exact: true }).fill('О бюджете');
  await page.getByRole('button', { name: S.staff.announce }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(number);
  const sittingUrl = page.url();

  // From the keyboard: the button opens the form, the fields are filled in turn.
  const agenda = page.getByRole('region', { name: S.agenda });
  await agenda.getByRole('button', { name: D.add }).focus();
  await page.keyboard.press('Enter');
  const form = page.getByTestId('add-document-form');
  await form.getByRole('textbox', { name: D.titleKk, exact: true }).fill('Шешім жобасы');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('textbox', { name: D.titleRu, exact: true })).toBeFocused();
  await page.keyboard.type('Проект решения');
  await form.getByRole('combobox', { name: D.languageLabel, exact: true }).selectOption('both');
  // A file that is not one of the types is refused before it is sent.
  await form.getByLabel(D.file, { exact: true }).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await form.getByRole('button', { name: D.attach, exact: true }).click();
  await expect(form.getByRole('alert')).toHaveText(D.problem.unsupported_type);
  await form.getByLabel(D.file, { exact: true }).setInputFiles({ name: 'draft.pdf', mimeType: 'application/pdf', buffer: kPdf });
  await expectClean(page, 'the document form', 'ru');
  await form.getByRole('button', { name: D.attach, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(form).toHaveCount(0);
  const row = agenda.getByTestId('agenda-document');
  await expect(row.getByRole('link', { name: 'Проект решения' })).toBeVisible();
  await expect(row.getByTestId('document-meta')).toHaveText(`PDF, 1 КБ · ${D.language.both}`);
  await expectClean(page, 'the sitting with a document, staff', 'ru');

  // Staff retitle it from the keyboard: the form opens on the Kazakh title; an empty one is refused.
  const retitleButton = row.getByRole('button', { name: D.retitleNamed.replace('{{title}}', 'Проект решения') });
  await retitleButton.focus();
  await page.keyboard.press('Enter');
  const retitle = page.getByTestId('retitle-document-form');
  await expect(retitle.getByRole('textbox', { name: D.titleKk, exact: true })).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await retitle.getByRole('button', { name: D.save, exact: true }).click();
  await expect(retitle.getByText(kTexts.ru.errors.fields.required)).toBeVisible();
  await expectClean(page, 'the retitle form with an error', 'ru');
  await retitle.getByRole('textbox', { name: D.titleKk, exact: true }).fill('Шешім жобасы (жаңа редакция)');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Проект решения (новая редакция)');
  await retitle.getByRole('combobox', { name: D.languageLabel, exact: true }).selectOption('ru');
  await retitle.getByRole('button', { name: D.save, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(retitle).toHaveCount(0);
  await expect(row.getByRole('link', { name: 'Проект решения (новая редакция)' })).toBeVisible();
  await expect(row.getByTestId('document-meta')).toHaveText(`PDF, 1 КБ · ${D.language.ru}`);
  await expect(row.getByRole('button', { name: D.retitleNamed.replace('{{title}}', 'Проект решения (новая редакция)') })).toBeFocused();
  const staffSizes = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, window: window.innerWidth }));
  expect(staffSizes.document).toBeLessThanOrEqual(staffSizes.window);

  // A citizen: the document on the page, downloaded under its title. (The login page is read in
  // Kazakh by the helper.)
  await page.evaluate(() => window.localStorage.setItem('kenes.language', 'kk'));
  await logIn(page, kDemo.citizen);
  await page.evaluate(() => window.localStorage.setItem('kenes.language', 'ru'));
  await page.goto(sittingUrl);
  const link = page.getByRole('region', { name: S.agenda }).getByRole('link', { name: 'Проект решения (новая редакция)' });
  await expect(link).toBeVisible();
  await expect(page.getByRole('button', { name: D.add })).toHaveCount(0);
  await expect(page.getByRole('button', { name: D.remove })).toHaveCount(0);
  await expectClean(page, 'the sitting with a document, citizen', 'ru');
  const sizes = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, window: window.innerWidth }));
  expect(sizes.document).toBeLessThanOrEqual(sizes.window);
  await link.focus();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toBe('Проект решения (новая редакция).pdf');
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
});
