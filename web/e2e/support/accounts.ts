// Test accounts: the demo ones, unique logins and a fast path to a verified, signed-in user through the API.
import { expect, type APIRequestContext } from '@playwright/test';
import { mailMark, waitForCode } from './mail';
import { csrf, type Credentials } from './session';

export const kPassword = 'Kenes-e2e-password-1';

/** The accounts `kenes seed --demo` creates. */
export const kDemo = {
  citizen: ['citizen@demo.kenes.kz', 'demo-citizen-2026'],
  deputy: ['deputy@demo.kenes.kz', 'demo-deputy-2026'],
  staff: ['staff@demo.kenes.kz', 'demo-staff-2026'],
  admin: ['admin@demo.kenes.kz', 'demo-admin-2026'],
} as const satisfies Record<string, Credentials>;

export function uniqueEmail(tag: string): string {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  return `e2e-${tag}-${stamp}@example.kz`;
}

/** Registers and verifies an account through the API; returns its login. */
export async function createVerifiedAccount(
  request: APIRequestContext,
  opts: { displayName: string; language?: 'kk' | 'ru' | 'en' },
): Promise<string> {
  const email = uniqueEmail('api');
  const info = (await (await request.get('/api/v1/info')).json()) as { consent_version: string };
  const token = await csrf(request);
  const mark = mailMark();
  const registered = await request.post('/api/v1/auth/register', {
    headers: { 'X-CSRF-Token': token },
    data: {
      email,
      password: kPassword,
      display_name: opts.displayName,
      language: opts.language ?? 'kk',
      consent: { accepted: true, version: info.consent_version },
    },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  const code = await waitForCode(email, mark);
  const verified = await request.post('/api/v1/auth/verify', {
    headers: { 'X-CSRF-Token': token },
    data: { login: email, code },
  });
  expect(verified.status(), await verified.text()).toBe(200);
  return email;
}

/** Signs in through the API; the page shares the request context's cookies. */
export async function signIn(request: APIRequestContext, login: string, password = kPassword): Promise<void> {
  const token = await csrf(request);
  const response = await request.post('/api/v1/auth/login', {
    headers: { 'X-CSRF-Token': token },
    data: { login, password },
  });
  expect(response.status(), await response.text()).toBe(200);
}
