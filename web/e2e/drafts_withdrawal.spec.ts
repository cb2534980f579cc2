// Draft discussions after they open, at 390 px: staff extend the period, then withdraw the
// discussion from the keyboard with a reason; everyone reads «Обсуждение отозвано: …», the
// comment stays readable and no form takes another. The citizen who commented finds the
// withdrawal in the notification centre and by e-mail (with the reason and the link), and the
// closing notice of the demo's closed discussion
// (its job ran when the server started). Axe on the staff's forms and the withdrawn page; nothing
// scrolls sideways.
import { expect, test, type Page } from '@playwright/test';
import { kDemo } from './support/accounts';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';
import { mailMark, waitForMail } from './support/mail';
import { logIn } from './support/session';

const D = kTexts.ru.drafts;
const N = kTexts.ru.notifications.kind;

test.use({ viewport: { width: 390, height: 844 } });

async function expectNoSideScroll(page: Page, label: string): Promise<void> {
  const sizes = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, window: window.innerWidth }));
  expect(sizes.document, `${label}: ${String(sizes.document)}px in ${String(sizes.window)}px`).toBeLessThanOrEqual(sizes.window);
}

async function useLanguage(page: Page, language: 'kk' | 'ru'): Promise<void> {
  await page.evaluate((l) => window.localStorage.setItem('kenes.language', l), language);
}

const plain = (text: string) => text.replace(/<\/?link>/g, '');

test('staff extend a discussion, then withdraw it with a reason; the commenter is told', async ({ page }) => {
  test.slow(); // three people sign in, two forms are checked by axe
  const stamp = String(Date.now() % 100000);
  await logIn(page, kDemo.staff);
  await useLanguage(page, 'ru');
  await page.goto('/drafts/new');
  await page.getByRole('textbox', { name: D.staff.titleKk }).fill(`Көшелер туралы ${stamp}`);
  await page.getByRole('textbox', { name: D.staff.titleRu }).fill(`Об улицах ${stamp}`);
  await page.getByRole('textbox', { name: D.staff.textKk }).fill('1. Көшелер тазаланады.\n2. Қар шығарылады.');
  await page.getByRole('textbox', { name: D.staff.textRu }).fill('1. Улицы убираются.\n2. Снег вывозится.');
  await page.getByRole('button', { name: D.staff.split }).click();
  await page.getByRole('button', { name: D.staff.open, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Об улицах ${stamp}`);
  const url = page.url();

  await useLanguage(page, 'kk');
  await logIn(page, kDemo.citizen);
  await useLanguage(page, 'ru');
  await page.goto(url);
  const p1 = page.getByTestId('paragraph-1');
  await p1.getByRole('button', { name: D.comment.open.replace('{{number}}', '1') }).click();
  await p1.getByRole('textbox', { name: D.comment.text }).fill(`Убирать чаще ${stamp}`);
  await p1.getByRole('button', { name: D.comment.send }).click();
  await expect(p1).toContainText(`Убирать чаще ${stamp}`);

  // Staff extend the period to 15 working days; paragraph 1 has a comment, so only 2 is editable.
  await useLanguage(page, 'kk');
  await logIn(page, kDemo.staff);
  await useLanguage(page, 'ru');
  await page.goto(url);
  const edit = page.getByRole('region', { name: D.edit.title });
  await expect(edit).toContainText(D.edit.commented);
  await expect(edit.getByRole('textbox', { name: D.edit.paragraphRuN.replace('{{number}}', '2') })).toHaveValue('2. Снег вывозится.');
  await edit.getByRole('textbox', { name: D.staff.workingDays }).fill('15');
  await edit.getByRole('textbox', { name: D.edit.paragraphRuN.replace('{{number}}', '2') }).fill('2. Снег вывозится в течение суток.');
  await edit.getByRole('button', { name: D.edit.save }).click();
  await expect(edit).toContainText(D.edit.saved);
  await expect(page.getByTestId('paragraph-2')).toContainText('в течение суток');
  await expectClean(page, 'the staff forms of an open discussion', 'ru');
  await expectNoSideScroll(page, 'the staff forms');

  // Withdrawn from the keyboard: the reason is required first.
  const withdraw = page.getByRole('region', { name: D.withdraw.title });
  await withdraw.getByRole('button', { name: D.withdraw.open }).focus();
  await page.keyboard.press('Enter');
  await withdraw.getByRole('button', { name: D.withdraw.confirm }).click();
  await expect(withdraw.getByRole('alert')).toContainText(D.withdraw.reasonRequired);
  await withdraw.getByRole('textbox', { name: D.withdraw.reason }).fill('Проект внесён заново в новой редакции.');
  await withdraw.getByRole('textbox', { name: D.withdraw.reason }).press('Tab');
  const mark = mailMark();
  await page.keyboard.press('Enter');
  const notice = D.withdrawnNotice.replace('{{reason}}', 'Проект внесён заново в новой редакции.');
  await expect(page.getByTestId('draft-withdrawn')).toHaveText(notice);
  await expect(page.getByRole('region', { name: D.withdraw.title })).toHaveCount(0);
  await expect(page.getByRole('region', { name: D.edit.title })).toHaveCount(0);
  // The citizen who commented is mailed too: the reason, and the link to the draft's page.
  const mail = await waitForMail(kDemo.citizen[0], mark, 'Проект внесён заново в новой редакции.');
  expect(mail).toContain(new URL(url).pathname);

  // The public: the reason, the comment still readable, no comment form.
  await page.context().clearCookies();
  await page.goto(url);
  await expect(page.getByTestId('draft-withdrawn')).toHaveText(notice);
  await expect(page.getByText(D.state.withdrawn, { exact: true })).toBeVisible();
  await expect(page.getByTestId('paragraph-1')).toContainText(`Убирать чаще ${stamp}`);
  await expect(page.getByRole('link', { name: D.signInToComment })).toHaveCount(0);
  await expectClean(page, 'a withdrawn discussion', 'ru');
  await expectNoSideScroll(page, 'a withdrawn discussion');

  // The citizen: told of the withdrawal, and of the close of the demo's closed discussion.
  await useLanguage(page, 'kk');
  await logIn(page, kDemo.citizen);
  await useLanguage(page, 'ru');
  await page.goto('/notifications');
  await expect(page.getByText(plain(N.draft_withdrawn)).first()).toBeVisible();
  await page.getByRole('link', { name: 'проект акта' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Об улицах ${stamp}`);
  // The close was told when the server started; the specs run before this one leave the citizen
  // newer notices, so it may be on a later page, as a person would find it.
  const closed = page.getByText(plain(N.draft_discussion_closed_published));
  let found = false;
  for (let n = 1; n <= 10 && !found; n += 1) {
    await page.goto(`/notifications?page=${n}`);
    await page.waitForLoadState('networkidle');
    found = (await closed.count()) > 0;
  }
  expect(found, 'the notice of the close, on one of the pages').toBe(true);
});
