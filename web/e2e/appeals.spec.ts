// Appeals against the real server seeded with `kenes seed --demo`, in Kazakh:
// (a) a citizen files an appeal to the deputy found by address and gets a talon;
// (b) the deputy, without staff assigning it, starts and answers it; (c) the citizen reads the answer and says "solved";
// (d) staff register a paper appeal and get its talon; (g) a citizen writes to a commission.
// Axe checks are in appeals_a11y.spec.ts.
import { expect, test, type Page } from '@playwright/test';
import { kDemo } from './support/accounts';
import { kTexts } from './support/locales';
import { logIn } from './support/session';

const kk = kTexts.kk;
const A = kk.appeals;

async function pick(page: Page, label: string, typed: string, option: string) {
  const input = page.getByRole('combobox', { name: label });
  await input.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(input).toHaveValue(option);
}

test.describe.serial('appeals: file, answer, feedback', () => {
  test.setTimeout(90_000);
  const subject = `Абай көшесіндегі жол ${Date.now() % 100000}`;
  let number = '';

  test('(a) a citizen writes in Kazakh to the deputy found by address and gets a talon', async ({ page }) => {
    await logIn(page, kDemo.citizen);
    await page.goto('/');
    await page.getByRole('link', { name: A.home.write }).click();
    await expect(page).toHaveURL(/\/appeals\/new$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.new.title);

    await pick(page, A.addressee.settlement, 'Көкше', 'Көкшетау');
    await pick(page, A.addressee.street, 'Абай', 'Абай көшесі');
    await page.getByLabel(A.addressee.house).fill('5');
    await page.getByRole('button', { name: A.addressee.find }).click();
    await page.getByRole('radio', { name: /Бекова Айгүл/ }).check();
    await expect(page.getByTestId('addressee-chosen')).toContainText('Бекова Айгүл');

    await page.getByRole('radio', { name: A.type.complaint }).check();
    await expect(page.getByLabel(A.form.language)).toHaveValue('kk');
    await page.getByLabel(A.form.subject).fill(subject);
    await page.getByLabel(A.form.body).fill('Абай көшесі, 5 үйдің алдындағы жолда үлкен шұңқыр бар. Жөндеуді сұраймын.');
    await page.getByLabel(A.form.problemAddress).fill('Көкшетау, Абай көшесі, 5');
    await page.getByRole('button', { name: A.form.submit }).click();

    const talon = page.getByRole('region', { name: A.talon.title });
    await expect(talon).toBeVisible();
    number = (await page.getByTestId('talon-number').innerText()).trim();
    expect(number).toMatch(/^\d+-\d{4}-\d{5}$/);
    await expect(talon).toContainText('Бекова Айгүл');
    await expect(talon).toContainText(A.talon.emailed.replace('{{email}}', kDemo.citizen[0]));
    await expect(talon.getByRole('button', { name: A.talon.print })).toBeVisible();
    // Printed, the page shows the talon alone.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
    await expect(talon).toBeVisible();
    await expect(talon.getByRole('button', { name: A.talon.print })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    // It is listed among my appeals.
    await page.getByRole('link', { name: A.home.mine }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.list.titleMine);
    const row = page.getByRole('row', { name: new RegExp(number) });
    await expect(row).toContainText(subject);
    await expect(row).toContainText(A.status.registered);
  });

  test('(b) the deputy alone starts it (no staff assignment) and answers it', async ({ page }) => {
    test.skip(number === '', 'needs (a)');
    await logIn(page, kDemo.deputy);
    await page.goto('/appeals');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.list.titleDeputy);
    await page.getByRole('link', { name: number }).click();
    await expect(page.getByRole('region', { name: A.detail.facts })).toContainText(A.status.registered);
    await page.getByRole('button', { name: A.actions.start }).click();
    await expect(page.getByText(A.actions.done.replace('{{status}}', A.status.in_consideration))).toBeVisible();
    await page.getByRole('button', { name: A.actions.answer }).click();
    await page.getByLabel(A.actions.answerText).fill('Жол жөндеу жұмыстары келесі аптада басталады. Рахмет!');
    await page.getByRole('combobox', { name: A.actions.outcome }).selectOption('satisfied');
    await page.getByRole('button', { name: A.actions.confirm }).click();
    await expect(page.getByText(A.actions.done.replace('{{status}}', A.status.answered))).toBeVisible();
    await expect(page.getByRole('region', { name: A.detail.history })).toContainText(A.event.answer);
  });

  test('(c) the citizen reads the answer and says the problem was solved', async ({ page }) => {
    test.skip(number === '', 'needs (a)');
    await logIn(page, kDemo.citizen);
    await page.goto('/appeals');
    await expect(page.getByRole('row', { name: new RegExp(number) })).toContainText(A.status.answered);
    await page.getByRole('link', { name: number }).click();
    await expect(page.getByTestId('answer-text')).toHaveText('Жол жөндеу жұмыстары келесі аптада басталады. Рахмет!');
    await expect(page.getByRole('region', { name: A.detail.answer })).toContainText(A.outcome.satisfied);
    await page.getByRole('radio', { name: A.feedback.yes }).check();
    await page.getByRole('button', { name: A.feedback.submit }).click();
    await expect(page.getByText(A.feedback.thanks)).toBeVisible();
    await expect(page.getByRole('region', { name: A.detail.history })).toContainText(A.event.feedback);
  });
});

