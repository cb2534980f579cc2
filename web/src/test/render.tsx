// Renders a component with every provider the app has, at a given route.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Providers } from '../app/Providers';
import { createQueryClient } from '../app/query_client';

export function renderWithProviders(ui: ReactElement, { route = '/', path = '*' } = {}) {
  const client = createQueryClient();
  const result = render(
    <Providers client={client}>
      <MemoryRouter initialEntries={[route]}>
        <Routes>
          <Route path={path} element={ui} />
          <Route path="*" element={<div data-testid="elsewhere" />} />
        </Routes>
      </MemoryRouter>
    </Providers>,
  );
  return { ...result, client };
}

/** A fetch stub answering by "METHOD path" with JSON; records every call. */
export function fakeFetch(routes: Record<string, (init: RequestInit) => Response | Promise<Response>>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init });
    const path = url.replace(/^https?:\/\/[^/]+/, '').split('?')[0] ?? '';
    const key = `${(init.method ?? 'GET').toUpperCase()} ${path}`;
    const me = routes['GET /api/v1/me'];
    if (key === 'GET /api/v1/auth/session' && !routes[key] && me) return sessionFromMe(await me(init));
    const handler = routes[key];
    if (!handler) return json(404, { error: { code: 'not_found', message: 'no route in test' } });
    return handler(init);
  };
  return { fn: fn as typeof fetch, calls };
}

// Tests describe the account as GET /me answers it; the app asks GET /auth/session, which wraps
// the same JSON ({"user": ...}) and answers a guest with null instead of 401.
async function sessionFromMe(response: Response): Promise<Response> {
  if (response.status === 401) return json(200, { user: null });
  if (!response.ok) return response;
  return json(200, { user: await response.json() });
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}
