// Directory against the real server with the demo data (`kenes seed --demo`): find my deputy in
// Kazakh and Russian, an address no okrug covers, staff editing a biography, axe on every page.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { kDemo, signIn } from './support/accounts';
import { expectClean } from './support/axe';
import { cityMaslikhat } from './support/demo_directory';
import { kTexts, type TestLanguage } from './support/locales';
import { logIn, logOut } from './support/session';

const kk = kTexts.kk;
const ru = kTexts.ru;
const kTinyPng =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

interface DemoDeputy {
  id: number;
  full_name_kk: string;
  full_name_ru: string;
  okrug_id: number | null;
}
async function deputyNamed(request: APIRequestContext, q: string): Promise<DemoDeputy> {
  const page = (await (await request.get(`/api/v1/deputies?q=${encodeURIComponent(q)}`)).json()) as {
    items: DemoDeputy[];
  };
  expect(page.items.length, `a deputy named ${q}`).toBeGreaterThan(0);
  return page.items[0]!;
}

async function useLanguage(page: Page, language: TestLanguage) {
  await page.addInitScript((lng) => window.localStorage.setItem('kenes.language', lng), language);
}

test('(a) in Kazakh a citizen finds the deputies of «Көкшетау, Абай көшесі 12а» and opens a deputy page', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await page.getByRole('navigation').getByRole('link', { name: kk.directory.nav.find }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kk.directory.find.title);

  // Settlement chosen with the keyboard: type, arrow down to the suggestion, Enter.
  const settlement = page.getByRole('combobox', { name: kk.directory.find.settlement });
  await settlement.fill('көкшетау');
  await expect(page.getByRole('option', { name: 'Көкшетау' })).toBeVisible();
  await settlement.press('ArrowDown');
  await settlement.press('Enter');
  await expect(settlement).toHaveValue('Көкшетау');

  const street = page.getByRole('combobox', { name: kk.directory.find.street });
  await street.fill('Абай');
  await page.getByRole('option', { name: 'Абай көшесі' }).click();
  await expect(street).toHaveValue('Абай көшесі');
  await page.getByRole('textbox', { name: kk.directory.find.house }).fill('12а');
  await page.getByRole('button', { name: kk.directory.find.submit, exact: true }).click();

  const results = page.getByRole('region', { name: kk.directory.find.resultsTitle });
  await expect(results).toHaveAttribute('aria-live', 'polite');
  const oblast = results.getByRole('region', { name: 'Ақмола облыстық мәслихаты' });
  const city = results.getByRole('region', { name: 'Көкшетау қалалық мәслихаты' });
  await expect(oblast).toBeVisible();
  await expect(city).toBeVisible();
  // Oblast level first.
  const headings = await results.getByRole('heading', { level: 3 }).allInnerTexts();
  expect(headings).toEqual(['Ақмола облыстық мәслихаты', 'Көкшетау қалалық мәслихаты']);
  await expect(city.getByRole('link', { name: '№1 сайлау округі' })).toBeVisible();
  const deputy = city.getByRole('link', { name: 'Бекова Айгүл' });
  await expect(deputy).toBeVisible();
  await expect(page).toHaveURL(/settlement=/);

  await deputy.click();
  await expect(page).toHaveURL(/\/deputies\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Бекова Айгүл');
  await expect(page.getByRole('heading', { name: kk.directory.deputy.okrug })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Көкшетау қалалық мәслихаты' })).toBeVisible();
  // No staff tools and no empty reception/news/report sections for a guest.
  await expect(page.getByRole('button', { name: kk.directory.edit.open })).toHaveCount(0);
});

test('(b) in Russian: «Кокшетау», «ул. Абая», 12 — deputies named in Russian', async ({ page }) => {
  await useLanguage(page, 'ru');
  await page.goto('/find');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru.directory.find.title);

  const settlement = page.getByRole('combobox', { name: ru.directory.find.settlement });
  await settlement.fill('Кокшетау');
  await page.getByRole('option', { name: 'Кокшетау' }).click();
  const street = page.getByRole('combobox', { name: ru.directory.find.street });
  await street.fill('ул. Абая');
  await page.getByRole('option', { name: 'ул. Абая' }).click();
  await page.getByRole('textbox', { name: ru.directory.find.house }).fill('12');
  await page.getByRole('button', { name: ru.directory.find.submit, exact: true }).click();

  const results = page.getByRole('region', { name: ru.directory.find.resultsTitle });
  await expect(results.getByText(ru.directory.find.found.replace('{{n}}', '2'))).toBeVisible();
  const city = results.getByRole('region', { name: 'Кокшетауский городской маслихат' });
  await expect(city.getByRole('link', { name: 'Избирательный округ №1' })).toBeVisible();
  await expect(results.getByRole('region', { name: 'Акмолинский областной маслихат' })).toBeVisible();
  await city.getByRole('link', { name: 'Бекова Айгуль' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Бекова Айгуль');
  await expect(page.getByRole('heading', { name: ru.directory.deputy.biography })).toBeVisible();
  await expect(page.getByText(/Родилась в Кокшетау/)).toBeVisible();
  await expect(page.getByRole('cell', { name: 'ул. Абая' })).toBeVisible();
});

test('(c) an address no okrug covers shows the message and the maslikhats to contact', async ({ page }) => {
  await useLanguage(page, 'ru');
  await page.goto('/find');
  await page.getByRole('combobox', { name: ru.directory.find.settlement }).fill('Кокшетау');
  await page.getByRole('combobox', { name: ru.directory.find.street }).fill('ул. Несуществующая');
  await page.getByRole('textbox', { name: ru.directory.find.house }).fill('5');
  await page.getByRole('button', { name: ru.directory.find.submit, exact: true }).click();

  const results = page.getByRole('region', { name: ru.directory.find.resultsTitle });
  await expect(results.getByText(ru.directory.find.noMatchTitle)).toBeVisible();
  const city = results.getByRole('region', { name: 'Кокшетауский городской маслихат' });
  await expect(city.getByRole('link', { name: 'city@demo.kenes.kz' })).toHaveAttribute('href', 'mailto:city@demo.kenes.kz');
  await expect(city.getByRole('link', { name: '+7 7162 00-00-02' })).toBeVisible();
  await expect(city.getByText('г. Кокшетау, ул. Абая, 89 (демо)')).toBeVisible();
  await expect(city.getByText(/Пн–Пт 9:00–18:30/)).toBeVisible();
  await expect(results.getByRole('region', { name: 'Акмолинский областной маслихат' })).toBeVisible();
  await expect(results.getByRole('link', { name: /Бекова/ })).toHaveCount(0);

  // A house number the server cannot read is shown next to the field.
  await page.getByRole('textbox', { name: ru.directory.find.house }).fill('abc');
  await page.getByRole('button', { name: ru.directory.find.submit, exact: true }).click();
  const house = page.getByRole('textbox', { name: ru.directory.find.house });
  await expect(house).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(ru.directory.find.houseInvalid)).toBeVisible();
});

test('(d) staff edit a deputy biography in Kazakh and the public page shows it', async ({ page }) => {
  const deputy = await deputyNamed(page.request, 'Исаев Ерлан');
  const bio = `Өмірбаян тексерісі ${Date.now()}: жастар мен білім мәселелерімен айналысады.`;

  await logIn(page, kDemo.staff);
  await page.goto(`/deputies/${deputy.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(deputy.full_name_kk);
  await page.getByRole('button', { name: kk.directory.edit.open }).click();
  const form = page.getByRole('form', { name: kk.directory.edit.title });
  await expect(form.getByLabel(kk.directory.edit.published)).toBeChecked();
  await form.getByRole('textbox', { name: kk.directory.edit.bioKk }).fill(bio);
  await form.getByRole('button', { name: kk.common.save }).click();
  await expect(page.getByText(kk.directory.edit.saved)).toBeVisible();
  await expect(page.getByText(bio)).toBeVisible();

  // A guest sees the published biography.
  await logOut(page);
  await page.goto(`/deputies/${deputy.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(deputy.full_name_kk);
  await expect(page.getByText(bio)).toBeVisible();
  await expect(page.getByRole('button', { name: kk.directory.edit.open })).toHaveCount(0);
});

test('(d2) staff see the photo reasons and the import errors table', async ({ page }) => {
  const deputy = await deputyNamed(page.request, 'Исаев Ерлан');
  const city = await cityMaslikhat(page.request);
  await signIn(page.request, ...kDemo.staff);

  await page.goto(`/deputies/${deputy.id}`);
  const photoForm = page.getByRole('form', { name: kk.directory.photo.title });
  const photoInput = photoForm.locator('input[type="file"]');
  const upload = photoForm.getByRole('button', { name: kk.directory.photo.upload });
  // A PNG signature with nothing valid after it: the server answers 422 invalid_image.
  await photoInput.setInputFiles({
    name: 'broken.png',
    mimeType: 'image/png',
    buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('not really')]),
  });
  await upload.click();
  await expect(photoForm.getByText(kk.directory.photo.invalid_image)).toBeVisible();
  // Not an image at all: the form says so before sending.
  await photoInput.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await upload.click();
  await expect(photoForm.getByText(kk.directory.photo.unsupported_type)).toBeVisible();
  // A real 1×1 PNG is accepted and shown with the deputy's name as its text alternative.
  await photoInput.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from(kTinyPng, 'base64') });
  await upload.click();
  await expect(photoForm.getByText(kk.directory.photo.uploaded)).toBeVisible();
  await expect(page.getByRole('img', { name: deputy.full_name_kk })).toBeVisible();

  await page.goto(`/maslikhats/${city.id}/import`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kk.directory.import.title);
  await page
    .getByRole('textbox', { name: kk.directory.import.csv })
    .fill('okrug_number,settlement_ru,settlement_kk,street_ru,street_kk,houses\n999,Кокшетау,Көкшетау,ул. Новая,Жаңа көшесі,1-9\n1,Кокшетау,Көкшетау,ул. Абая,Абай көшесі,9-1 odd');
  await page.getByRole('button', { name: kk.directory.import.check }).click();
  const table = page.getByRole('table', { name: kk.directory.import.errorsTitle });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(kk.directory.import.reason.unknown_okrug) })).toContainText('2');
  await expectClean(page, 'import with errors');
});

