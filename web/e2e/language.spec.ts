// A first visit in the browser's language: a Russian browser sees Russian, a Kazakh one Kazakh,
// and a stored choice wins over the browser.
import { expect, test } from '@playwright/test';
import { kTexts } from './support/locales';

test.describe('a Russian browser', () => {
  test.use({ locale: 'ru-RU' });

  test('sees the home page in Russian on the first visit', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: kTexts.ru.home.title })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    const nav = page.getByRole('navigation', { name: kTexts.ru.nav.label });
    await expect(nav.getByRole('link', { name: kTexts.ru.nav.login })).toBeVisible();
    // Only the chosen locale was downloaded.
    const kazakh = await page.evaluate(() =>
      performance.getEntriesByType('resource').some((entry) => /\/assets\/kk-[^/]*\.js$/.test(entry.name)),
    );
    expect(kazakh).toBe(false);
  });

  test('keeps a language picked before over the browser language', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: kTexts.ru.lang.en }).click();
    await expect(page.getByRole('heading', { level: 1, name: kTexts.en.home.title })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: kTexts.en.home.title })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('falls back to Kazakh', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: kTexts.kk.home.title })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  });
});
