// Draft discussions at 390 px: demo staff open a discussion (paste the Kazakh and Russian texts,
// split, check the paired preview), the paragraphs read in both languages — stacked on the phone,
// side by side on a wide screen, one language from the keyboard switch, printed without the
// site's frame —, a citizen comments on
// paragraph 2, staff reject the comment with a reason, and the summary table
// shows it — in Russian, then in Kazakh. Staff hide an abusive comment: the public reads the
// reason, never the text, and the citizen is told of a decision in the bell. Axe runs on the form,
// the discussion and the table; nothing scrolls sideways.
import { expect, test, type Page } from '@playwright/test';
import { kDemo } from './support/accounts';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';
import { logIn } from './support/session';

const D = kTexts.ru.drafts;
const K = kTexts.kk.drafts;

test.use({ viewport: { width: 390, height: 844 } });

async function expectNoSideScroll(page: Page, label: string): Promise<void> {
  const sizes = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, window: window.innerWidth }));
  expect(sizes.document, `${label}: ${String(sizes.document)}px in ${String(sizes.window)}px`).toBeLessThanOrEqual(sizes.window);
}

async function useLanguage(page: Page, language: 'kk' | 'ru'): Promise<void> {
  await page.evaluate((l) => window.localStorage.setItem('kenes.language', l), language);
}

