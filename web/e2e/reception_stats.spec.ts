// A host's own reception days and the statistics, at 390 px: the demo deputy reaches their days from
// the menu and opens one; the maslikhat page lists its sessions naming each host; the demo staff see
// the statistics (cards on a phone, the chart) in Kazakh and download the XLSX. Axe runs on each page.
import { expect, test } from '@playwright/test';
import { kDemo, signIn } from './support/accounts';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';

const K = kTexts.kk.reception;

test.use({ viewport: { width: 390, height: 844 } });

test('a deputy finds their reception days; staff read the statistics and download them', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => window.localStorage.setItem('kenes.language', 'kk'));

  // The deputy: «Менің қабылдау күндерім» in the menu, their own days, each opening its list.
  await signIn(page.request, ...kDemo.deputy);
  await page.goto('/');
  await page.getByRole('link', { name: K.stats.days.nav }).click();
  await expect(page).toHaveURL(/\/receptions$/);
  const days = page.getByTestId('host-day');
  await expect(days.first()).toBeVisible();
  await expect(page.getByRole('button', { name: K.schedule.open })).toHaveCount(0);
  await expectClean(page, 'deputy reception days', 'kk');
  await days.first().getByRole('link', { name: K.staff.openDay }).click();
  await expect(page).toHaveURL(/\/receptions\/\d+$/);

  // The maslikhat's page: its sessions, each naming its host.
  const session = (await (await page.request.get('/api/v1/reception-sessions?mine=true')).json()) as {
    items: { maslikhat_id: number }[];
  };
  const maslikhatId = session.items[0]!.maslikhat_id;
  await page.goto(`/maslikhats/${String(maslikhatId)}`);
  const section = page.getByRole('region', { name: K.public.title });
  await expect(section.getByTestId('reception-session').first()).toContainText(K.facts.host);
  await expectClean(page, 'maslikhat page with receptions', 'kk');

  // Staff: the statistics from the receptions page.
  await page.context().clearCookies();
  await signIn(page.request, ...kDemo.staff);
  await page.goto('/receptions');
  await page.getByRole('link', { name: K.stats.open }).click();
  await expect(page).toHaveURL(/\/receptions\/stats$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(K.stats.title);
  // The demo's receptions lie ahead: a span reaching three months on holds them.
  const now = new Date(Date.now() + 5 * 3_600_000);
  const month = (add: number) => {
    const total = now.getUTCFullYear() * 12 + now.getUTCMonth() + add;
    return `${String(Math.floor(total / 12))}-${String((total % 12) + 1).padStart(2, '0')}`;
  };
  await page.getByLabel(K.stats.from).fill(month(0));
  await page.getByLabel(K.stats.to).fill(month(3));
  await page.getByRole('button', { name: K.stats.show }).click();
  const cards = page.getByRole('list', { name: K.stats.tableCaption }).getByRole('listitem');
  await expect(cards.first()).toBeVisible();
  await expect(cards.last()).toContainText(K.stats.total);
  await expect(page.getByTestId('stats-chart').locator('svg')).toBeVisible();
  await expectClean(page, 'reception statistics', 'kk');

  const href = await page.getByRole('link', { name: K.stats.xlsx }).getAttribute('href');
  expect(href).toContain('lang=kk');
  const file = await page.request.get(href!);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toContain('spreadsheetml');
});
