// Search on /news at 390 px, from the keyboard: another form of a word finds the demo post in
// Russian («площадки» → «…детская площадка»), and in Kazakh («алаңдар» → «…балалар алаңы…»); words
// that match nothing say so. Axe runs on the results and on the empty answer.
import { expect, test } from '@playwright/test';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';

test.use({ viewport: { width: 390, height: 844 } });

for (const [lang, word, title] of [
  ['ru', 'площадки', 'Во дворе отремонтирована детская площадка'],
  ['kk', 'алаңдар', 'Ауладағы балалар алаңы жөнделді'],
] as const) {
  test(`a word in another form finds the demo post (${lang})`, async ({ page }) => {
    const P = kTexts[lang].posts.public;
    await page.goto('/');
    await page.evaluate((l) => window.localStorage.setItem('kenes.language', l), lang);
    await page.goto('/news');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(P.title);
    const box = page.getByRole('searchbox', { name: P.search });
    await box.focus();
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`[?&]q=`));
    const cards = page.getByTestId('post-card');
    await expect(cards.first()).toContainText(title);
    await expect(cards).toHaveCount(1);
    await expectClean(page, 'news search', lang);
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll).toBeLessThanOrEqual(390);

    await box.fill('жоқсөзқұрама несуществующееслово');
    await box.press('Enter');
    await expect(page.getByText(P.noMatch.replace('{{q}}', 'жоқсөзқұрама несуществующееслово'))).toBeVisible();
    await expectClean(page, 'news search, nothing found', lang);
  });
}
