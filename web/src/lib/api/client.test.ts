import { describe, expect, it } from 'vitest';
import { fakeFetch, json } from '../../test/render';
import { ApiError } from './api_error';
import { createApiClient } from './client';

const me = {
  id: 1,
  email: 'a@b.kz',
  phone: null,
  display_name: 'Айгүл',
  language: 'kk',
  verified: true,
  iin_masked: null,
  roles: [],
  totp_enabled: false,
  is_staff: false,
};

function header(init: RequestInit, name: string): string | undefined {
  return (init.headers as Record<string, string> | undefined)?.[name];
}

describe('api client', () => {
  it('sends the kenes_csrf cookie as X-CSRF-Token on unsafe methods', async () => {
    const fake = fakeFetch({ 'POST /api/v1/auth/login': () => json(200, me) });
    const api = createApiClient({ fetch: fake.fn, readCookie: (name) => (name === 'kenes_csrf' ? 'tok123' : null) });
    const result = await api.post('/api/v1/auth/login', { body: { login: 'a@b.kz', password: 'x'.repeat(10) } });
    expect(result.display_name).toBe('Айгүл');
    expect(fake.calls).toHaveLength(1);
    const [call] = fake.calls;
    expect(header(call!.init, 'X-CSRF-Token')).toBe('tok123');
    expect(call!.init.credentials).toBe('same-origin');
    expect(call!.init.body).toBe(JSON.stringify({ login: 'a@b.kz', password: 'xxxxxxxxxx' }));
  });

  it('fetches GET /api/v1/csrf first when the cookie is missing', async () => {
    let cookie: string | null = null;
    const fake = fakeFetch({
      'GET /api/v1/csrf': () => {
        cookie = 'fresh';
        return json(200, { csrf_token: 'fresh' });
      },
      'POST /api/v1/auth/logout': () => json(204, null),
    });
    const api = createApiClient({ fetch: fake.fn, readCookie: () => cookie });
    await api.post('/api/v1/auth/logout');
    expect(fake.calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
      'GET /api/v1/csrf',
      'POST /api/v1/auth/logout',
    ]);
    expect(header(fake.calls[1]!.init, 'X-CSRF-Token')).toBe('fresh');
  });

  it('does not send a CSRF token on GET', async () => {
    const fake = fakeFetch({ 'GET /api/v1/me': () => json(200, me) });
    const api = createApiClient({ fetch: fake.fn, readCookie: () => null });
    await api.get('/api/v1/me');
    expect(fake.calls).toHaveLength(1);
    expect(header(fake.calls[0]!.init, 'X-CSRF-Token')).toBeUndefined();
  });

  it('retries once with a new token after 403 csrf invalid', async () => {
    let tries = 0;
    const fake = fakeFetch({
      'GET /api/v1/csrf': () => json(200, { csrf_token: 'new' }),
      'POST /api/v1/auth/resend': (init) => {
        tries += 1;
        if (header(init, 'X-CSRF-Token') === 'stale') {
          return json(403, { error: { code: 'permission_denied', message: 'csrf', fields: { csrf: 'invalid' } } });
        }
        return json(202, {});
      },
    });
    let cookie = 'stale';
    // The browser stores the new cookie when /api/v1/csrf answers.
    const wrapped = createApiClient({
      fetch: async (input, init) => {
        const response = await fake.fn(input, init);
        if (String(input).endsWith('/api/v1/csrf')) cookie = 'new';
        return response;
      },
      readCookie: () => cookie,
    });
    await wrapped.post('/api/v1/auth/resend', { body: { login: 'a@b.kz' } });
    expect(tries).toBe(2);
  });

  it('fills path parameters and the query string', async () => {
    const fake = fakeFetch({
      'GET /api/v1/users': () => json(200, { items: [], next_cursor: null }),
      'DELETE /api/v1/users/7/roles/9': () => json(204, null),
    });
    const api = createApiClient({ fetch: fake.fn, readCookie: () => 't' });
    await api.get('/api/v1/users', { query: { q: 'Ас', limit: 20 } });
    await api.delete('/api/v1/users/{id}/roles/{grant_id}', { params: { id: 7, grant_id: 9 } });
    expect(fake.calls[0]!.url).toBe('/api/v1/users?q=%D0%90%D1%81&limit=20');
    expect(fake.calls[1]!.url).toBe('/api/v1/users/7/roles/9');
  });

  it('parses the error body into ApiError {status, code, fields}', async () => {
    const fake = fakeFetch({
      'POST /api/v1/auth/register': () =>
        json(422, {
          error: {
            code: 'invalid_argument',
            message: 'do not show',
            fields: { password: 'too_short', iin: 'invalid_checksum' },
            request_id: 'r-1',
          },
        }),
    });
    const api = createApiClient({ fetch: fake.fn, readCookie: () => 't' });
    const error = await api
      .post('/api/v1/auth/register', {
        body: {
          email: 'a@b.kz',
          password: 'short',
          display_name: 'A',
          language: 'kk',
          consent: { accepted: true, version: '1' },
        },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(422);
    expect(apiError.code).toBe('invalid_argument');
    expect(apiError.fields).toEqual({ password: 'too_short', iin: 'invalid_checksum' });
    expect(apiError.requestId).toBe('r-1');
  });

  it('reads Retry-After on 429 and survives a non-JSON error body', async () => {
    const fake = fakeFetch({
      'POST /api/v1/auth/login': () =>
        json(429, { error: { code: 'resource_exhausted', message: 'slow down' } }, { 'Retry-After': '120' }),
      'GET /api/v1/info': () => new Response('<html>bad gateway</html>', { status: 502 }),
    });
    const api = createApiClient({ fetch: fake.fn, readCookie: () => 't' });
    const limited = (await api
      .post('/api/v1/auth/login', { body: { login: 'a', password: 'b' } })
      .catch((e: unknown) => e)) as ApiError;
    expect(limited.code).toBe('resource_exhausted');
    expect(limited.retryAfter).toBe(120);
    const broken = (await api.get('/api/v1/info').catch((e: unknown) => e)) as ApiError;
    expect(broken.status).toBe(502);
    expect(broken.code).toBe('internal');
    expect(broken.fields).toEqual({});
  });

  it('turns a failed fetch into a network ApiError', async () => {
    const api = createApiClient({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      readCookie: () => 't',
    });
    const error = (await api.get('/api/v1/me').catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('network');
    expect(error.status).toBe(0);
  });
});