test('(d) staff register a paper appeal and get its talon', async ({ page }) => {
  await logIn(page, kDemo.staff);
  await page.goto('/appeals');
  await page.getByRole('link', { name: A.list.register }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.register.title);
  await expect(page.getByLabel(A.register.channel)).toHaveValue('paper');
  await page.getByRole('textbox', { name: A.register.name }).fill('Серік Қағазов');
  await page.getByLabel(A.register.iin).fill('900101300018');
  await page.getByRole('radio', { name: A.type.statement }).check();
  await page.getByLabel(A.form.subject).fill('Аулаға балалар алаңын орнату');
  await page.getByLabel(A.form.body).fill('Біздің аулада балалар ойнайтын алаң жоқ. Орнатуды сұраймыз.');
  await page.getByRole('button', { name: A.register.submit }).click();
  // The IIN check digit is checked before sending.
  await expect(page.getByLabel(A.register.iin)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(A.fieldErrors.applicant_iin.invalid_checksum)).toBeVisible();
  await page.getByLabel(A.register.iin).fill('900101300017');
  await page.getByRole('button', { name: A.register.submit }).click();

  const talon = page.getByRole('region', { name: A.talon.title });
  await expect(talon).toBeVisible();
  const number = (await page.getByTestId('talon-number').innerText()).trim();
  expect(number).toMatch(/^\d+-\d{4}-\d{5}$/);
  await expect(talon).toContainText(A.register.noEmail);
  await page.getByRole('link', { name: A.talon.open }).click();
  await expect(page.getByRole('region', { name: A.detail.applicant })).toContainText('Серік Қағазов');
  await expect(page.getByRole('region', { name: A.detail.facts })).toContainText(A.channel.paper);
});


test('(f) the administrator pastes CSV into the working-day calendar and saves it', async ({ page }) => {
  await logIn(page, kDemo.admin);
  await page.getByRole('navigation').getByRole('link', { name: A.nav.calendar }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.calendar.title);
  // A year far enough ahead not to move any deadline the other tests look at.
  const year = String(Number(await page.getByLabel(A.calendar.year).inputValue()) + 2);
  await page.getByLabel(A.calendar.year).selectOption(year);
  const remove = page.getByRole('button', { name: A.calendar.remove.replace('{{n}}', '1') });
  await expect(page.getByText(A.calendar.count.replace('{{n}}', ''), { exact: false })).toBeVisible();
  while ((await remove.count()) > 0) await remove.click();

  await page.getByLabel(A.calendar.csv).fill(`day,kind,note\n${year}-01-01,non_working,Жаңа жыл\n${year}-03-22,non_working,Наурыз`);
  await page.getByRole('button', { name: A.calendar.csvAdd }).click();
  await expect(page.getByText(A.calendar.csvAdded.replace('{{n}}', '2'))).toBeVisible();
  await page.getByRole('button', { name: A.calendar.add }).click();
  await expect(page.getByLabel(A.calendar.rowDay.replace('{{n}}', '3'))).toBeFocused();
  await page.getByLabel(A.calendar.rowDay.replace('{{n}}', '3')).fill(`${year}-05-01`);
  await page.getByRole('button', { name: A.calendar.save }).click();
  await expect(page.getByText(A.calendar.saved.replace('{{year}}', year))).toBeVisible();

  const saved = (await (await page.request.get(`/api/v1/calendar/${year}`)).json()) as { days: { day: string }[] };
  expect(saved.days.map((d) => d.day)).toEqual([`${year}-01-01`, `${year}-03-22`, `${year}-05-01`]);
});

test('(g) a citizen writes to a commission of the maslikhat found by address and gets a talon', async ({ page }) => {
  await logIn(page, kDemo.citizen);
  await page.goto('/appeals/new');
  await page.getByRole('radio', { name: A.addressee.commission }).check();
  await pick(page, A.addressee.settlement, 'Көкше', 'Көкшетау');
  await pick(page, A.addressee.street, 'Абай', 'Абай көшесі');
  await page.getByRole('button', { name: A.addressee.findMaslikhat }).click();
  // Abai Street lies in okrugs of both the city and the oblast maslikhat.
  await page.getByRole('radio', { name: 'Көкшетау қалалық мәслихаты' }).check();
  await expect(page.getByRole('combobox', { name: A.addressee.maslikhatSelect })).toHaveValue(/\d+/);
  const commission = 'Әлеуметтік сала мәселелері жөніндегі тұрақты комиссия';
  await page.getByRole('radio', { name: commission }).check();
  await expect(page.getByTestId('addressee-chosen')).toContainText(`${commission}, Көкшетау қалалық мәслихаты`);

  await page.getByRole('radio', { name: A.type.proposal }).check();
  await page.getByLabel(A.form.subject).fill(`Мектепке жаңа спорт залы ${Date.now() % 100000}`);
  await page.getByLabel(A.form.body).fill('Мектептің спорт залы тар, балаларға жаңа зал салуды ұсынамын.');
  await page.getByRole('button', { name: A.form.submit }).click();

  const talon = page.getByRole('region', { name: A.talon.title });
  await expect(talon).toBeVisible();
  expect((await page.getByTestId('talon-number').innerText()).trim()).toMatch(/^\d+-\d{4}-\d{5}$/);
  await expect(talon).toContainText(commission);
  await page.getByRole('link', { name: A.talon.open }).click();
  await expect(page.getByRole('region', { name: A.detail.facts })).toContainText(`${commission}, Көкшетау қалалық мәслихаты`);
});
