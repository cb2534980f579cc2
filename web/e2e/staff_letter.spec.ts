// The letter of a paper applicant's notice, in Russian and Kazakh, against the demo-seeded server:
// the demo paper appeal (no e-mail, no account) was registered with a letter task; staff open the
// tasks page, the task offers «Письмо (PDF)», and the link gives the PDF.
import { expect, test } from '@playwright/test';
import { kDemo } from './support/accounts';
import { expectClean } from './support/axe';
import { kTexts } from './support/locales';
import { csrf } from './support/session';

const kPaperApplicant = 'Гүлнар Демо-Өтініш';

for (const language of ['ru', 'kk'] as const) {
  test(`staff open the letter PDF of a paper applicant's task (${language})`, async ({ page }) => {
    const T = kTexts[language].tasks;
    await page.addInitScript((lang) => window.localStorage.setItem('kenes.language', lang), language);
    const [login, password] = kDemo.staff;
    const signed = await page.request.post('/api/v1/auth/login', {
      headers: { 'X-CSRF-Token': await csrf(page.request) },
      data: { login, password },
    });
    expect(signed.status(), await signed.text()).toBe(200);
    await page.goto('/tasks');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(T.title);
    const task = page.getByTestId('staff-task').filter({ hasText: kPaperApplicant }).first();
    await expect(task).toContainText(T.kind.letter);
    const link = task.getByRole('link', { name: T.letterPdf });
    await expect(link).toBeVisible();
    await expectClean(page, 'tasks with a letter', language);
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/api\/v1\/staff-tasks\/\d+\/letter\.pdf$/);
    const pdf = await page.request.get(href ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });
}
