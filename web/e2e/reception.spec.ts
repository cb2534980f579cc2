// Personal reception, in Russian at 390 px: demo staff schedule a session of the demo deputy (through
// the API); a fresh citizen books 15:20 on the deputy's page; staff open the reception day, mark
// «Пришёл» and register the appeal; the citizen sees the visit and the appeal's talon number among
// their bookings. Axe runs on each page.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { createVerifiedAccount, kDemo, signIn } from './support/accounts';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';
import { csrf } from './support/session';

const R = kTexts.ru.reception;

test.use({ viewport: { width: 390, height: 844 } });

interface SessionAnswer {
  created: { id: number; day: string }[];
  skipped: string[];
}

/** The directory deputy linked to deputy@demo.kenes.kz: the deputy of the okrug their role names. */
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
  expect(okrug.deputies.length).toBeGreaterThan(0);
  return { id: okrug.deputies[0]!.id, maslikhatId: okrug.maslikhat_id };
}

/** `YYYY-MM-DD` of today in Kazakhstan plus `days`. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + 5 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

function dotted(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d ?? ''}.${m ?? ''}.${y ?? ''}`;
}

/** Schedules 15:00–16:00 in 20-minute slots on the first working day from 3 days on; returns the day. */
async function scheduleSession(request: APIRequestContext, deputy: { id: number; maslikhatId: number }): Promise<string> {
  await signIn(request, ...kDemo.staff);
  const token = await csrf(request);
  for (let offset = 3; offset < 40; offset += 1) {
    const day = dayFromNow(offset);
    const response = await request.post(`/api/v1/maslikhats/${String(deputy.maslikhatId)}/reception-sessions`, {
      headers: { 'X-CSRF-Token': token },
      data: {
        day,
        starts_at: '15:00',
        ends_at: '16:00',
        slot_minutes: 20,
        capacity: 1,
        place_kind: 'maslikhat',
        place: 'Кабинет 105',
        address: 'Кокшетау, ул. Абая, 1',
        deputy_id: deputy.id,
      },
    });
    // A holiday or a weekend is refused as a one-off day: try the next.
    if (response.status() === 422) continue;
    expect(response.status(), await response.text()).toBe(201);
    const answer = (await response.json()) as SessionAnswer;
    expect(answer.created).toHaveLength(1);
    return day;
  }
  throw new Error('no working day to schedule on');
}

test('a citizen books a reception, staff record the visit and register an appeal, the citizen sees its talon', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  await page.addInitScript(() => window.localStorage.setItem('kenes.language', 'ru'));
  const deputy = await demoDeputy(request);
  const day = await scheduleSession(request, deputy);

  // The citizen books 15:20 from the deputy's page.
  const login = await createVerifiedAccount(page.request, { displayName: 'Приём Тестовый', language: 'ru' });
  await signIn(page.request, login);
  await page.goto(`/deputies/${String(deputy.id)}`);
  const section = page.getByRole('region', { name: R.public.title });
  const card = section.getByTestId('reception-session').filter({ hasText: dotted(day) }).filter({ hasText: '15:00–16:00' });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(R.public.free.replace('{{n}}', '3'));
  await expectClean(page, 'deputy page with reception', 'ru');
  await card.getByRole('button', { name: R.public.book }).click();
  await card.getByLabel(R.book.slot).selectOption('15:20');
  await card.getByRole('textbox', { name: R.book.topic }).fill('Освещение во дворе');
  await card.getByRole('textbox', { name: new RegExp(R.book.description) }).fill('Во дворе дома 5 уже месяц не горят фонари.');
  await expectClean(page, 'booking form', 'ru');
  await card.getByRole('button', { name: R.book.submit }).click();
  await expect(card.getByRole('status')).toContainText(R.book.booked.replace('{{time}}', '15:20'));

  // Staff open the reception day, mark «Пришёл» and register the appeal.
  await page.context().clearCookies();
  await signIn(page.request, ...kDemo.staff);
  await page.goto('/receptions');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(R.staff.title);
  const staffCard = page.getByTestId('staff-session').filter({ hasText: dotted(day) }).filter({ hasText: '15:00–16:00' });
  await expect(staffCard).toHaveCount(1);
  await expectClean(page, 'staff receptions', 'ru');

  // A recurring rule through the form: every Wednesday for four weeks; non-working days are counted.
  await page.getByRole('button', { name: R.schedule.open }).click();
  const schedule = page.getByRole('form', { name: R.schedule.title });
  await schedule.getByRole('radio', { name: R.schedule.repeat }).check();
  await schedule.getByRole('combobox', { name: R.schedule.weekday }).selectOption('3');
  await schedule.getByRole('textbox', { name: R.schedule.from }).fill(dotted(dayFromNow(1)));
  await schedule.getByRole('textbox', { name: R.schedule.until, exact: true }).fill(dotted(dayFromNow(28)));
  await schedule.getByRole('textbox', { name: R.schedule.startsAt }).fill('09:00');
  await schedule.getByRole('textbox', { name: R.schedule.endsAt }).fill('10:00');
  await schedule.getByRole('combobox', { name: R.schedule.host }).selectOption(String(deputy.id));
  await schedule.getByRole('textbox', { name: R.schedule.place, exact: false }).first().fill('Кабинет 105');
  await expectClean(page, 'schedule form', 'ru');
  await schedule.getByRole('button', { name: R.schedule.submit, exact: true }).click();
  await expect(schedule.getByTestId('schedule-result')).toContainText(R.schedule.created.split('{{n}}')[0]!.trim());
  await schedule.getByRole('button', { name: R.schedule.close }).click();
  await staffCard.getByRole('link', { name: R.staff.openDay }).click();
  await expect(page).toHaveURL(/\/receptions\/\d+$/);
  const row = page.getByTestId('day-row').filter({ hasText: 'Приём Тестовый' });
  await expect(row).toContainText('15:20');
  await expect(row).toContainText('Освещение во дворе');
  await expect(row.getByTestId('booking-status')).toHaveText(R.status.booked);
  await expectClean(page, 'reception day', 'ru');
  await row.getByRole('button', { name: R.day.came, exact: true }).click();
  await expect(row.getByTestId('booking-status')).toHaveText(R.status.checked_in);
  await row.getByRole('button', { name: R.day.registerAppeal }).click();
  const form = row.getByRole('form', { name: R.day.registerAppeal });
  await expect(form.getByRole('textbox', { name: R.day.appealSubject })).toHaveValue('Освещение во дворе');
  await expectClean(page, 'appeal from the visit', 'ru');
  await form.getByRole('button', { name: R.day.registerAppealSubmit }).click();
  const talon = row.getByTestId('day-row-appeal');
  await expect(talon).toBeVisible();
  const number = (await talon.innerText()).trim();
  expect(number).toMatch(/\d/);

  // The citizen finds the visit and the appeal's talon number in their account.
  await page.context().clearCookies();
  await signIn(page.request, login);
  await page.goto('/account');
  await page.getByRole('link', { name: R.mine.open }).click();
  await expect(page).toHaveURL(/\/receptions\/mine$/);
  const mine = page.getByTestId('my-booking');
  await expect(mine).toHaveCount(1);
  await expect(mine.getByTestId('booking-status')).toHaveText(R.status.checked_in);
  await expect(mine.getByTestId('my-booking-appeal')).toHaveText(number);
  await expectClean(page, 'my bookings', 'ru');
  await mine.getByRole('link', { name: number }).click();
  await expect(page).toHaveURL(/\/appeals\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(number);
});
