// Sittings at 390 px, in Russian: demo staff announce a sitting with a two-item agenda, tick the
// deputies present (the quorum badge turns), record a decision with its vote, then change it —
// its text, the vote by name, the act it makes; the public page shows the agenda, the quorum and
// the decision with its status and act. Axe runs on the forms and the sitting's page.
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
  // Announced: the announcement post is published by itself; no results yet.
  await expect(page.getByTestId('announcement-post')).toBeVisible();
  await expect(page.getByTestId('results-post')).toHaveCount(0);

  // Everyone present: a quorum.
  const boxes = page.getByTestId('sitting-staff-tools').getByRole('checkbox');
  const count = await boxes.count();
  for (let i = 0; i < count; i += 1) await boxes.nth(i).check();
  await page.getByRole('button', { name: S.staff.saveAttendance }).click();
  await expect(page.getByTestId('quorum')).toContainText(S.quorum.yes);

  // One deputy came at item 2: the quorum at item 1 counts one fewer.
  const moves = page.getByTestId('attendance-moves');
  await moves.getByRole('button', { name: S.staff.addMove }).click();
  const late = moves.getByRole('group', { name: S.staff.moveN.replace('{{n}}', '1') });
  await late.getByRole('combobox', { name: S.staff.moveDeputy, exact: true }).selectOption({ index: 1 });
  await late.getByRole('combobox', { name: S.staff.arrivedAt, exact: true }).selectOption({ index: 2 });
  await page.getByRole('button', { name: S.staff.saveAttendance }).click();
  const atItem = (n: number) => S.quorum.atItem.split('{{present}}')[0] + String(n) + ';';
  await expect(page.getByTestId('item-quorum').nth(0)).toContainText(atItem(count - 1));
  await expect(page.getByTestId('item-quorum').nth(1)).toContainText(atItem(count));

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
  await expect(decision.getByTestId('decision-status')).toHaveText(S.status.adopted);
  await expect(page.getByTestId('results-post')).toBeVisible();

  // The decision changed: its text, the vote by name (the counts follow the names; one against
  // of all present) and the act it makes, picked from the registry.
  await decision.getByRole('button', { name: S.staff.edit }).click();
  const edit = page.getByRole('group', { name: S.staff.editDecision.replace('{{number}}', `${number}/1-VIII`) });
  await edit.getByRole('textbox', { name: S.staff.textRu, exact: true }).fill('1. Утвердить бюджет города.');
  const votes = edit.getByRole('group', { name: S.staff.byName }).getByRole('combobox');
  const voters = await votes.count();
  for (let i = 0; i < voters; i += 1) await votes.nth(i).selectOption(i === 0 ? 'against' : 'for');
  await expect(edit.getByRole('textbox', { name: S.vote.against, exact: true })).toHaveValue('1');
  const act = edit.getByRole('combobox', { name: S.staff.act, exact: true });
  await expect(act.locator('option')).not.toHaveCount(1); // the registry's acts have come
  await act.selectOption({ index: 1 });
  await expectClean(page, 'the decision form', 'ru');
  await edit.getByRole('button', { name: S.staff.saveDecision }).click();
  await expect(edit).toHaveCount(0);
  await expect(decision.getByRole('cell').nth(1)).toHaveText('1');
  await expect(decision.getByRole('link', { name: /^Акт №/ })).toBeVisible();
  await decision.getByText(S.byName).click();
  await expect(decision.getByTestId('votes-by-name').getByRole('listitem')).toHaveCount(voters);
  await decision.getByText(S.decisionText).click();
  await expect(decision.getByTestId('decision-text')).toHaveText('1. Утвердить бюджет города.');
  await expectClean(page, 'the sitting', 'ru');
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scroll).toBeLessThanOrEqual(390);

  // The public sees the same.
  await page.context().clearCookies();
  await page.reload();
  await expect(page.getByTestId('quorum')).toContainText(S.quorum.yes);
  await expect(page.getByTestId('item-quorum').nth(0)).toContainText(atItem(count - 1));
  await expect(page.getByTestId('decision')).toContainText('О бюджете');
  await expect(page.getByTestId('decision-status')).toHaveText(S.status.adopted);
  await expect(page.getByTestId('decision').getByRole('link', { name: /^Акт №/ })).toBeVisible();
  await expect(page.getByTestId('sitting-staff-tools')).toHaveCount(0);
  await expect(page.getByRole('button', { name: S.staff.edit })).toHaveCount(0);
  // The results post lists the decision with its vote, in words.
  await page.getByTestId('results-post').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`№ ${number}`);
  await expect(page.getByRole('main')).toContainText(`${number}/1-VIII`);
  await expect(page.getByRole('main')).toContainText('принято');
});

test('staff announce a commission meeting: its members attend, more than half make a quorum', async ({ page }) => {
  await logIn(page, kDemo.staff);
  await page.evaluate(() => window.localStorage.setItem('kenes.language', 'ru'));
  await page.goto('/sittings/new');
  const body = page.getByRole('combobox', { name: S.staff.body, exact: true });
  await expect(body.locator('option')).not.toHaveCount(1);
  await body.selectOption({ index: 1 });
  const number = String(100 + (Date.now() % 800));
  await page.getByRole('textbox', { name: S.staff.number, exact: true }).fill(number);
  await page.getByRole('textbox', { name: S.staff.day, exact: true }).fill('11.12.2026');
  await page.getByRole('textbox', { name: S.staff.place, exact: true }).fill('Кабинет 204');
  await page.getByRole('group', { name: S.staff.itemN.replace('{{n}}', '1') }).getByRole('textbox', { name: S.staff.titleRu, exact: true }).fill('О проекте бюджета');
  await page.getByRole('button', { name: S.staff.announce }).click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText(S.title.commission.replace('{{name}}', '').replace('{{number}}', number));
  await expect(page.getByRole('heading', { level: 2, name: S.conclusions })).toBeVisible();
  const boxes = page.getByTestId('sitting-staff-tools').getByRole('checkbox');
  const members = await boxes.count();
  expect(members).toBeGreaterThan(0);
  // Half of the members is not a quorum; all of them are.
  for (let i = 0; i < Math.floor(members / 2); i += 1) await boxes.nth(i).check();
  await page.getByRole('button', { name: S.staff.saveAttendance }).click();
  await expect(page.getByTestId('quorum')).toContainText(S.quorum.no);
  for (let i = 0; i < members; i += 1) await boxes.nth(i).check();
  await page.getByRole('button', { name: S.staff.saveAttendance }).click();
  await expect(page.getByTestId('quorum')).toContainText(S.quorum.yes);
  await expectClean(page, 'the commission meeting', 'ru');
});
