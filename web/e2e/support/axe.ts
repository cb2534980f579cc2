// The accessibility check of a page in Kazakh: axe with the WCAG 2.0/2.1 A and AA rules, and nothing
// wider than the screen (no sideways scrolling, which matters at 360 px).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { TestLanguage } from './locales';

const kTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Waits for the page's heading, then checks the language, the axe rules and the width; `label` names the page. */
export async function expectClean(page: Page, label: string, language: TestLanguage = 'kk'): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  const result = await new AxeBuilder({ page }).withTags(kTags).analyze();
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(result.passes.length, 'axe ran its rules').toBeGreaterThan(10);
  expect(summary, `axe violations on ${label}`).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${label} scrolls sideways at ${page.viewportSize()?.width ?? 0} px`).toBeLessThanOrEqual(0);
}
