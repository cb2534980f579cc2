// Setting a maslikhat up from the browser against the real seeded server (`kenes seed --demo`):
// staff add an okrug and a deputy to it, create a commission with its chair and a member;
// an administrator adds a territory, renames it from a date and creates a maslikhat. Axe on every form.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { kTexts } from './support/locales';

const kk = kTexts.kk;
const d = kk.directory;
const kStaff = { login: 'staff@demo.kenes.kz', password: 'demo-staff-2026' };
const kAdmin = { login: 'admin@demo.kenes.kz', password: 'demo-admin-2026' };
const kTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface DemoMaslikhat {
  id: number;
  level: string;
  chair_deputy_id: number | null;
  name_kk: string;
  name_ru: string;
  okrugs: { id: number; number: number }[];
  deputies: { id: number; full_name_kk: string }[];
}

async function cityMaslikhat(request: APIRequestContext): Promise<DemoMaslikhat> {
  const list = (await (await request.get('/api/v1/maslikhats')).json()) as { items: DemoMaslikhat[] };
  const city = list.items.find((m) => m.level === 'city' && m.name_ru.includes('Кокшетау'));
  expect(city, 'the demo data (kenes seed --demo) is loaded').toBeTruthy();
  return (await (await request.get(`/api/v1/maslikhats/${city!.id}`)).json()) as DemoMaslikhat;
}

async function apiLogIn(request: APIRequestContext, login: string, password: string) {
  const { csrf_token: token } = (await (await request.get('/api/v1/csrf')).json()) as { csrf_token: string };
  const response = await request.post('/api/v1/auth/login', {
    headers: { 'X-CSRF-Token': token },
    data: { login, password },
  });
  expect(response.status(), await response.text()).toBe(200);
}

async function expectNoAxeViolations(page: Page, label: string) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const result = await new AxeBuilder({ page }).withTags(kTags).analyze();
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(result.passes.length, 'axe ran its rules').toBeGreaterThan(10);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

