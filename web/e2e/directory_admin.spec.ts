// Setting a maslikhat up from the browser against the real seeded server (`kenes seed --demo`):
// staff add an okrug and a deputy to it, create a commission with its chair and a member;
// an administrator adds a territory, renames it from a date and creates a maslikhat. Axe on every form.
import { expect, test } from '@playwright/test';
import { kDemo, signIn } from './support/accounts';
import { expectClean } from './support/axe';
import { cityMaslikhat } from './support/demo_directory';
import { kTexts } from './support/locales';

const kk = kTexts.kk;
const d = kk.directory;
const fill = (text: string, vars: Record<string, string | number>) =>
  Object.entries(vars).reduce((out, [key, value]) => out.replace(`{{${key}}}`, String(value)), text);

test('(a) staff add okrug №26 and a deputy elected in it, then see the deputy page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const city = await cityMaslikhat(page.request);
  const taken = new Set(city.okrugs.map((o) => o.number));
  let number = 26;
  while (taken.has(number)) number += 1;
  await signIn(page.request, ...kDemo.staff);

  await page.goto(`/maslikhats/${city.id}`);
  await page.getByRole('button', { name: d.okrugForm.add }).click();
  const okrugForm = page.getByRole('form', { name: d.okrugForm.addTitle });
  // Submitting empty shows the problems next to the fields and focuses the first one.
  await okrugForm.getByRole('button', { name: d.okrugForm.submitAdd }).click();
  await expect(okrugForm.getByRole('textbox', { name: d.okrugForm.number })).toBeFocused();
  await expect(okrugForm.getByText(kk.errors.fields.required).first()).toBeVisible();
  await expectClean(page, 'add okrug form with errors');

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
  await expectClean(page, 'add deputy form');
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
  await expectClean(page, 'edit okrug form');
  await editForm.getByRole('textbox', { name: d.okrugForm.centerKk }).fill('Көкшетау, Жаңа аудан');
  await editForm.getByRole('button', { name: kk.common.save }).click();
  await expect(page.getByText(d.edit.saved)).toBeVisible();
  await expect(page.getByText('Көкшетау, Жаңа аудан')).toBeVisible();
  await page.getByRole('button', { name: d.okrugForm.delete }).click();
  await page.getByRole('button', { name: d.okrugForm.deleteYes }).click();
  await expect(page.getByText(d.okrugForm.hasDeputies)).toBeVisible();
  await expectClean(page, 'okrug page after a refused delete');
});

test('(b) staff create a commission, set its chair and a member, and set the maslikhat chair', async ({ page }) => {
  const city = await cityMaslikhat(page.request);
  // Demo names repeat; take two deputies whose names are unique in the maslikhat.
  const count = (name: string) => city.deputies.filter((x) => x.full_name_kk === name).length;
  const [first, second] = city.deputies.filter((x) => count(x.full_name_kk) === 1);
  expect(second, 'the demo city maslikhat has deputies').toBeTruthy();
  await signIn(page.request, ...kDemo.staff);

  await page.goto(`/maslikhats/${city.id}`);
  await page.getByRole('button', { name: d.commissionForm.add }).click();
  const form = page.getByRole('form', { name: d.commissionForm.addTitle });
  await expectClean(page, 'add commission form');
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
  await expectClean(page, 'commission members form');
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
  await expectClean(page, 'edit commission form');
  await edit.getByRole('textbox', { name: d.commissionForm.remitKk }).fill('Бюджеттің атқарылуы мен сатып алуларды тексеру.');
  await edit.getByRole('button', { name: kk.common.save }).click();
  await expect(page.getByText('Бюджеттің атқарылуы мен сатып алуларды тексеру.')).toBeVisible();

  // The commission is on the maslikhat page; the maslikhat chair is chosen among its deputies.
  await page.getByRole('link', { name: city.name_kk }).click();
  await expect(page.getByRole('link', { name })).toBeVisible();
  await page.getByRole('button', { name: d.chairForm.open }).click();
  const chairForm = page.getByRole('form', { name: d.chairForm.title });
  await expectClean(page, 'maslikhat chair form');
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
  await signIn(page.request, ...kDemo.admin);
  await page.goto('/account');
  await page.getByRole('navigation', { name: kk.nav.label }).getByRole('link', { name: d.admin.nav }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(d.admin.title);
  await expectClean(page, 'directory admin page');

  await page.getByRole('button', { name: 'Қазақстан Республикасы', exact: true }).click();
  await page.getByRole('button', { name: 'Ақмола облысы', exact: true }).click();
  await expect(page.getByRole('table', { name: fill(d.territory.childrenOf, { name: 'Ақмола облысы' }) })).toBeVisible();
  await page.getByRole('button', { name: fill(d.territory.addUnder, { name: 'Ақмола облысы' }) }).click();
  const add = page.getByRole('form', { name: d.territory.addTitle });
  await expectClean(page, 'add territory form');
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
  await expectClean(page, 'edit territory form');
  await edit.getByRole('button', { name: kk.common.save }).click();
  await expect(page.getByText(fill(d.territory.saved, { name: renamed }))).toBeVisible();
  await page.getByRole('button', { name: fill(d.territory.historyNamed, { name: renamed }) }).click();
  const history = page.getByRole('table', { name: fill(d.territory.historyOf, { name: renamed }) });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('cell', { name: nameKk, exact: true })).toBeVisible();
  await expect(history.getByRole('cell', { name: renamed, exact: true })).toBeVisible();
  await expectClean(page, 'territory history');

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
  await expectClean(page, 'new maslikhat page');
});
