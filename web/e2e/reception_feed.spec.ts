// Reception's calendar links and the one-click cancel from the mail, in Kazakh at 390 px: the
// deputy page offers the schedule to subscribe to (an iCalendar feed with the session), «Менің
// жазылуларым» offers the booking as an .ics, and the link in the booking mail opens a page that
// cancels only when its button is pressed. Axe runs on each page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { createVerifiedAccount, kDemo, signIn } from './support/accounts';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';
import { mailDir, mailMark, messageText, recipients } from './support/mail';
import { csrf } from './support/session';

const R = kTexts.kk.reception;

test.use({ viewport: { width: 390, height: 844 } });

/** The directory deputy linked to deputy@demo.kenes.kz. */
async function demoDeputy(request: APIRequestContext): Promise<{ id: number; maslikhatId: number }> {
  await signIn(request, ...kDemo.deputy);
  const session = (await (await request.get('/api/v1/auth/session')).json()) as {
    user: { roles: { role: string; scope_type: string; scope_id: number | null }[] };
  };
  const grant = session.user.roles.find((g) => g.role === 'deputy' && g.scope_type === 'okrug');
  expect(grant?.scope_id, 'the demo deputy has an okrug').toBeTruthy();
  const okrug = (await (await request.get(`/api/v1/okrugs/${String(grant!.scope_id)}`)).json()) as {
    maslikhat_id: number;
    deputies: { id: number }[];
  };
  return { id: okrug.deputies[0]!.id, maslikhatId: okrug.maslikhat_id };
}

function dayFromNow(days: number): string {
  return new Date(Date.now() + 5 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** Schedules 16:00–17:00 in one slot for two on the first working day from 5 days on; returns its id. */
async function scheduleSession(request: APIRequestContext, deputy: { id: number; maslikhatId: number }): Promise<number> {
  await signIn(request, ...kDemo.staff);
  const token = await csrf(request);
  for (let offset = 5; offset < 40; offset += 1) {
    const response = await request.post(`/api/v1/maslikhats/${String(deputy.maslikhatId)}/reception-sessions`, {
      headers: { 'X-CSRF-Token': token },
      data: {
        day: dayFromNow(offset),
        starts_at: '16:00',
        ends_at: '17:00',
        slot_minutes: 60,
        capacity: 2,
        place_kind: 'maslikhat',
        place: 'Кабинет 106',
        deputy_id: deputy.id,
      },
    });
    if (response.status() === 422) continue;
    expect(response.status(), await response.text()).toBe(201);
    return ((await response.json()) as { created: { id: number }[] }).created[0]!.id;
  }
  throw new Error('no working day to schedule on');
}

/** The path of the cancel link in a mail to `address` that was not there at `mark`. */
async function waitForCancelPath(address: string, mark: ReadonlySet<string>, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const dir = mailDir();
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.eml') && !n.startsWith('.') && !mark.has(n))) {
      const raw = readFileSync(join(dir, name), 'utf8');
      if (!recipients(raw).includes(address.toLowerCase())) continue;
      const match = /https?:\/\/[^\s/]+(\/receptions\/cancel\?token=[0-9a-f]+)/.exec(messageText(raw));
      if (match?.[1]) return match[1];
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no cancel link for ${address} after ${timeoutMs} ms`);
}

test('calendar links, and the mailed link cancels a booking (kk, 390 px)', async ({ page, request }) => {
  test.setTimeout(120_000);
  const deputy = await demoDeputy(request);
  const sessionId = await scheduleSession(request, deputy);

  const login = await createVerifiedAccount(page.request, { displayName: 'Күнтізбе Тест', language: 'kk' });
  await signIn(page.request, login);
  const mark = mailMark();
  const booked = await page.request.post(`/api/v1/reception-sessions/${String(sessionId)}/bookings`, {
    headers: { 'X-CSRF-Token': await csrf(page.request) },
    data: { topic: 'Аула жарығы', language: 'kk' },
  });
  expect(booked.status(), await booked.text()).toBe(201);

  // The deputy page: subscribe to the schedule; the feed holds the session.
  await page.goto(`/deputies/${String(deputy.id)}`);
  const subscribe = page.getByRole('link', { name: R.feed.subscribe });
  await expect(subscribe).toBeVisible();
  const feed = await page.request.get((await subscribe.getAttribute('href'))!);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(await feed.text()).toContain(`UID:reception-session-${String(sessionId)}@kenes`);
  await expectClean(page, 'deputy page with the feed link');

  // My bookings: the booking as an .ics.
  await page.goto('/receptions/mine');
  const ics = page.getByTestId('my-booking').getByRole('link', { name: R.feed.addBooking });
  await expect(ics).toHaveCount(1);
  const event = await page.request.get((await ics.getAttribute('href'))!);
  expect(event.status()).toBe(200);
  expect(await event.text()).toContain('BEGIN:VEVENT');
  await expectClean(page, 'my bookings with the .ics link');

  // The mailed link, opened signed out: nothing happens until the button is pressed.
  const cancelPath = await waitForCancelPath(login, mark);
  await page.context().clearCookies();
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/cancel-by-link')) posts.push(r.url());
  });
  await page.goto(cancelPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(R.feed.cancel.title);
  await expect(page.getByTestId('booking-status')).toHaveText(R.status.booked);
  const button = page.getByRole('button', { name: R.feed.cancel.submit });
  await expectClean(page, 'cancel link page');
  expect(posts).toEqual([]);
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: R.feed.cancel.done })).toBeVisible();
  await expect(page.getByTestId('booking-status')).toHaveText(R.status.cancelled);
  await expect(button).toHaveCount(0);
  expect(posts).toHaveLength(1);
  await expectClean(page, 'cancel link done');

  // The link again: nothing left to cancel.
  await page.goto(cancelPath);
  await expect(page.getByText(R.feed.cancel.notCancellable)).toBeVisible();
  await expect(page.getByRole('button', { name: R.feed.cancel.submit })).toHaveCount(0);
});