async function expectFitsWidth(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${label} scrolls sideways at ${page.viewportSize()?.width ?? 0} px`).toBeLessThanOrEqual(0);
}

const fill = (text: string, vars: Record<string, string | number>) =>
  Object.entries(vars).reduce((out, [key, value]) => out.replace(`{{${key}}}`, String(value)), text);

test('(a) staff add okrug №26 and a deputy elected in it, then see the deputy page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const city = await cityMaslikhat(page.request);
  const taken = new Set(city.okrugs.map((o) => o.number));
  let number = 26;
  while (taken.has(number)) number += 1;
  await apiLogIn(page.request, kStaff.login, kStaff.password);

  await page.goto(`/maslikhats/${city.id}`);
  await page.getByRole('button', { name: d.okrugForm.add }).click();
  const okrugForm = page.getByRole('form', { name: d.okrugForm.addTitle });
  // Submitting empty shows the problems next to the fields and focuses the first one.
  await okrugForm.getByRole('button', { name: d.okrugForm.submitAdd }).click();
  await expect(okrugForm.getByRole('textbox', { name: d.okrugForm.number })).toBeFocused();
  await expect(okrugForm.getByText(kk.errors.fields.required).first()).toBeVisible();
  await expectNoAxeViolations(page, 'add okrug form with errors');
  await expectFitsWidth(page, 'add okrug form');

  await okrugForm.getByRole('textbox', { name: d.okrugForm.number }).fill(String(number));
  await okrugForm.getByRole('textbox', { name: d.okrugForm.nameKk }).fill(`№${number} сайлау округі`);
  await okrugForm.getByRole('textbox', { name: d.okrugForm.nameRu }).fill(`Избирательный округ №${number}`);
  await okrugForm.getByRole('textbox', { name: d.okrugForm.centerKk }).fill('Көкшетау');
  await okrugForm.getByRole('textbox', { name: d.okrugForm.centerRu }).fill('Кокшетау');
  await okrugForm.getByRole('button', { name: d.okrugForm.submitAdd }).click();
  await expect(page.getByText(fill(d.okrugForm.created, { n: number }))).toBeVisible();
  await expect(page.getByRole('link', { name: `№${number} сайлау округі` })).toBeVisible();

  // The same number again is refused next to the number field.
  await page.getByRole('button', { name: d.okrugForm.add }).click();
  const again = page.getByRole('form', { name: d.okrugForm.addTitle });
  await again.getByRole('textbox', { name: d.okrugForm.number }).fill(String(number));
  await again.getByRole('textbox', { name: d.okrugForm.nameKk }).fill('Қайталау');
  await again.getByRole('textbox', { name: d.okrugForm.nameRu }).fill('Повтор');
  await again.getByRole('button', { name: d.okrugForm.submitAdd }).click();
  await expect(again.getByText(d.okrugForm.numberTaken)).toBeVisible();
  await again.getByRole('button', { name: d.edit.cancel }).click();

  // A deputy for the new okrug, chosen with the keyboard.
  await page.getByRole('button', { name: d.deputyForm.add }).click();
  const deputyForm = page.getByRole('form', { name: d.deputyForm.title });
  await expectNoAxeViolations(page, 'add deputy form');
  await expectFitsWidth(page, 'add deputy form');
  const name = `Тестова Әсел ${Date.now() % 100000}`;
  await deputyForm.getByRole('textbox', { name: d.deputyForm.nameKk }).fill(name);
  await deputyForm.getByRole('textbox', { name: d.deputyForm.nameRu }).fill(name.replace('Әсел', 'Асель'));
  const okrugSelect = deputyForm.getByRole('combobox', { name: d.deputy.okrug });
  await okrugSelect.focus();
  await okrugSelect.selectOption({ label: `№${number} — №${number} сайлау округі` });
  await deputyForm.getByRole('textbox', { name: d.edit.partyKk }).fill('«Аманат» партиясы');
  await deputyForm.getByRole('textbox', { name: d.deputyForm.nameKk }).press('Enter');

  await expect(page).toHaveURL(/\/deputies\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('link', { name: `№${number} сайлау округі` })).toBeVisible();

  // The okrug now has a deputy: deleting it is refused with a clear message.
  await page.getByRole('link', { name: `№${number} сайлау округі` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`№${number} сайлау округі`);
  await page.getByRole('button', { name: d.okrugForm.edit }).click();
  const editForm = page.getByRole('form', { name: d.okrugForm.editTitle });
  await expect(editForm.getByRole('textbox', { name: d.okrugForm.number })).toHaveValue(String(number));
  await expectNoAxeViolations(page, 'edit okrug form');
  await editForm.getByRole('textbox', { name: d.okrugForm.centerKk }).fill('Көкшетау, Жаңа аудан');
  await editForm.getByRole('button', { name: kk.common.save }).click();
  await expect(page.getByText(d.edit.saved)).toBeVisible();
  await expect(page.getByText('Көкшетау, Жаңа аудан')).toBeVisible();
  await page.getByRole('button', { name: d.okrugForm.delete }).click();
  await page.getByRole('button', { name: d.okrugForm.deleteYes }).click();
  await expect(page.getByText(d.okrugForm.hasDeputies)).toBeVisible();
  await expectNoAxeViolations(page, 'okrug page after a refused delete');
});

test('(b) staff create a commission, set its chair and a member, and set the maslikhat chair', async ({ page }) => {
  const city = await cityMaslikhat(page.request);
  // Demo names repeat; take two deputies whose names are unique in the maslikhat.
  const count = (name: string) => city.deputies.filter((x) => x.full_name_kk === name).length;
  const [first, second] = city.deputies.filter((x) => count(x.full_name_kk) === 1);
  expect(second, 'the demo city maslikhat has deputies').toBeTruthy();
  await apiLogIn(page.request, kStaff.login, kStaff.password);

  await page.goto(`/maslikhats/${city.id}`);
  await page.getByRole('button', { name: d.commissionForm.add }).click();
  const form = page.getByRole('form', { name: d.commissionForm.addTitle });
  await expectNoAxeViolations(page, 'add commission form');
  const name = `Тексеру комиссиясы ${Date.now() % 100000}`;
  await form.getByRole('combobox', { name: d.commissionForm.kind }).selectOption('temporary');
  await form.getByRole('textbox', { name: d.commissionForm.nameKk }).fill(name);
  await form.getByRole('textbox', { name: d.commissionForm.nameRu }).fill(`Проверочная комиссия ${name.slice(-5)}`);
  await form.getByRole('textbox', { name: d.commissionForm.remitKk }).fill('Қала бюджетінің атқарылуын тексеру.');
  await form.getByLabel(d.commissionForm.periodFrom).fill('2026-01-15');
  await form.getByRole('button', { name: d.commissionForm.submitAdd }).click();

  await expect(page).toHaveURL(/\/commissions\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText(d.commission.kind.temporary)).toBeVisible();

  await page.getByRole('button', { name: d.members.open }).click();
  const members = page.getByRole('form', { name: d.members.title });
  await expect(members.getByRole('checkbox', { name: first!.full_name_kk })).toBeVisible();
  await members.getByRole('checkbox', { name: first!.full_name_kk }).check();
  await members.getByRole('checkbox', { name: second!.full_name_kk }).press('Space');
  await members.getByRole('combobox', { name: d.members.chair }).selectOption({ label: first!.full_name_kk });
  await expectNoAxeViolations(page, 'commission members form');
  await members.getByRole('button', { name: kk.common.save }).click();
  await expect(page.getByText(d.edit.saved)).toBeVisible();
  const list = page.getByRole('region', { name: d.commission.members });
  await expect(list.getByRole('link', { name: first!.full_name_kk })).toBeVisible();
  await expect(list.getByRole('link', { name: second!.full_name_kk })).toBeVisible();
  await expect(list.getByText(d.role.chair, { exact: true })).toHaveCount(1);
  await expect(list.getByText(d.role.member, { exact: true })).toHaveCount(1);

  // Editing the commission itself.
  await page.getByRole('button', { name: d.commissionForm.edit }).click();
  const edit = page.getByRole('form', { name: d.commissionForm.editTitle });
  await expect(edit.getByRole('textbox', { name: d.commissionForm.nameKk })).toHaveValue(name);
  await expectNoAxeViolations(page, 'edit commission form');
  await edit.getByRole('textbox', { name: d.commissionForm.remitKk }).fill('Бюджеттің атқарылуы мен сатып алуларды тексеру.');
  await edit.getByRole('button', { name: kk.common.save }).click();
  await expect(page.getByText('Бюджеттің атқарылуы мен сатып алуларды тексеру.')).toBeVisible();

  // The commission is on the maslikhat page; the maslikhat chair is chosen among its deputies.
  await page.getByRole('link', { name: city.name_kk }).click();
  await expect(page.getByRole('link', { name })).toBeVisible();
  await page.getByRole('button', { name: d.chairForm.open }).click();
  const chairForm = page.getByRole('form', { name: d.chairForm.title });
  await expectNoAxeViolations(page, 'maslikhat chair form');
  await chairForm.getByRole('combobox', { name: d.maslikhat.chair }).selectOption({ label: second!.full_name_kk });
  await chairForm.getByRole('button', { name: kk.common.save }).click();
  await expect(page.getByText(d.chairForm.saved)).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: second!.full_name_kk }).first()).toBeVisible();
  // Put the demo chair back for the other tests.
  await page.getByRole('button', { name: d.chairForm.open }).click();
  await chairForm.getByRole('combobox', { name: d.maslikhat.chair }).selectOption(String(city.chair_deputy_id ?? ''));
  await chairForm.getByRole('button', { name: kk.common.save }).click();
  await expect(page.getByText(d.chairForm.saved)).toBeVisible();
});

test('(c) an administrator adds a territory, renames it from a date and creates its maslikhat', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await apiLogIn(page.request, kAdmin.login, kAdmin.password);
  await page.goto('/account');
  await page.getByRole('navigation', { name: kk.nav.label }).getByRole('link', { name: d.admin.nav }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(d.admin.title);
  await expectNoAxeViolations(page, 'directory admin page');
  await expectFitsWidth(page, 'directory admin page');

  await page.getByRole('button', { name: 'Қазақстан Республикасы', exact: true }).click();
  await page.getByRole('button', { name: 'Ақмола облысы', exact: true }).click();
  await expect(page.getByRole('table', { name: fill(d.territory.childrenOf, { name: 'Ақмола облысы' }) })).toBeVisible();
  await page.getByRole('button', { name: fill(d.territory.addUnder, { name: 'Ақмола облысы' }) }).click();
  const add = page.getByRole('form', { name: d.territory.addTitle });
  await expectNoAxeViolations(page, 'add territory form');
  const suffix = Date.now() % 100000;
  const nameKk = `Сынақ ауданы ${suffix}`;
  const nameRu = `Тестовый район ${suffix}`;
  await add.getByRole('textbox', { name: d.territory.nameKk }).fill(nameKk);
  await add.getByRole('textbox', { name: d.territory.nameRu }).fill(nameRu);
  await add.getByRole('combobox', { name: d.territory.level }).selectOption('district');
  await add.getByRole('button', { name: d.territory.submitAdd }).click();
  await expect(page.getByText(fill(d.territory.created, { name: nameKk }))).toBeVisible();
  await expect(page.getByRole('button', { name: nameKk, exact: true })).toBeVisible();

  // Renamed from 2030-01-01: the history keeps the old name.
  const renamed = `Жаңа сынақ ауданы ${suffix}`;
  await page.getByRole('button', { name: fill(d.territory.editNamed, { name: nameKk }) }).click();
  const edit = page.getByRole('form', { name: d.territory.editTitle });
  await edit.getByRole('textbox', { name: d.territory.nameKk }).fill(renamed);
  await edit.getByLabel(d.territory.effectiveFrom).fill('2030-01-01');
  await expectNoAxeViolations(page, 'edit territory form');
  await edit.getByRole('button', { name: kk.common.save }).click();
  await expect(page.getByText(fill(d.territory.saved, { name: renamed }))).toBeVisible();
  await page.getByRole('button', { name: fill(d.territory.historyNamed, { name: renamed }) }).click();
  const history = page.getByRole('table', { name: fill(d.territory.historyOf, { name: renamed }) });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('cell', { name: nameKk, exact: true })).toBeVisible();
  await expect(history.getByRole('cell', { name: renamed, exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'territory history');

  // A maslikhat for the new territory, under the oblast maslikhat.
  const create = page.getByRole('form', { name: d.maslikhatForm.title });
  const territorySelect = create.getByRole('combobox', { name: d.maslikhatForm.territory });
  const value = await territorySelect.locator('option', { hasText: renamed }).getAttribute('value');
  await territorySelect.selectOption(value!);
  await create.getByRole('combobox', { name: d.maslikhatForm.level }).selectOption('district');
  await create.getByRole('combobox', { name: d.maslikhatForm.parent }).selectOption({ label: 'Ақмола облыстық мәслихаты' });
  const maslikhatKk = `Сынақ аудандық мәслихаты ${suffix}`;
  await create.getByRole('textbox', { name: d.maslikhatForm.nameKk }).fill(maslikhatKk);
  await create.getByRole('textbox', { name: d.maslikhatForm.nameRu }).fill(`Тестовый районный маслихат ${suffix}`);
  await create.getByRole('button', { name: d.maslikhatForm.submit }).click();
  await page.getByRole('link', { name: maslikhatKk }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(maslikhatKk);
  await expect(page.getByText(d.level.district, { exact: true })).toBeVisible();
  // The administrator can set it up right away: the first okrug.
  await page.getByRole('button', { name: d.okrugForm.add }).click();
  const okrug = page.getByRole('form', { name: d.okrugForm.addTitle });
  await okrug.getByRole('textbox', { name: d.okrugForm.number }).fill('1');
  await okrug.getByRole('textbox', { name: d.okrugForm.nameKk }).fill('№1 сайлау округі');
  await okrug.getByRole('textbox', { name: d.okrugForm.nameRu }).fill('Избирательный округ №1');
  await okrug.getByRole('button', { name: d.okrugForm.submitAdd }).click();
  await expect(page.getByRole('link', { name: '№1 сайлау округі' })).toBeVisible();
  await expectNoAxeViolations(page, 'new maslikhat page');
});
