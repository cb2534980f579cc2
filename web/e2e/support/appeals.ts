// Appeals made through the API, for tests that need one to exist before they open a page.
import { expect, type APIRequestContext } from '@playwright/test';
import { csrf } from './session';

/** Files an appeal with the request context's session (a page's through `page.request`); fails unless it is registered. */
export async function fileAppeal(
  request: APIRequestContext,
  data: Record<string, unknown>,
): Promise<{ id: number; number: string }> {
  const response = await request.post('/api/v1/appeals', {
    headers: { 'X-CSRF-Token': await csrf(request) },
    data,
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: number; number: string };
}

/** Takes a workflow action on an appeal (`{action: 'assign'}`, …) with the request context's session; fails unless it is done. */
export async function actOn(request: APIRequestContext, id: number, data: Record<string, unknown>): Promise<void> {
  const response = await request.post(`/api/v1/appeals/${String(id)}/actions`, {
    headers: { 'X-CSRF-Token': await csrf(request) },
    data,
  });
  expect(response.status(), await response.text()).toBe(200);
}
