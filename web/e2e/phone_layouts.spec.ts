// Issue 12: what people stumbled on. On a 390 px phone, in Russian and Kazakh, the appeal lists are
// cards and no page scrolls sideways; after signing in each role lands on its work; the staff
// paper-appeal form speaks about the applicant; at 1280 px the header's sign-out stays on the
// logo's row.
import { expect, test, type Page } from '@playwright/test';
import { kDemo } from './support/accounts';
import { kTexts, type TestLanguage } from './support/locales';
import type { Credentials } from './support/session';

const kLanguages = ['ru', 'kk'] as const;

/** Opens the app in `language` (the stored choice) before any page script runs. */
async function useLanguage(page: Page, language: TestLanguage): Promise<void> {
  await page.addInitScript((lang) => localStorage.setItem('kenes.language', lang), language);
}

/** Signs in through the form in the page's language and waits to leave the login page. */
async function signInWithForm(page: Page, language: TestLanguage, [login, password]: Credentials): Promise<void> {
  const L = kTexts[language];
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel(L.login.login).fill(login);
  await page.getByRole('textbox', { name: L.login.password, exact: true }).fill(password);
  await page.getByRole('main').getByRole('button', { name: L.login.submit }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The document is no wider than the window: nothing to scroll sideways. */
async function expectNoSideScroll(page: Page, label: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const sizes = await page.evaluate(() => ({
    document: document.documentElement.scrollWidth,
    window: window.innerWidth,
  }));
  expect(sizes.document, `${label}: document ${sizes.document}px, window ${sizes.window}px`).toBeLessThanOrEqual(
    sizes.window,
  );
}

/** The list of appeal cards (a phone gets cards, not the wide table); returns the first appeal's link. */
async function expectAppealCards(page: Page, language: TestLanguage) {
  const A = kTexts[language].appeals;
  const cards = page.getByRole('main').getByRole('list', { name: A.list.caption });
  await expect(cards).toBeVisible();
  await expect(page.getByRole('main').getByRole('table', { name: A.list.caption })).toHaveCount(0);
  const first = cards.getByRole('listitem').first();
  // Each card names its status and due date, in words a person reads on the card itself.
  await expect(first).toContainText(`${A.list.colStatus}:`);
  await expect(first).toContainText(`${A.list.colDue}:`);
  return first.getByRole('link').first();
}

for (const language of kLanguages) {
  const L = kTexts[language];
  const A = L.appeals;

  test.describe(`${language}, 390 × 844`, () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test.beforeEach(async ({ page }) => useLanguage(page, language));

    test('a citizen lands on their appeals; the list and an appeal fit the screen', async ({ page }) => {
      await signInWithForm(page, language, kDemo.citizen);
      await expect(page).toHaveURL(/\/appeals$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.list.titleMine);
      const link = await expectAppealCards(page, language);
      await expectNoSideScroll(page, 'my appeals');
      await link.click();
      await expect(page).toHaveURL(/\/appeals\/\d+$/);
      await expectNoSideScroll(page, 'the citizen’s appeal');
    });

    test('a deputy lands on their queue; the queue and an appeal fit the screen', async ({ page }) => {
      await signInWithForm(page, language, kDemo.deputy);
      await expect(page).toHaveURL(/\/appeals$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.list.titleDeputy);
      const link = await expectAppealCards(page, language);
      await expectNoSideScroll(page, 'the deputy queue');
      await link.click();
      await expect(page).toHaveURL(/\/appeals\/\d+$/);
      // The appeal comes before what the deputy can do with it.
      const body = page.getByRole('region', { name: A.detail.text });
      const actions = page.getByRole('region', { name: A.actions.title });
      await expect(body).toBeVisible();
      await expect(actions).toBeVisible();
      const [bodyBox, actionsBox] = [await body.boundingBox(), await actions.boundingBox()];
      expect(bodyBox!.y).toBeLessThan(actionsBox!.y);
      await expectNoSideScroll(page, 'the deputy’s appeal');
    });

    test('staff land on the dashboard; it, the queue and an appeal fit the screen', async ({ page }) => {
      await signInWithForm(page, language, kDemo.staff);
      await expect(page).toHaveURL(/\/appeals$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.list.titleStaff);
      const dashboard = page.getByRole('region', { name: A.dashboard.title });
      await expect(dashboard).toBeVisible();
      // The workload is cards too: a handler per card, its counts named.
      await expect(dashboard.getByRole('list', { name: A.dashboard.caption })).toBeVisible();
      await expect(dashboard.getByRole('listitem').first()).toContainText(`${A.dashboard.colOpen}:`);
      const link = await expectAppealCards(page, language);
      await expectNoSideScroll(page, 'the staff queue and dashboard');
      await link.click();
      await expect(page).toHaveURL(/\/appeals\/\d+$/);
      await expectNoSideScroll(page, 'the staff view of an appeal');
    });

    test('the staff paper-appeal form and its talon speak about the applicant', async ({ page }) => {
      await signInWithForm(page, language, kDemo.staff);
      await page.getByRole('link', { name: A.list.register }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.register.title);
      await expectNoSideScroll(page, 'the paper-appeal form');
      const form = page.getByRole('form', { name: A.register.title });
      await expect(form.getByLabel(A.register.contact)).toBeVisible();
      await expect(form.getByText(A.form.contact, { exact: true })).toHaveCount(0);
      await expect(form.getByLabel(A.register.publicConsent)).toBeVisible();
      await expect(form.getByText(A.form.publicConsent)).toHaveCount(0);

      // No e-mail given: the answer goes by post, or by phone when only a phone is known.
      await form.getByRole('textbox', { name: A.register.name }).fill('Серік Қағазов');
      await expect(form.getByLabel(A.register.contact)).toHaveValue('post');
      await form.getByLabel(A.register.phone).fill('+7 701 234 56 78');
      await expect(form.getByLabel(A.register.contact)).toHaveValue('phone');
      await expect(form.getByLabel(A.register.contact).locator('option[value="account"]')).toHaveCount(0);

      await form.getByRole('radio', { name: A.type.statement }).check();
      await form.getByLabel(A.form.subject).fill('Ремонт тротуара');
      await form.getByLabel(A.form.body).fill('Тротуар на улице Абая разбит, прошу отремонтировать.');
      await form.getByRole('button', { name: A.register.submit }).click();
      await expect(page.getByText(A.register.registered, { exact: true })).toBeVisible();
      await expect(page.getByText(A.talon.registered, { exact: true })).toHaveCount(0);
      await expect(page.getByRole('region', { name: A.talon.title })).toContainText(A.register.noEmail);
      await expectNoSideScroll(page, 'the talon after registering');
    });
  });

  test.describe(`${language}, 1280 wide`, () => {
    test.use({ viewport: { width: 1280, height: 800 } });
    test.beforeEach(async ({ page }) => useLanguage(page, language));

    for (const role of ['staff', 'admin'] as const) {
      test(`the header keeps sign-out on the logo's row (${role})`, async ({ page }) => {
        await signInWithForm(page, language, kDemo[role]);
        const signOut = page.getByRole('banner').getByRole('button', { name: L.nav.logout });
        const logo = page.getByRole('banner').getByRole('link', { name: `${L.app.name} — ${L.nav.home}` });
        await expect(signOut).toBeVisible();
        const [out, home] = [await signOut.boundingBox(), await logo.boundingBox()];
        // On the logo's row: the button's box overlaps the logo's vertically.
        expect(out!.y, 'sign-out starts above the logo’s bottom').toBeLessThan(home!.y + home!.height);
        expect(out!.y + out!.height, 'sign-out ends below the logo’s top').toBeGreaterThan(home!.y);
      });
    }
  });
}
