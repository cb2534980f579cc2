// The consent text per Art. 8 of the personal-data law comes from the server: a person asked again
// (after withdrawing) reads it in the dialog — operator, BIN, transfers — and accepts it; an
// administrator sets a maslikhat's operator and BIN in the directory, a wrong BIN is refused in
// words, and the text for that maslikhat names the apparatus. Axe and 390 px on both.
import { expect, test } from '@playwright/test';
import { createVerifiedAccount, kDemo, signIn } from './support/accounts';
import { expectClean } from './support/axe';
import { cityMaslikhat } from './support/demo_directory';
import { kTexts } from './support/locales';
import { csrf } from './support/session';

interface ConsentText {
  version: string;
  operator: { name: string; bin: string | null };
  sections: { title: string; text: string }[];
}

test('ru: a person who withdrew consent reads the server text in the dialog and consents again', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const ru = kTexts.ru;
  const login = await createVerifiedAccount(page.request, { displayName: 'Согласие Тест', language: 'ru' });
  await signIn(page.request, login);
  const withdrawn = await page.request.post('/api/v1/me/consent/withdraw', {
    headers: { 'X-CSRF-Token': await csrf(page.request) },
  });
  expect(withdrawn.status()).toBe(200);
  const text = (await (await page.request.get('/api/v1/consent?lang=ru')).json()) as ConsentText;

  // Russian from the first paint: the dialog opens at once and covers the language switch.
  await page.addInitScript(() => window.localStorage.setItem('kenes.language', 'ru'));
  await page.goto('/account');
  const dialog = page.getByRole('dialog', { name: ru.privacy.prompt.title });
  await expect(dialog).toBeVisible();
  // Every section of the server's text, the operator's among them.
  for (const section of text.sections) {
    await expect(dialog.getByRole('heading', { name: section.title, exact: true })).toBeVisible();
    await expect(dialog.getByText(section.text, { exact: true })).toBeVisible();
  }
  await expect(dialog.getByText(text.operator.name, { exact: false }).first()).toBeVisible();
  await expect(dialog.getByText(ru.privacy.prompt.version.replace('{{version}}', text.version))).toBeVisible();
  await expectClean(page, 'consent dialog', 'ru');

  await dialog.getByRole('button', { name: ru.privacy.prompt.accept }).click();
  await expect(dialog).toBeHidden();
  const me = (await (await page.request.get('/api/v1/me')).json()) as { consent_required: boolean; consent_version: string };
  expect(me.consent_required).toBe(false);
  expect(me.consent_version).toBe(text.version);
});

test('kk: an administrator sets the operator and BIN of a maslikhat; a wrong BIN is refused in words', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const kk = kTexts.kk;
  const f = kk.directory.operatorForm;
  const city = await cityMaslikhat(page.request);
  await signIn(page.request, ...kDemo.admin);

  await page.goto(`/maslikhats/${city.id}`);
  await page.getByRole('button', { name: f.open }).click();
  const form = page.getByRole('form', { name: f.title });
  await form.getByRole('textbox', { name: f.nameKk }).fill('Көкшетау қалалық мәслихатының аппараты');
  await form.getByRole('textbox', { name: f.nameRu }).fill('Аппарат Кокшетауского городского маслихата');
  await form.getByRole('textbox', { name: f.bin }).fill('120340001231');
  await form.getByRole('button', { name: kk.common.save }).click();
  await expect(form.getByText(kk.errors.byField.bin.invalid_checksum)).toBeVisible();
  await expect(form.getByRole('textbox', { name: f.bin })).toBeFocused();
  await expectClean(page, 'operator form with an error');

  await form.getByRole('textbox', { name: f.bin }).fill('120340001230');
  await form.getByRole('button', { name: kk.common.save }).click();
  await expect(page.getByText(f.saved)).toBeVisible();
  await expect(
    page.getByText(f.current.replace('{{name}}', 'Көкшетау қалалық мәслихатының аппараты').replace('{{bin}}', '120340001230')),
  ).toBeVisible();

  const text = (await (await page.request.get(`/api/v1/consent?lang=kk&maslikhat_id=${city.id}`)).json()) as ConsentText;
  expect(text.operator).toEqual({ name: 'Көкшетау қалалық мәслихатының аппараты', bin: '120340001230' });
  expect(text.sections.map((s) => s.text).join('\n')).toContain('Көкшетау қалалық мәслихатының аппараты, БСН 120340001230');
});
