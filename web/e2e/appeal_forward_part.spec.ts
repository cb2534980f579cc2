// Forwarding a part of an appeal and marking one urgent, from the staff appeal screen, in Russian
// and Kazakh against the demo-seeded server: staff forward the road question to the akimat with a
// reason; the appeal keeps its status; the page and the history show the body and the part; the
// citizen's e-mail names the body. Staff mark another appeal urgent after confirming with a reason;
// it lands in the urgent queue and the history says who and why. Axe and 390 px.
import { expect, test } from '@playwright/test';
import { kDemo, signIn } from './support/accounts';
import { fileAppeal } from './support/appeals';
import { expectClean } from './support/axe';
import { cityMaslikhat } from './support/demo_directory';
import { kTexts } from './support/locales';
import { mailMark, waitForMail } from './support/mail';
import { csrf } from './support/session';

test('ru: staff forward a part of an appeal; the rest stays and the applicant is told the body', async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() => window.localStorage.setItem('kenes.language', 'ru'));
  const A = kTexts.ru.appeals;
  const stamp = String(Date.now() % 100000);
  const body = `Акимат города Кокшетау (${stamp})`;

  const city = await cityMaslikhat(request);
  await signIn(request, ...kDemo.citizen);
  const filed = await fileAppeal(request, {
    type: 'complaint',
    language: 'ru',
    subject: `Двор и дорога ${stamp}`,
    body: 'Во дворе нет освещения, а на трассе республиканского значения яма.',
    addressee: 'maslikhat',
    maslikhat_id: city.id,
  });
  await request.post('/api/v1/auth/logout', { headers: { 'X-CSRF-Token': await csrf(request) } });

  await signIn(page.request, ...kDemo.staff);
  await page.goto(`/appeals/${String(filed.id)}`);
  const actions = page.getByRole('region', { name: A.actions.title });
  await actions.getByRole('button', { name: A.actions.forward_part }).click();
  const form = actions.getByRole('form', { name: A.actions.forward_part });
  // Empty: the problems are named next to the fields, nothing is sent.
  await form.getByRole('button', { name: A.actions.confirm }).click();
  await expect(form.getByRole('textbox', { name: A.actions.forwardTo })).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('textbox', { name: A.actions.forwardTo }).fill(body);
  await form.getByRole('textbox', { name: A.actions.part }).fill('Ремонт трассы республиканского значения');
  await form.getByRole('textbox', { name: A.actions.reason }).fill('Трасса в ведении акимата.');
  await expectClean(page, 'forward part form', 'ru');
  const mark = mailMark();
  await form.getByRole('button', { name: A.actions.confirm }).click();
  await expect(actions).toContainText(A.actions.doneBy.forward_part);

  const parts = page.getByRole('region', { name: A.partForwarding.title });
  await expect(parts).toContainText(body);
  await expect(parts).toContainText('Ремонт трассы республиканского значения');
  const history = page.getByRole('region', { name: A.detail.history });
  await expect(history).toContainText(A.event.forward_part);
  await expect(history).toContainText(body);
  const appeal = (await (await page.request.get(`/api/v1/appeals/${String(filed.id)}`)).json()) as { status: string };
  expect(appeal.status).toBe('registered');
  await expectClean(page, 'appeal with a forwarded part', 'ru');

  const text = await waitForMail(kDemo.citizen[0], mark, body);
  expect(text).toContain('Часть вашего обращения направлена в компетентный орган');
  expect(text).toContain(`Куда направлено: ${body}`);
});

test('kk: staff mark an appeal urgent with a reason; it joins the urgent queue', async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const A = kTexts.kk.appeals;
  const stamp = String(Date.now() % 100000);
  const reason = `Үйдің қабырғасы құлауы мүмкін (${stamp})`;

  const city = await cityMaslikhat(request);
  await signIn(request, ...kDemo.citizen);
  const filed = await fileAppeal(request, {
    type: 'statement',
    language: 'kk',
    subject: `Қабырғадағы жарық ${stamp}`,
    body: 'Үйдің көтергіш қабырғасында үлкен жарық пайда болды.',
    addressee: 'maslikhat',
    maslikhat_id: city.id,
  });

  await signIn(page.request, ...kDemo.staff);
  await page.goto(`/appeals/${String(filed.id)}`);
  const actions = page.getByRole('region', { name: A.actions.title });
  await actions.getByRole('button', { name: A.actions.mark_urgent }).click();
  const form = actions.getByRole('form', { name: A.actions.mark_urgent });
  // The confirmation says what marking does; without a reason nothing happens.
  await expect(form).toContainText(A.actions.markUrgentWhat);
  await form.getByRole('button', { name: A.actions.confirm }).click();
  await expect(form.getByRole('textbox', { name: A.actions.reason })).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('textbox', { name: A.actions.reason }).fill(reason);
  await expectClean(page, 'mark urgent form');
  await form.getByRole('button', { name: A.actions.confirm }).click();
  await expect(actions).toContainText(A.actions.doneBy.mark_urgent);
  await expect(actions.getByRole('button', { name: A.actions.unmark_urgent })).toBeVisible();

  const history = page.getByRole('region', { name: A.detail.history });
  await expect(history).toContainText(A.event.mark_urgent);
  await expect(history).toContainText(reason);
  await expectClean(page, 'urgent appeal');

  const queue = (await (
    await page.request.get(`/api/v1/appeals?maslikhat_id=${String(city.id)}&urgent=true&limit=100`)
  ).json()) as { items: { id: number }[] };
  expect(queue.items.map((a) => a.id)).toContain(filed.id);
});
