// The maslikhat's apparatus and question–answer sections at 390 px: demo staff (in Russian) add a
// question in the dialog, open it and publish it from the keyboard; a visitor then reads it on the
// public page in Russian and in Kazakh — opened from the keyboard — beside the demo apparatus; the
// staff finally remove it. Axe runs on the dialog, the staff's page and the public page in both
// languages.
import { expect, test, type Page } from '@playwright/test';
import { kDemo } from './support/accounts';
import { expectClean } from './support/axe';
import { cityMaslikhat } from './support/demo_directory';
import { kTexts } from './support/locales';
import { logIn } from './support/session';

const R = kTexts.ru.maslikhatPages;
const K = kTexts.kk.maslikhatPages;

test.use({ viewport: { width: 390, height: 844 } });

function startsWith(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** Opens a question of the accordion from the keyboard and waits for its answer. */
async function openFromKeyboard(page: Page, question: string, answer: string): Promise<void> {
  const control = page.getByTestId('maslikhat-questions').getByRole('button', { name: startsWith(question) });
  await control.focus();
  await page.keyboard.press('Enter');
  await expect(control).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText(answer, { exact: true })).toBeVisible();
}

test('staff add and publish a question; the public reads it in Russian and Kazakh', async ({ page, browser }) => {
  const city = await cityMaslikhat(page.request);
  const stamp = String(Date.now() % 1_000_000);
  const question = {
    kk: `Мәслихаттың жұмыс жоспарын қайдан табуға болады? (${stamp})`,
    ru: `Где найти план работы маслихата? (${stamp})`,
    answerKk: 'Жұмыс жоспары «Жұмыс жоспарлары» бөлімінде жарияланады.',
    answerRu: 'План работы публикуется в разделе «Планы работы».',
  };

  // Staff, in Russian: the maslikhat's page has both sections and the staff's tools.
  await logIn(page, kDemo.staff);
  await page.addInitScript(() => window.localStorage.setItem('kenes.language', 'ru'));
  await page.goto(`/maslikhats/${String(city.id)}`);
  const section = page.getByTestId('maslikhat-questions');
  await expect(section.getByRole('heading', { level: 2, name: R.public.questions })).toBeVisible();
  await expect(section.getByTestId('question-draft').first()).toBeVisible(); // the demo's draft

  // A new question, from the keyboard: the dialog opens, the texts go in, «Добавить».
  const add = section.getByRole('button', { name: R.staff.addQuestion });
  await add.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: R.form.newQuestion });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: startsWith(R.form.questionKk) }).fill(question.kk);
  await dialog.getByRole('textbox', { name: startsWith(R.form.questionRu) }).fill(question.ru);
  await dialog.getByRole('textbox', { name: startsWith(R.form.answerKk) }).fill(question.answerKk);
  await dialog.getByRole('textbox', { name: startsWith(R.form.answerRu) }).fill(question.answerRu);
  await expectClean(page, 'the new question dialog', 'ru');
  await dialog.getByRole('button', { name: R.form.add, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(section.getByText(R.staff.saved)).toBeVisible();

  // A draft: opened and published from the keyboard.
  const control = section.getByRole('button', { name: startsWith(question.ru) });
  await expect(control).toContainText(R.public.draft);
  await openFromKeyboard(page, question.ru, question.answerRu);
  const publish = section.getByRole('button', { name: R.staff.publishN.replace('{{question}}', question.ru) });
  await publish.focus();
  await page.keyboard.press('Enter');
  await expect(section.getByText(R.staff.published)).toBeVisible();
  await expect(control).not.toContainText(R.public.draft);
  await expectClean(page, 'the maslikhat page for the staff', 'ru');

  // A visitor, in Russian: the question is there, its answer opens from the keyboard; the
  // apparatus of the demo is listed; no staff tools.
  const visitorContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const visitor = await visitorContext.newPage();
  await visitor.addInitScript(() => window.localStorage.setItem('kenes.language', 'ru'));
  await visitor.goto(`/maslikhats/${String(city.id)}`);
  const apparatus = visitor.getByTestId('maslikhat-apparatus');
  await expect(apparatus.getByRole('heading', { level: 2, name: R.public.apparatus })).toBeVisible();
  await expect(apparatus).toContainText('Сарсенбаева Гульжан Маратовна');
  await expect(apparatus).toContainText('Руководитель аппарата маслихата');
  await openFromKeyboard(visitor, question.ru, question.answerRu);
  await expect(visitor.getByTestId('question-draft')).toHaveCount(0);
  await expect(visitor.getByRole('button', { name: R.staff.addQuestion })).toHaveCount(0);
  await expect(visitor.getByRole('button', { name: R.staff.addMember })).toHaveCount(0);
  await expectClean(visitor, 'the maslikhat page in Russian', 'ru');

  // The same visitor in Kazakh: the Kazakh texts.
  const kkPage = await visitorContext.newPage();
  await kkPage.addInitScript(() => window.localStorage.setItem('kenes.language', 'kk'));
  await kkPage.goto(`/maslikhats/${String(city.id)}`);
  await expect(kkPage.getByTestId('maslikhat-questions').getByRole('heading', { level: 2, name: K.public.questions })).toBeVisible();
  await expect(kkPage.getByTestId('maslikhat-apparatus')).toContainText('Сәрсенбаева Гүлжан Маратқызы');
  await openFromKeyboard(kkPage, question.kk, question.answerKk);
  await expectClean(kkPage, 'the maslikhat page in Kazakh', 'kk');
  await visitorContext.close();

  // The staff remove it again (asked once more); it is gone from the page.
  const remove = section.getByRole('button', { name: R.staff.removeN.replace('{{name}}', question.ru) });
  await remove.focus();
  await page.keyboard.press('Enter');
  await section.getByRole('button', { name: R.staff.confirmRemoveN.replace('{{name}}', question.ru) }).click();
  await expect(section.getByText(R.staff.removed)).toBeVisible();
  await expect(section.getByRole('button', { name: startsWith(question.ru) })).toHaveCount(0);
});
