// A keyboard-only run (no mouse, page.keyboard only) in Russian: the demo citizen signs in, finds
// the deputy by typing the address fast (the text, then ↓ Enter at once, before the server has
// filtered the suggestions) and files the appeal; the appeal must reach a deputy whose okrug covers
// that address in Kokshetau, not a place from an older suggestion list.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { kDemo } from './support/accounts';
import { cityMaslikhat } from './support/demo_directory';
import { kTexts } from './support/locales';

const ru = kTexts.ru;
const A = ru.appeals;

/** Presses Tab until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`${target.toString()} was not reached with ${max} Tab presses`);
}

test('keyboard only: sign in, find the deputy by a fast-typed address, file the appeal', async ({ page }) => {
  test.setTimeout(90_000);
  const city = await cityMaslikhat(page.request);
  await page.context().clearCookies();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kTexts.kk.home.title);
  await tabTo(page, page.getByRole('button', { name: ru.lang.ru }));
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

  await tabTo(page, page.getByRole('navigation').getByRole('link', { name: ru.nav.login }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru.login.title);
  await tabTo(page, page.getByLabel(ru.login.login));
  await page.keyboard.type(kDemo.citizen[0]);
  await page.keyboard.press('Tab');
  await page.keyboard.type(kDemo.citizen[1]);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('banner').getByRole('button', { name: ru.nav.logout })).toBeVisible();

  await page.goto('/appeals/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.new.title);
  const settlement = page.getByRole('combobox', { name: A.addressee.settlement });
  await tabTo(page, settlement);
  // Focus alone opens no list (it would cover the button and the field's error).
  await expect(settlement).toHaveAttribute('aria-expanded', 'false');
  // Typed fast, then ↓ Enter at once: the server has not filtered the list yet.
  await page.keyboard.type('Кокш');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(settlement).toHaveValue('Кокшетау');
  // Enter chose a place and did not send the form.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.new.title);

  const street = page.getByRole('combobox', { name: A.addressee.street });
  await expect(street).toBeEnabled();
  await page.keyboard.press('Tab');
  await expect(street).toBeFocused();
  await page.keyboard.type('Абая');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(street).toHaveValue('ул. Абая');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(A.addressee.house)).toBeFocused();
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: A.addressee.find })).toBeFocused();
  await page.keyboard.press('Enter');

  // The focus does not fall to <body>: it is on the result, whose first deputy is the next stop.
  const found = page.getByRole('group', { name: A.addressee.results });
  await expect(found).toBeFocused();
  const deputies = page.getByRole('radiogroup', { name: A.addressee.matches });
  await page.keyboard.press('Tab');
  await expect(deputies.getByRole('radio').first()).toBeFocused();
  // The address is in okrugs of both the oblast and the city maslikhat: arrow to the city's deputy.
  const cityDeputy = deputies.getByRole('radio', { name: new RegExp(city.name_ru) }).first();
  await page.keyboard.press('Space');
  for (let i = 0; i < 10 && !(await cityDeputy.isChecked()); i += 1) await page.keyboard.press('ArrowDown');
  await expect(cityDeputy).toBeChecked();
  await expect(page.getByTestId('addressee-chosen')).toBeVisible();

  const firstType = page.getByRole('radiogroup', { name: A.form.type }).getByRole('radio').first();
  await tabTo(page, firstType);
  await page.keyboard.press('Space');
  await expect(firstType).toBeChecked();
  await tabTo(page, page.getByLabel(A.form.subject));
  await page.keyboard.type(`Яма у дома ${Date.now() % 100000}`);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(A.form.body)).toBeFocused();
  await page.keyboard.type('Во дворе дома 5 по ул. Абая большая яма. Прошу отремонтировать.');

  const filed = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/appeals');
  await tabTo(page, page.getByRole('button', { name: A.form.submit }));
  await page.keyboard.press('Enter');
  const response = await filed;
  expect(response.status(), await response.text()).toBe(201);
  const { id } = (await response.json()) as { id: number };
  await expect(page.getByTestId('talon-number')).toBeVisible();

  // It reached a deputy of an okrug that covers Kokshetau, ul. Abaya 5 — not another maslikhat's.
  const appeal = (await (await page.request.get(`/api/v1/appeals/${id}`)).json()) as {
    deputy_id: number | null;
    maslikhat_id: number;
  };
  const lookup = (await (
    await page.request.get(
      `/api/v1/addresses/lookup?settlement=${encodeURIComponent('Кокшетау')}&street=${encodeURIComponent('ул. Абая')}&house=5`,
    )
  ).json()) as { matches: { maslikhat: { id: number }; deputies: { id: number }[] }[] };
  const match = lookup.matches.find((m) => m.deputies.some((d) => d.id === appeal.deputy_id));
  expect(match, `deputy ${String(appeal.deputy_id)} has an okrug covering the address`).toBeTruthy();
  expect(match?.maslikhat.id).toBe(city.id);
  expect(appeal.maslikhat_id).toBe(city.id);
});