test('staff open a discussion, a citizen comments on paragraph 2, staff reject it with a reason', async ({ page }) => {
  const stamp = String(Date.now() % 100000);
  await logIn(page, kDemo.staff);
  await useLanguage(page, 'ru');
  await page.goto('/drafts/new');
  await page.getByRole('textbox', { name: D.staff.titleKk }).fill(`Саябақтар туралы ${stamp}`);
  await page.getByRole('textbox', { name: D.staff.titleRu }).fill(`О парках ${stamp}`);
  await page
    .getByRole('textbox', { name: D.staff.textKk })
    .fill('Саябақ қағидаларын бекіту туралы\n\n1. Саябақтар 7:00-ден 23:00-ге дейін ашық.\n2. Итті серуендетуге тыйым салынады.\n3. Қағидалар қолданысқа енгізіледі.');
  await page
    .getByRole('textbox', { name: D.staff.textRu })
    .fill('Об утверждении Правил парков\n\n1. Парки открыты с 7:00 до 23:00.\n2. Выгул собак запрещён.\n3. Правила вводятся в действие.');
  await page.getByRole('button', { name: D.staff.split }).click();
  const preview = page.getByTestId('split-preview');
  await expect(preview.getByRole('textbox')).toHaveCount(8);
  await expect(preview.getByRole('textbox', { name: D.staff.paragraphRuN.replace('{{number}}', '3') })).toHaveValue('2. Выгул собак запрещён.');
  await expect(preview.getByRole('textbox', { name: D.staff.paragraphKkN.replace('{{number}}', '3') })).toHaveValue('2. Итті серуендетуге тыйым салынады.');
  // Staff fix the split: the title line is not a paragraph to discuss.
  await preview.getByRole('button', { name: D.staff.removeN.replace('{{number}}', '1') }).click();
  await expect(preview.getByRole('textbox')).toHaveCount(6);
  await expectClean(page, 'the new discussion form', 'ru');
  await expectNoSideScroll(page, 'the new discussion form');
  await page.getByRole('button', { name: D.staff.open, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`О парках ${stamp}`);
  const staffP2 = page.getByTestId('paragraph-2');
  await expect(staffP2.locator('[lang="ru"]')).toHaveText('2. Выгул собак запрещён.');
  await expect(staffP2.locator('[lang="kk"]')).toHaveText('2. Итті серуендетуге тыйым салынады.');
  const url = page.url();

  // A citizen comments on paragraph 2 (logIn speaks Kazakh).
  await useLanguage(page, 'kk');
  await logIn(page, kDemo.citizen);
  await useLanguage(page, 'ru');
  await page.goto(url);
  const p2 = page.getByTestId('paragraph-2');
  await p2.getByRole('button', { name: D.comment.open.replace('{{number}}', '2') }).click();
  await p2.getByRole('textbox', { name: D.comment.text }).fill(`Разрешить выгул на поводке ${stamp}`);
  await expectClean(page, 'the comment form', 'ru');
  await p2.getByRole('button', { name: D.comment.send }).click();
  await expect(p2).toContainText(`Разрешить выгул на поводке ${stamp}`);
  await expect(p2).toContainText(D.author.citizen);
  await expectNoSideScroll(page, 'the discussion');

  // Staff reject it with a reason.
  await useLanguage(page, 'kk');
  await logIn(page, kDemo.staff);
  await useLanguage(page, 'ru');
  await page.goto(url);
  const form = page.getByRole('form', { name: D.decision.formLabel.replace('{{number}}', '2') });
  await form.getByRole('combobox', { name: D.decision.label }).selectOption('rejected');
  await form.getByRole('button', { name: D.decision.save }).click();
  await expect(form.getByRole('alert')).toContainText(D.errors.reason.required);
  await form.getByRole('textbox', { name: D.decision.reason }).fill('Противоречит санитарным правилам.');
  await form.getByRole('button', { name: D.decision.save }).click();
  const table = page.getByTestId('summary-table');
  await expect(table).toContainText(D.decision.rejected);
  await expect(table).toContainText('Противоречит санитарным правилам.');
  await expectClean(page, 'the discussion with decisions', 'ru');

  // The public summary table, in Russian and in Kazakh.
  await page.context().clearCookies();
  await page.goto(url);
  await expect(page.getByTestId('summary-table')).toContainText(`Разрешить выгул на поводке ${stamp}`);
  await expect(page.getByTestId('summary-table')).toContainText(D.decision.rejected);
  await expect(page.getByRole('link', { name: D.summary.pdf })).toHaveAttribute('href', /summary\.pdf\?lang=ru$/);
  await expectNoSideScroll(page, 'the summary table');
  await useLanguage(page, 'kk');
  await page.reload();
  const kk = page.getByTestId('summary-table');
  await expect(kk).toContainText(K.decision.rejected);
  await expect(kk).toContainText(K.author.citizen);
  await expect(page.getByRole('link', { name: K.summary.xlsx })).toHaveAttribute('href', /summary\.xlsx\?lang=kk$/);
  await expectClean(page, 'the summary table', 'kk');
  await expectNoSideScroll(page, 'the summary table in Kazakh');

  // The list shows it open.
  await page.goto('/drafts');
  await expect(page.getByRole('link', { name: `Саябақтар туралы ${stamp}` })).toBeVisible();
});

test('staff hide an abusive comment from the keyboard: the public reads the reason, not the text', async ({ page }) => {
  const stamp = String(Date.now() % 100000);
  await logIn(page, kDemo.staff);
  await useLanguage(page, 'ru');
  await page.goto('/drafts/new');
  await page.getByRole('textbox', { name: D.staff.titleKk }).fill(`Жарнама туралы ${stamp}`);
  await page.getByRole('textbox', { name: D.staff.titleRu }).fill(`О рекламе ${stamp}`);
  await page.getByRole('textbox', { name: D.staff.textKk }).fill('1. Маңдайшалар келісіледі.\n2. Айыппұлдар.');
  await page.getByRole('textbox', { name: D.staff.textRu }).fill('1. Вывески согласуются.\n2. Штрафы.');
  await page.getByRole('button', { name: D.staff.split }).click();
  await page.getByRole('button', { name: D.staff.open, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`О рекламе ${stamp}`);
  const url = page.url();

  await useLanguage(page, 'kk');
  await logIn(page, kDemo.citizen);
  await useLanguage(page, 'ru');
  await page.goto(url);
  const p1 = page.getByTestId('paragraph-1');
  await p1.getByRole('button', { name: D.comment.open.replace('{{number}}', '1') }).click();
  await p1.getByRole('textbox', { name: D.comment.text }).fill(`Купите казино ${stamp}`);
  await p1.getByRole('button', { name: D.comment.send }).click();
  await expect(p1).toContainText(`Купите казино ${stamp}`);

  await useLanguage(page, 'kk');
  await logIn(page, kDemo.staff);
  await useLanguage(page, 'ru');
  await page.goto(url);
  const staffP1 = page.getByTestId('paragraph-1');
  const hide = staffP1.getByRole('button', { name: D.moderation.hide });
  await hide.focus();
  await page.keyboard.press('Enter');
  const form = staffP1.getByRole('form', { name: D.moderation.formLabel.replace('{{number}}', '1') });
  await form.getByRole('button', { name: D.moderation.confirmHide }).click();
  await expect(form.getByRole('alert')).toContainText(D.moderation.reasonRequired);
  await form.getByRole('textbox', { name: D.moderation.reason }).fill('Реклама, не по теме проекта.');
  await form.getByRole('textbox', { name: D.moderation.reason }).press('Tab');
  await page.keyboard.press('Enter');
  // The staff still read it, marked as hidden, and may show it again.
  await expect(staffP1).toContainText(D.moderation.hiddenForStaff.replace('{{reason}}', 'Реклама, не по теме проекта.'));
  await expect(staffP1.getByRole('button', { name: D.moderation.show })).toBeVisible();
  await expectClean(page, 'the discussion with a hidden comment (staff)', 'ru');

  await page.context().clearCookies();
  await page.goto(url);
  const publicP1 = page.getByTestId('paragraph-1');
  await expect(publicP1).toContainText(D.moderation.hiddenNotice.replace('{{reason}}', 'Реклама, не по теме проекта.'));
  await expect(page.locator('body')).not.toContainText(`Купите казино ${stamp}`);
  await expect(page.getByText(D.summary.empty)).toBeVisible();
  await expectClean(page, 'the discussion with a hidden comment', 'ru');
  await expectNoSideScroll(page, 'the discussion with a hidden comment');
});

test('the paragraphs read in Kazakh and Russian: stacked on a phone, side by side when wide, one language by choice', async ({ page }) => {
  await page.goto('/drafts');
  await useLanguage(page, 'ru');
  await page.reload();
  await page.getByRole('link', { name: /О правилах содержания зелёных насаждений/ }).first().click();
  const p3 = page.getByTestId('paragraph-3');
  const kk = p3.locator('[lang="kk"].drafts-paragraph');
  const ru = p3.locator('[lang="ru"].drafts-paragraph');
  await expect(kk).toContainText('2. Ағаштарды кесуге тек әкімдіктің рұқсатымен');
  await expect(ru).toContainText('2. Снос деревьев допускается только по разрешению акимата.');
  // 390 px: one under the other, nothing sideways.
  const [kkBox, ruBox] = [await kk.boundingBox(), await ru.boundingBox()];
  expect(kkBox && ruBox && ruBox.y > kkBox.y + kkBox.height - 1).toBe(true);
  await expectNoSideScroll(page, 'the two languages on a phone');
  await expectClean(page, 'the draft in two languages', 'ru');
  // The anchor of a paragraph still leads to it.
  await page.getByRole('link', { name: D.paragraphN.replace('{{number}}', '3'), exact: true }).click();
  await expect(page).toHaveURL(/#p3$/);
  // From the keyboard: only Russian; the choice stays after a reload.
  const view = page.getByTestId('text-view');
  await view.getByRole('radio', { name: D.languages.both }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(view.getByRole('radio', { name: D.languages.ru })).toBeChecked();
  await expect(p3.locator('[lang="kk"].drafts-paragraph')).toHaveCount(0);
  await expect(ru).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('paragraph-3').locator('[lang="kk"].drafts-paragraph')).toHaveCount(0);
  // Wide: both side by side, Kazakh on the left, at the same height.
  await page.getByTestId('text-view').getByText(D.languages.both).click();
  await page.setViewportSize({ width: 1280, height: 900 });
  const [wideKk, wideRu] = [await kk.boundingBox(), await ru.boundingBox()];
  expect(wideKk && wideRu && wideKk.x < wideRu.x && Math.abs(wideKk.y - wideRu.y) < 2).toBe(true);
  await expectClean(page, 'the draft side by side', 'ru');
  // Printed: the texts as shown, side by side, without the switch or the site's header.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('text-view')).toBeHidden();
  await expect(page.locator('.app-frame > header')).toBeHidden();
  await expect(kk).toBeVisible();
  const [printKk, printRu] = [await kk.boundingBox(), await ru.boundingBox()];
  expect(printKk && printRu && printKk.x < printRu.x).toBe(true);
  await page.emulateMedia({ media: 'screen' });
});