test('(d3) staff add and delete an okrug address and edit the maslikhat working hours', async ({ page }) => {
  const city = await cityMaslikhat(page.request);
  const okrug = city.okrugs.find((o) => o.number === 7)!;
  await logIn(page, kDemo.staff);

  await page.goto(`/okrugs/${okrug.id}`);
  const form = page.getByRole('form', { name: kk.directory.okrug.addRow });
  const street = `Тест ${Date.now() % 100000}`;
  await form.getByRole('textbox', { name: kk.directory.okrug.settlementKk }).fill('Көкшетау');
  await form.getByRole('textbox', { name: kk.directory.okrug.settlementRu }).fill('Кокшетау');
  await form.getByRole('textbox', { name: kk.directory.okrug.streetKk }).fill(`${street} көшесі`);
  await form.getByRole('textbox', { name: kk.directory.okrug.streetRu }).fill(`ул. ${street}`);
  await form.getByRole('textbox', { name: kk.directory.okrug.houses }).fill('1-9 сегіз');
  await form.getByRole('button', { name: kk.directory.okrug.addRowSubmit }).click();
  await expect(form.getByText(kk.directory.okrug.housesInvalid)).toBeVisible();
  await form.getByRole('textbox', { name: kk.directory.okrug.houses }).fill('1-9 odd');
  await form.getByRole('button', { name: kk.directory.okrug.addRowSubmit }).click();
  await expect(page.getByText(kk.directory.okrug.rowAdded)).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(`${street} көшесі`) });
  await expect(row).toContainText('1–9, тақ нөмірлер');

  // The new row is found by the public lookup, then removed again.
  const found = (await (
    await page.request.get(
      `/api/v1/addresses/lookup?settlement=${encodeURIComponent('Кокшетау')}&street=${encodeURIComponent(`ул. ${street}`)}&house=3`,
    )
  ).json()) as { matches: { okrug: { id: number } }[] };
  expect(found.matches.map((m) => m.okrug.id)).toContain(okrug.id);
  await row
    .getByRole('button', { name: kk.directory.okrug.deleteRow.replace('{{row}}', `Көкшетау, ${street} көшесі, 1–9, тақ нөмірлер`) })
    .click();
  await expect(page.getByRole('row', { name: new RegExp(`${street} көшесі`) })).toHaveCount(0);

  await page.goto(`/maslikhats/${city.id}`);
  await page.getByRole('button', { name: kk.directory.maslikhat.editContacts }).click();
  const contacts = page.getByRole('form', { name: kk.directory.maslikhat.editContacts });
  const hours = `Дс–Жм 9:00–18:00 (${Date.now() % 1000})`;
  await contacts.getByRole('textbox', { name: kk.directory.maslikhatEdit.hoursKk }).fill(hours);
  await contacts.getByRole('textbox', { name: kk.directory.social.facebook }).fill('facebook.com/maslikhat');
  await contacts.getByRole('button', { name: kk.common.save }).click();
  await expect(contacts.getByText(kk.directory.edit.socialInvalid)).toBeVisible();
  await contacts.getByRole('textbox', { name: kk.directory.social.facebook }).fill('');
  await contacts.getByRole('button', { name: kk.common.save }).click();
  await expect(page.getByText(kk.directory.edit.saved)).toBeVisible();
  await expect(page.getByRole('region', { name: kk.directory.contacts.title }).getByText(hours)).toBeVisible();
});

