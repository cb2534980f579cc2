// Every control reached with Tab shows where the focus is: an outline or a box-shadow of at least
// 2 px, also on a field that shows an error (Mantine's own mark is a 1 px border colour, and none
// at all in the error state). Login, "find my deputy" and the appeal form, in Russian.
import { expect, test, type Page } from '@playwright/test';
import { kDemo } from './support/accounts';
import { kTexts } from './support/locales';
import { submitLogIn } from './support/session';

const ru = kTexts.ru;

interface Stop {
  what: string;
  ring: number;
}

/** The focused element and the width of its focus mark (outline, or the widest box-shadow). */
async function focusedStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const ringOf = (node: Element) => {
      const style = getComputedStyle(node);
      const outline = style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) || 0 : 0;
      // "rgb(…) 0px 0px 0px 2px, …": the spread (4th length) of each shadow.
      let shadow = 0;
      if (style.boxShadow && style.boxShadow !== 'none') {
        for (const part of style.boxShadow.split(/,(?![^(]*\))/)) {
          const lengths = part.match(/-?\d+(\.\d+)?px/g) ?? [];
          shadow = Math.max(shadow, parseFloat(lengths[3] ?? '0'));
        }
      }
      return Math.max(outline, shadow);
    };
    // The ring may be drawn by the box around the control (a password field's wrapper), no further.
    let ring = ringOf(el);
    let box: Element | null = el.parentElement;
    for (let up = 0; up < 2 && box; up += 1, box = box.parentElement) ring = Math.max(ring, ringOf(box));
    const name =
      el.getAttribute('aria-label') ??
      (el as HTMLInputElement).labels?.[0]?.innerText ??
      el.innerText ??
      '';
    const what = `<${el.tagName.toLowerCase()}${el.getAttribute('type') ? ` type=${el.getAttribute('type')}` : ''}> ${name.trim().slice(0, 40)}`;
    return { what, ring };
  });
}

/** Tabs through the whole page (until the focus comes round again) and returns the weak stops. */
async function weakStops(page: Page, max = 80): Promise<{ seen: number; weak: string[] }> {
  const weak: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await focusedStop(page);
    if (!stop) continue;
    if (seen.has(stop.what)) break;
    seen.add(stop.what);
    if (stop.ring < 2) weak.push(`${stop.what} (${stop.ring}px)`);
  }
  return { seen: seen.size, weak };
}

async function inRussian(page: Page, path: string) {
  await page.addInitScript(() => window.localStorage.setItem('kenes.language', 'ru'));
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
}

test('login: every stop has a 2 px focus ring, also the fields in error and the show-password button', async ({ page }) => {
  await page.context().clearCookies();
  await inRussian(page, '/login');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru.login.title);
  // Sent empty: both fields show an error, and keep a visible ring when focused.
  await page.getByRole('main').getByRole('button', { name: ru.login.submit }).press('Enter');
  await expect(page.getByLabel(ru.login.login)).toHaveAttribute('aria-invalid', 'true');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const { seen, weak } = await weakStops(page);
  expect(seen).toBeGreaterThan(5);
  expect(weak).toEqual([]);
  // The show/hide password button is one of the stops, with its name.
  await page.getByLabel(ru.login.login).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: ru.common.showPassword })).toBeFocused();
});

test('find my deputy: every stop has a 2 px focus ring', async ({ page }) => {
  await inRussian(page, '/find');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru.directory.find.title);
  const { seen, weak } = await weakStops(page);
  expect(seen).toBeGreaterThan(5);
  expect(weak).toEqual([]);
});

test('the appeal form: every stop has a 2 px focus ring, also after a failed send', async ({ page }) => {
  await page.context().clearCookies();
  await submitLogIn(page, kDemo.citizen);
  await expect(page.getByRole('banner').getByRole('button', { name: kTexts.kk.nav.logout })).toBeVisible();
  await inRussian(page, '/appeals/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru.appeals.new.title);
  await page.getByRole('button', { name: ru.appeals.form.submit }).press('Enter');
  await expect(page.getByLabel(ru.appeals.form.subject)).toHaveAttribute('aria-invalid', 'true');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const { seen, weak } = await weakStops(page);
  expect(seen).toBeGreaterThan(10);
  expect(weak).toEqual([]);
});
