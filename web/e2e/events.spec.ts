// Events at 390 px: demo staff create a meeting with voters in Kazakh and Russian in
// «Мероприятия (ведение)»; a citizen finds it in /events' month view, opens it, registers, and sees
// it in the list view; axe runs on the editor, the month view and the event in kk and ru.
import { expect, test } from '@playwright/test';
import { kDemo, signIn } from './support/accounts';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';

const E = kTexts.kk.events;
const Eru = kTexts.ru.events;

test.use({ viewport: { width: 390, height: 844 } });

/** The local (UTC+5) day `days` from now, YYYY-MM-DD. */
function localDay(days: number): string {
  return new Date(Date.now() + 5 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

test('staff create an event; a citizen finds it in the month view and registers', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.evaluate(() => window.localStorage.setItem('kenes.language', 'kk'));
  const stamp = String(Date.now() % 1_000_000);
  const titleKk = `Аула мәселелері ${stamp}`;
  const titleRu = `Вопросы дворов ${stamp}`;
  const day = localDay(10);
  await signIn(page.request, ...kDemo.staff);
  await page.goto('/staff/events');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(E.staff.title);
  await page.getByTestId('event-new').click();
  await page.getByTestId('event-starts').fill(`${day}T18:00`);
  await page.getByTestId('event-ends').fill(`${day}T19:00`);
  await page.getByLabel(E.staff.place).fill('Кітапхана, 2-зал');
  await page.getByLabel(E.staff.capacity).fill('20');
  await page.getByTestId('event-title-kk').fill(titleKk);
  await page.getByRole('tab', { name: E.language.ru }).click();
  await page.getByTestId('event-title-ru').fill(titleRu);
  await expectClean(page, 'event editor', 'kk');
  await page.getByTestId('event-save').click();
  await expect(page.getByRole('button', { name: E.staff.cancel })).toBeVisible();

  // A citizen, in Kazakh: the month view of that month, the day, the event.
  await page.context().clearCookies();
  await signIn(page.request, ...kDemo.citizen);
  await page.goto(`/events?month=${day.slice(0, 7)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(E.public.title);
  await page.getByTestId(`event-day-${day}`).click();
  const card = page.getByTestId('event-card').filter({ hasText: titleKk });
  await expect(card).toBeVisible();
  await expectClean(page, 'events month view', 'kk');
  await card.getByRole('link', { name: titleKk }).click();
  await expect(page).toHaveURL(/\/events\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleKk);
  await page.getByTestId('event-register').click();
  await expect(page.getByTestId('event-registered')).toBeVisible();
  await expect(page.getByTestId('event-free')).toContainText('19');
  await expectClean(page, 'event in kk', 'kk');
  const url = page.url();

  // In Russian: the Russian version, still registered; then the list view has it.
  await page.evaluate(() => window.localStorage.setItem('kenes.language', 'ru'));
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleRu);
  await expect(page.getByTestId('event-registered')).toHaveText(Eru.page.youAreRegistered);
  await expectClean(page, 'event in ru', 'ru');
  await page.goto('/events?view=list');
  await expect(page.getByTestId('event-list')).toContainText(titleRu);
  await expectClean(page, 'events list', 'ru');
});
