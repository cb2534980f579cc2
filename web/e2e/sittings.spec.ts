// Sittings at 390 px, in Russian: demo staff announce a sitting with a two-item agenda, tick the
// deputies present (the quorum badge turns), and record a decision with its vote; the public page
// shows the agenda, the quorum and the decision. Axe runs on the form and the sitting's page.
import { expect, test } from '@playwright/test';
import { kDemo } from './support/accounts';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';
import { logIn } from './support/session';

const S = kTexts.ru.sittings;

test.use({ viewport: { width: 390, height: 844 } });

test('staff announce a sitting, record attendance and a decision with votes', async ({ page }) => {
  await logIn(page, kDemo.staff);
  await page.evaluate(() => window.localStorage.setItem('kenes.language', 'ru'));
  await page.goto('/sittings/new');
  const number = String(100 + (Date.now() % 800));
  await page.getByRole('textbox', { name: S.staff.number, exact: true }).fill(number);
  await page.getByRole('textbox', { name: S.staff.day, exact: true }).fill('10.12.2026');
  await page.getByRole('textbox', { name: S.staff.place, exact: true }).fill('Зал сессий');
  const first = page.getByRole('group', { name: S.staff.itemN.replace('{{n}}', '1') });
  await first.getByRole('textbox', { name: S.staff.titleKk, exact: true }).fill('Бюджет туралы');
  await first.getByRole('textbox', { name: S.staff.titleRu, exact: true }).fill('О бюджете');
  await first.getByRole('textbox', { name: S.staff.rapporteur, exact: true }).fill('Руководитель отдела финансов');
  await page.getByRole('button', { name: S.staff.addItem }).click();
  const second = page.getByRole('group', { name: S.staff.itemN.replace('{{n}}', '2') });
  await second.getByRole('textbox', { name: S.staff.titleRu, exact: true }).fill('Разное');
  await expectClean(page, 'the sitting form', 'ru');
  await page.getByRole('button', { name: S.staff.announce }).click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText(number);
  await expect(page.getByRole('region', { name: S.agenda })).toContainText('О бюджете');
  await expect(page.getByTestId('quorum')).toContainText(S.quorum.no);

  // Everyone present: a quorum.
  const boxes = page.getByTestId('sitting-staff-tools').getByRole('checkbox');
  const count = await boxes.count();
  for (let i = 0; i < count; i += 1) await boxes.nth(i).check();
  await page.getByRole('button', { name: S.staff.saveAttendance }).click();
  await expect(page.getByTestId('quorum')).toContainText(S.quorum.yes);

  const form = page.getByRole('group', { name: S.staff.addDecision });
  await form.getByRole('textbox', { name: S.staff.decisionNumber, exact: true }).fill(`${number}/1-VIII`);
  await form.getByRole('textbox', { name: S.staff.titleKk, exact: true }).fill('Бюджет туралы');
  await form.getByRole('textbox', { name: S.staff.titleRu, exact: true }).fill('О бюджете');
  await form.getByRole('combobox', { name: S.staff.item, exact: true }).selectOption({ index: 1 });
  await form.getByRole('textbox', { name: S.vote.for, exact: true }).fill(String(count - 1));
  await form.getByRole('textbox', { name: S.vote.against, exact: true }).fill('0');
  await form.getByRole('textbox', { name: S.vote.abstained, exact: true }).fill('1');
  await page.getByRole('button', { name: S.staff.saveDecision }).click();
  const decision = page.getByTestId('decision');
  await expect(decision).toContainText(`${number}/1-VIII`);
  await expect(decision.getByRole('cell').first()).toHaveText(String(count - 1));
  await expectClean(page, 'the sitting', 'ru');

  // The public sees the same.
  await page.context().clearCookies();
  await page.reload();
  await expect(page.getByTestId('quorum')).toContainText(S.quorum.yes);
  await expect(page.getByTestId('decision')).toContainText('О бюджете');
  await expect(page.getByTestId('sitting-staff-tools')).toHaveCount(0);
});
