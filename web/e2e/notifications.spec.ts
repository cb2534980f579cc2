// The notification centre, in Kazakh at 360 px: a new citizen files an appeal and the bell counts
// the "registered" notification (written with the filing); the page lists it, its talon number
// opens the appeal and marks it read, and the count drops. Axe runs on the page.
import { expect, test, type Page } from '@playwright/test';
import { createVerifiedAccount, signIn } from './support/accounts';
import { fileAppeal } from './support/appeals';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';

const kk = kTexts.kk;
const A = kk.appeals;
const N = kk.notifications;

const bell = (page: Page) => page.getByTestId('notification-bell');

test.use({ viewport: { width: 360, height: 780 } });

test('a filed appeal shows up in the bell and the notification centre; opening it marks it read', async ({ page }) => {
  test.setTimeout(90_000);
  const login = await createVerifiedAccount(page.request, { displayName: 'Хабарлама Тексеруші' });
  await signIn(page.request, login);

  await page.goto('/appeals/new?deputy_id=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.new.title);
  await expect(bell(page)).toHaveAccessibleName(N.bell.allRead);

  await expect(page.getByTestId('addressee-chosen')).toBeVisible();
  await page.getByRole('radio', { name: A.type.statement }).check();
  await page.getByLabel(A.form.subject).fill('Аялдамадағы орындық');
  await page.getByLabel(A.form.body).fill('Аялдамада отыратын орындық сынған. Жөндеуді сұраймын.');
  await page.getByRole('button', { name: A.form.submit }).click();
  await expect(page.getByRole('region', { name: A.talon.title })).toBeVisible();
  const number = (await page.getByTestId('talon-number').innerText()).trim();

  // The bell is asked again as soon as the appeal is filed, not only once a minute.
  await expect(bell(page)).toHaveAccessibleName(N.bell.unread.replace('{{n}}', '1'));
  await bell(page).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(N.page.title);
  const item = page.getByTestId('notification');
  await expect(item).toHaveCount(1);
  const sentence = N.kind.registered.replace('<link>{{number}}</link>', number);
  await expect(item).toContainText(sentence);
  await expect(item).toContainText(N.page.new);
  await expect(page.getByTestId('notifications-unread')).toHaveText(N.page.unreadCount.replace('{{n}}', '1'));
  await expectClean(page, 'notifications');

  // The filter lives in the URL, so the box changes once the router has navigated: click, then look.
  const unreadOnly = page.getByRole('checkbox', { name: N.page.unreadOnly });
  await unreadOnly.click();
  await expect(page).toHaveURL(/unread=1/);
  await expect(unreadOnly).toBeChecked();
  await expect(item).toHaveCount(1);

  await item.getByRole('link', { name: number }).click();
  await expect(page).toHaveURL(/\/appeals\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(number);
  await expect(bell(page)).toHaveAccessibleName(N.bell.allRead);

  await bell(page).click();
  await expect(item).toHaveCount(1);
  await expect(item).not.toContainText(N.page.new);
  await expect(page.getByRole('button', { name: N.page.markAll })).toBeDisabled();
  await unreadOnly.click();
  await expect(unreadOnly).toBeChecked();
  await expect(page.getByText(N.page.emptyUnread)).toBeVisible();
  await expectClean(page, 'notifications, none unread');
});

test('the bell hears of a new notification at once, without reloading or waiting a minute', async ({ page, browser }) => {
  test.setTimeout(60_000);
  const login = await createVerifiedAccount(page.request, { displayName: 'Тірі Қоңырау' });
  await signIn(page.request, login);
  await page.goto('/');
  await expect(bell(page)).toHaveAccessibleName(N.bell.allRead);

  // The same person files from another device (a separate browser context with its own session).
  const other = await browser.newContext();
  await signIn(other.request, login);
  await fileAppeal(other.request, {
    type: 'statement',
    language: 'kk',
    subject: 'Көшедегі шам',
    body: 'Көшедегі шам жанбайды.',
    addressee: 'maslikhat',
    maslikhat_id: 2,
  });
  // Polling would take up to a minute; the event stream brings it within seconds.
  await expect(bell(page)).toHaveAccessibleName(N.bell.unread.replace('{{n}}', '1'), { timeout: 5_000 });
  await other.close();
});
