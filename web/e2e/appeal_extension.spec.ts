// Extending an appeal's term, in Russian, against the demo-seeded server: a citizen's appeal is
// taken into work by staff (API); a plain staff member is not offered «Продлить срок»; the demo
// chair extends it with a reason; the history shows the decision (who, new date, reason); the
// citizen's e-mail notice (SMTP sink, KENES_MAIL_DIR) carries the reason and the new date as
// dd.mm.yyyy.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { kDemo } from './support/accounts';
import { fileAppeal } from './support/appeals';
import { expectClean } from './support/axe';
import { cityMaslikhat } from './support/demo_directory';
import { kTexts } from './support/locales';
import { mailMark, waitForMail } from './support/mail';
import { csrf } from './support/session';

const A = kTexts.ru.appeals;
const kChair = ['chair@demo.kenes.kz', 'demo-chair-2026'] as const;

async function signIn(request: APIRequestContext, [login, password]: readonly [string, string]) {
  const response = await request.post('/api/v1/auth/login', {
    headers: { 'X-CSRF-Token': await csrf(request) },
    data: { login, password },
  });
  expect(response.status(), await response.text()).toBe(200);
}

async function act(request: APIRequestContext, id: number, data: Record<string, unknown>) {
  const response = await request.post(`/api/v1/appeals/${String(id)}/actions`, {
    headers: { 'X-CSRF-Token': await csrf(request) },
    data,
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** A month after `iso`, moved off a weekend: a date inside the two-month ceiling. */
function aMonthAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const dotted = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;


test('the chair extends an appeal with a reason; the applicant is told the reason and the new date', async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => window.localStorage.setItem('kenes.language', 'ru'));
  const stamp = String(Date.now() % 100000);
  const reason = `Запрошены сведения в акимате города (${stamp})`;

  // The demo citizen writes to the city maslikhat; staff assign it to the apparatus and start it.
  const city = await cityMaslikhat(request);
  await signIn(request, kDemo.citizen);
  const filed = await fileAppeal(request, {
    type: 'complaint',
    language: 'ru',
    subject: `Не вывозят мусор ${stamp}`,
    body: 'Во дворе дома 7 по ул. Ауэзова мусор не вывозят вторую неделю.',
    addressee: 'maslikhat',
    maslikhat_id: city.id,
  });
  await request.post('/api/v1/auth/logout', { headers: { 'X-CSRF-Token': await csrf(request) } });
  await signIn(request, kDemo.staff);
  await act(request, filed.id, { action: 'assign' });
  await act(request, filed.id, { action: 'start' });
  const appeal = (await (await request.get(`/api/v1/appeals/${String(filed.id)}`)).json()) as {
    registered_on: string;
    due_on: string;
    may_extend: boolean;
  };
  expect(appeal.may_extend, 'a plain staff member may not extend').toBe(false);
  const until = aMonthAfter(appeal.registered_on);
  expect(until > appeal.due_on).toBe(true);

  // The chair extends it through the appeal's page.
  await signIn(page.request, kChair);
  await page.goto(`/appeals/${String(filed.id)}`);
  const actions = page.getByRole('region', { name: A.actions.title });
  await actions.getByRole('button', { name: A.actions.extend }).click();
  await actions.getByRole('textbox', { name: A.actions.extendUntil }).fill(dotted(until));
  await actions.getByRole('textbox', { name: A.actions.reason }).fill(reason);
  await expectClean(page, 'extend form', 'ru');
  const mark = mailMark();
  await actions.getByRole('button', { name: A.actions.confirm }).click();
  await expect(actions).toContainText(A.status.extended);

  // The history shows the decision: the new date, who decided, the reason.
  const history = page.getByRole('region', { name: A.detail.history });
  await expect(history).toContainText(`Новый срок: ${dotted(until)}`);
  await expect(history).toContainText('Решение принял(а): Председатель маслихата Төраға Демо');
  await expect(history).toContainText(reason);
  // The notice went to the citizen's account at once: nothing overdue.
  const notices = page.getByRole('region', { name: A.extensionNotice.title });
  await expect(notices).toContainText(A.extensionNotice.channel.account);
  await expect(page.getByTestId('notice-overdue')).toHaveCount(0);
  await expectClean(page, 'extended appeal', 'ru');

  // The citizen's e-mail carries the reason and the new date, in local dates and words.
  const text = await waitForMail(kDemo.citizen[0], mark, reason);
  expect(text).toContain(`Новый срок ответа: ${dotted(until)}`);
  expect(text).toContain('председатель маслихата Төраға Демо');
  expect(text).not.toContain(until);
});
