// Posts at 390 px: demo staff write a news item in Kazakh and Russian in «Жарияланымдар» (the
// editor's kk and ru tabs, the server's preview), save it, insert an image in each language (a
// 1200 px JPEG drawn in the browser: uploaded, re-encoded, its Markdown put at the cursor, shown
// in the preview), publish it; the public post shows the image with srcset, loaded; it is first on /news and opens at
// /posts/:id in both languages; a reader in English is told which language they get. Axe runs on
// the editor, the list and the post in both languages.
import { expect, test } from '@playwright/test';
import { kDemo, signIn } from './support/accounts';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';

const P = kTexts.kk.posts;
const Pru = kTexts.ru.posts;

test.use({ viewport: { width: 390, height: 844 } });

test('staff publish a news item in kk and ru; it is on /news and opens in both languages', async ({ page }) => {
  test.setTimeout(120_000);
  // The language is set once (an init script would set it again on every navigation).
  await page.goto('/');
  await page.evaluate(() => window.localStorage.setItem('kenes.language', 'kk'));
  const stamp = String(Date.now() % 1_000_000);
  const titleKk = `Аулалар жөнделеді ${stamp}`;
  const titleRu = `Дворы отремонтируют ${stamp}`;
  await signIn(page.request, ...kDemo.staff);
  await page.goto('/staff/posts');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(P.staff.title);
  await page.getByTestId('post-new').click();
  const editor = page.getByTestId('post-editor');
  await editor.getByTestId('post-title-kk').fill(titleKk);
  await editor.getByTestId('post-body-kk').fill('**Жаз** бойы 12 аула жөнделеді.\n\n<script>alert(1)</script>');
  await editor.getByRole('button', { name: P.staff.preview }).click();
  await expect(editor.getByTestId('post-preview').locator('strong')).toHaveText('Жаз');
  await expect(editor.getByTestId('post-preview').locator('script')).toHaveCount(0);
  await editor.getByRole('tab', { name: P.public.language.ru }).click();
  await editor.getByTestId('post-title-ru').fill(titleRu);
  await editor.getByTestId('post-body-ru').fill('За лето отремонтируют **12 дворов**.');
  await expectClean(page, 'post editor', 'kk');
  await editor.getByTestId('post-save').click();
  await expect(editor.getByTestId('post-publish')).toBeVisible();

  // An image in each language, by keyboard where a person would use it.
  const photo = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 1200;
    canvas.height = 800;
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no canvas');
    g.fillStyle = '#2a6f97';
    g.fillRect(0, 0, 1200, 800);
    g.fillStyle = '#f4d35e';
    g.fillRect(300, 200, 600, 400);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.9));
    if (!blob) throw new Error('no blob');
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  });
  const file = { name: 'hall.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(photo) };
  for (const [lang, tab, alt] of [
    ['kk', P.public.language.kk, 'Сессия залы'],
    ['ru', P.public.language.ru, 'Зал сессий'],
  ] as const) {
    await editor.getByRole('tab', { name: tab }).click();
    const body = editor.getByTestId(`post-body-${lang}`);
    await body.press('End');
    await editor.getByTestId('post-image-open').click();
    const form = editor.getByTestId('post-image-form');
    await form.locator('input[type="file"]').setInputFiles(file);
    await form.getByTestId('post-image-alt').fill(alt);
    if (lang === 'kk') await expectClean(page, 'image form', 'kk');
    await form.getByTestId('post-image-alt').press('Enter');
    await expect(body).toHaveValue(new RegExp(`!\\[${alt}\\]\\(/api/v1/post-images/\\d+/960\\)`));
    await expect(form).toHaveCount(0);
    await editor.getByRole('button', { name: P.staff.preview }).click();
    await expect(editor.getByTestId('post-preview').locator(`img[alt="${alt}"]`)).toBeVisible();
  }
  await editor.getByTestId('post-save').click();
  await expect(editor.getByTestId('post-publish')).toBeVisible();
  await editor.getByTestId('post-publish').click();
  await expect(editor).toContainText(P.staff.states.published);

  // The public list, in Kazakh: first, with its date.
  await page.context().clearCookies();
  await page.goto('/news');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(P.public.title);
  const first = page.getByTestId('post-card').first();
  await expect(first).toContainText(titleKk);
  await expectClean(page, 'news', 'kk');
  await first.getByRole('link', { name: titleKk }).click();
  await expect(page).toHaveURL(/\/posts\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleKk);
  await expect(page.getByTestId('post-body').locator('strong')).toHaveText('Жаз');
  await expect(page.getByTestId('post-body').locator('script')).toHaveCount(0);
  // The image: Kenes's own, so with srcset and its size; loaded (decoded by the browser).
  const image = page.getByTestId('post-body').locator('img[alt="Сессия залы"]');
  await expect(image).toHaveAttribute('srcset', /480w, .*960w, .*1200w$/);
  await expect(image).toHaveAttribute('width', '960');
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);
  const box = await image.boundingBox();
  expect(box?.width ?? 999).toBeLessThanOrEqual(390);
  await expectClean(page, 'post in kk', 'kk');
  const url = page.url();

  // In Russian: the Russian version; in English: the fallback is said.
  await page.evaluate(() => window.localStorage.setItem('kenes.language', 'ru'));
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleRu);
  await expect(page.getByTestId('post-body').locator('strong')).toHaveText('12 дворов');
  await expect(page.getByTestId('post-body').locator('img[alt="Зал сессий"]')).toHaveAttribute('srcset', /960w/);
  await expect(page.getByTestId('post-fallback')).toHaveCount(0);
  await expectClean(page, 'post in ru', 'ru');
  await page.goto(`${url}?lang=en`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleRu);
  await expect(page.getByTestId('post-fallback')).toContainText(Pru.public.language.ru);
  await page.goto('/news');
  await expect(page.getByTestId('post-card').first()).toContainText(titleRu);
});