test('(e) axe: directory pages pass WCAG 2.1 A/AA and fit 360 px', async ({ page }) => {
  test.setTimeout(120_000);
  const city = await cityMaslikhat(page.request);
  const deputy = await deputyNamed(page.request, 'Бекова Айгүл');
  const okrug = city.okrugs.find((o) => o.number === 1)!;
  const commission = city.commissions[0]!;
  await page.setViewportSize({ width: 360, height: 780 });

  await page.goto('/find?settlement=Көкшетау&street=Абай көшесі&house=12а');
  await expect(page.getByRole('link', { name: 'Бекова Айгүл' }).first()).toBeVisible();
  await expectClean(page, 'find with results');

  await page.goto('/find?settlement=Көкшетау&street=Жоқ көшесі&house=1');
  await expect(page.getByText(kk.directory.find.noMatchTitle)).toBeVisible();
  await expectClean(page, 'find without a match');

  const pages: [string, string][] = [
    ['maslikhats', '/maslikhats'],
    ['maslikhat', `/maslikhats/${city.id}`],
    ['deputy', `/deputies/${deputy.id}`],
    ['okrug', `/okrugs/${okrug.id}`],
    ['commission', `/commissions/${commission.id}`],
    ['deputies list', '/deputies?q=Бекова'],
  ];
  for (const [label, path] of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(kk.common.loading);
    await expectClean(page, label);
  }

  // Staff views: the deputy edit form, the okrug coverage editor and the import page.
  await signIn(page.request, ...kDemo.staff);
  await page.goto(`/deputies/${deputy.id}`);
  await page.getByRole('button', { name: kk.directory.edit.open }).click();
  await expect(page.getByRole('form', { name: kk.directory.edit.title })).toBeVisible();
  await expectClean(page, 'deputy edit form');
  await page.goto(`/okrugs/${okrug.id}`);
  await expect(page.getByRole('form', { name: kk.directory.okrug.addRow })).toBeVisible();
  await expectClean(page, 'okrug with the coverage editor');
  await page.goto(`/maslikhats/${city.id}/import`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kk.directory.import.title);
  await expectClean(page, 'import');
});

test('deputies list: search by a Kazakh name typed without Kazakh letters, then page on', async ({ page }) => {
  await page.goto('/deputies');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kk.directory.deputies.title);
  await page.getByRole('searchbox', { name: kk.directory.deputies.search }).fill('бекова айгул');
  await page.getByRole('button', { name: kk.directory.deputies.searchSubmit }).click();
  await expect(page).toHaveURL(/q=/);
  // The demo data repeats names across maslikhats.
  await expect(page.getByRole('link', { name: 'Бекова Айгүл' }).first()).toBeVisible();

  await page.goto('/deputies');
  const more = page.getByRole('button', { name: kk.directory.deputies.loadMore });
  await expect(more).toBeVisible();
  const before = await page.getByRole('article').count();
  await more.click();
  await expect.poll(() => page.getByRole('article').count()).toBeGreaterThan(before);
});
