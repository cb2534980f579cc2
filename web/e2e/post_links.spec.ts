// A deputy's own post about an event, at 390 px: the demo deputy opens «Менің жарияланымдарым» from
// the navigation by keyboard, writes a post in Kazakh and Russian, says which event it is about,
// saves and publishes it; a reader (not signed in) opens it from /news, sees what it is about,
// follows the link to the event, and the event's page lists the post. Axe runs on the deputy's
// page, the post and the event; no page scrolls sideways.
import { expect, test, type Page } from '@playwright/test';
import { kDemo, signIn } from './support/accounts';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';

const P = kTexts.kk.posts;

test.use({ viewport: { width: 390, height: 844 } });

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
}

test('a deputy publishes a post about an event; a reader follows it to the event', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('/');
  await page.evaluate(() => window.localStorage.setItem('kenes.language', 'kk'));
  const stamp = String(Date.now() % 1_000_000);
  const titleKk = `Кездесуге шақырамын ${stamp}`;
  const titleRu = `Приглашаю на встречу ${stamp}`;
  await signIn(page.request, ...kDemo.deputy);
  await page.goto('/');

  // From the navigation, by keyboard.
  const mine = page.getByRole('navigation').getByRole('link', { name: P.mine.nav });
  await mine.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/my\/posts$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(P.mine.title);
  await page.getByTestId('post-new').click();
  const editor = page.getByTestId('post-editor');
  // A deputy writes deputy posts only: no kind to choose, no deputy, commission or okrug.
  await expect(editor.getByLabel(P.staff.kind)).toHaveCount(0);
  await expect(editor.getByTestId('post-ref-deputy_id')).toHaveCount(0);
  const eventSelect = editor.getByTestId('post-ref-event_id');
  await expect(eventSelect.locator('option')).not.toHaveCount(1);
  const option = eventSelect.locator('option').nth(1);
  const eventLabel = (await option.textContent()) ?? '';
  const eventId = (await option.getAttribute('value')) ?? '';
  await eventSelect.selectOption(eventId);
  const eventTitle = eventLabel.split(' — ').slice(1).join(' — ');
  await editor.getByTestId('post-title-kk').click();
  await page.keyboard.type(titleKk);
  await editor.getByTestId('post-body-kk').fill('Сейсенбі күні **кездесеміз**.');
  await editor.getByRole('tab', { name: P.public.language.ru }).click();
  await editor.getByTestId('post-title-ru').fill(titleRu);
  await editor.getByTestId('post-body-ru').fill('Встретимся во **вторник**.');
  await expectClean(page, 'my posts editor', 'kk');
  await expectNoSidewaysScroll(page);
  await editor.getByTestId('post-save').click();
  await expect(editor.getByTestId('post-publish')).toBeVisible();
  await editor.getByTestId('post-publish').click();
  // The list names a post in Russian when it has Russian (as the staff's list does).
  await expect(page.getByTestId('staff-post').filter({ hasText: titleRu })).toContainText(P.staff.states.published);

  // A reader, not signed in: the news, the post, what it is about, the event.
  await page.context().clearCookies();
  await page.goto('/news');
  await page.getByRole('link', { name: titleKk }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleKk);
  const about = page.getByTestId('post-about');
  await expect(about).toContainText(P.about.title);
  const link = page.getByTestId('post-about-event');
  await expect(link).toHaveText(eventTitle);
  await expectClean(page, 'post about an event', 'kk');
  await expectNoSidewaysScroll(page);
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/events/${eventId}$`));
  const list = page.getByTestId('posts-about');
  await expect(list).toContainText(titleKk);
  await expectClean(page, 'event with its posts', 'kk');
  await expectNoSidewaysScroll(page);
});
