// Subscriptions in Kazakh at 390 px: a citizen follows an okrug from its page and chooses a mail at
// once (keyboard only); staff publish a post for the okrug; the mail arrives with the post's link
// and a one-click unsubscribe link; «Менің жазылымдарым» lists the follow; signed out, the link's
// page names what stops and stops it only when its button is pressed; the follow stays, in the
// notification centre only. Axe and the page width on each page.
import { expect, test, type Page } from '@playwright/test';
import { createVerifiedAccount, kDemo, kPassword, signIn } from './support/accounts';
import { expectClean } from './support/axe';
import { cityMaslikhat } from './support/demo_directory';
import { kTexts } from './support/locales';
import { mailMark, waitForMail } from './support/mail';
import { csrf } from './support/session';

const S = kTexts.kk.subscriptions;

test.use({ viewport: { width: 390, height: 844 } });

async function expectNoSideScroll(page: Page, label: string): Promise<void> {
  const sizes = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, window: window.innerWidth }));
  expect(sizes.document, `${label}: ${String(sizes.document)}px in ${String(sizes.window)}px`).toBeLessThanOrEqual(sizes.window);
}

test('a citizen follows an okrug, gets the post by mail at once and stops the mail from the link', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.evaluate(() => window.localStorage.setItem('kenes.language', 'kk'));
  const city = await cityMaslikhat(page.request);
  const okrug = city.okrugs[0]!;
  const email = await createVerifiedAccount(page.request, { displayName: 'Жазылушы Е2Е', language: 'kk' });
  await signIn(page.request, email);

  // Follow from the okrug's page, with the keyboard.
  await page.goto(`/okrugs/${String(okrug.id)}`);
  const follow = page.getByRole('button', { name: S.follow.okrug });
  await follow.focus();
  await page.keyboard.press('Enter');
  const choice = page.getByRole('combobox', { name: S.following });
  await expect(choice).toHaveValue('daily');
  await choice.focus();
  await choice.selectOption('immediate');
  await expect(choice).toHaveValue('immediate');
  await expectClean(page, 'okrug page, following', 'kk');
  await expectNoSideScroll(page, 'okrug page');

  // Staff publish a post for the okrug: the follower's mail comes at once.
  const mark = mailMark();
  const title = `Округ жаңалығы ${String(Date.now() % 1_000_000)}`;
  const staff = await page.context().browser()!.newContext();
  await signIn(staff.request, ...kDemo.staff);
  const token = await csrf(staff.request);
  const made = await staff.request.post(`/api/v1/maslikhats/${String(city.id)}/posts`, {
    headers: { 'X-CSRF-Token': token },
    data: { kind: 'news', okrug_id: okrug.id, texts: [{ lang: 'kk', title, body: 'Мәтін.' }] },
  });
  expect(made.status(), await made.text()).toBe(201);
  const post = ((await made.json()) as { id: number }).id;
  const published = await staff.request.post(`/api/v1/posts/${String(post)}/publish`, {
    headers: { 'X-CSRF-Token': token },
    data: {},
  });
  expect(published.status(), await published.text()).toBe(200);
  await staff.close();
  const mail = await waitForMail(email, mark, title);
  expect(mail).toContain(`/posts/${String(post)}`);
  const link = /\/unsubscribe\?token=([0-9a-z.]+)/.exec(mail);
  expect(link, 'the mail carries an unsubscribe link').toBeTruthy();

  // The follows page.
  await page.goto('/me/subscriptions');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(S.title);
  const row = page.getByTestId('follow-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('combobox', { name: S.deliveryLabel })).toHaveValue('immediate');
  await expectClean(page, 'my follows', 'kk');
  await expectNoSideScroll(page, 'my follows');

  // Signed out, the link: it names what stops, and stops it when the button is pressed.
  await page.context().clearCookies();
  await page.goto(`/unsubscribe?token=${link![1]!}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(S.unsubscribe.title);
  const stop = page.getByRole('button', { name: S.unsubscribe.submit });
  await expect(stop).toBeVisible();
  await expectClean(page, 'unsubscribe page', 'kk');
  await expectNoSideScroll(page, 'unsubscribe page');
  await stop.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(S.unsubscribe.done)).toBeVisible();
  await expectClean(page, 'unsubscribe done', 'kk');

  // The follow stays, in the notification centre only.
  await signIn(page.request, email, kPassword);
  await page.goto('/me/subscriptions');
  await expect(page.getByTestId('follow-row').getByRole('combobox', { name: S.deliveryLabel })).toHaveValue('in_app');
});
