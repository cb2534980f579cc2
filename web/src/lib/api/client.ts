// Typed fetch wrapper for the Kenes API (types generated from api/openapi.yaml).
// Same-origin cookies; double-submit CSRF for unsafe methods; errors become ApiError.
import type { paths } from './schema';
import { ApiError, apiErrorFromResponse } from './api_error';
import { takeEarly } from './early_fetch';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends undefined ? never : P;
}[keyof paths];

type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<X> = X extends { content: { 'application/json': infer T } } ? T : undefined;
type ResponsesOf<O> = O extends { responses: infer R } ? R : never;

/** The JSON body of the operation's success answer (200, 201 or 202), undefined for 204. */
export type SuccessBody<P extends keyof paths, M extends Method> =
  ResponsesOf<Operation<P, M>> extends infer R
    ? 200 extends keyof R
      ? JsonOf<R[200]>
      : 201 extends keyof R
        ? JsonOf<R[201]>
        : 202 extends keyof R
          ? JsonOf<R[202]>
          : undefined
    : never;

export type RequestBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody: infer B }
    ? JsonOf<NonNullable<B>>
    : Operation<P, M> extends { requestBody?: infer B }
      ? JsonOf<NonNullable<B>>
      : undefined;

type ParamsOf<P extends keyof paths, M extends Method, K extends 'path' | 'query'> =
  Operation<P, M> extends { parameters: infer X }
    ? K extends keyof X
      ? Exclude<X[K], undefined>
      : undefined
    : undefined;

export interface RequestOptions<P extends keyof paths, M extends Method> {
  params?: ParamsOf<P, M, 'path'>;
  query?: ParamsOf<P, M, 'query'>;
  body?: RequestBody<P, M>;
  signal?: AbortSignal;
}

export const kCsrfCookie = 'kenes_csrf';
export const kCsrfHeader = 'X-CSRF-Token';
const kUnsafe = new Set<Method>(['post', 'put', 'patch', 'delete']);

export interface ApiClientDeps {
  fetch?: typeof fetch;
  readCookie?: (name: string) => string | null;
  baseUrl?: string;
}

export function readDocumentCookie(name: string): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

function buildUrl(base: string, template: string, params?: object, query?: object): string {
  const path = template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = (params as Record<string, unknown> | undefined)?.[key];
    if (value === undefined || value === null) throw new Error(`missing path parameter ${key}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return `${base}${path}${qs ? `?${qs}` : ''}`;
}

export function createApiClient(deps: ApiClientDeps = {}) {
  const doFetch = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const readCookie = deps.readCookie ?? readDocumentCookie;
  const base = deps.baseUrl ?? '';
  let pendingToken: Promise<string> | null = null;
  let lastToken: string | null = null;

  async function fetchCsrfToken(): Promise<string> {
    pendingToken ??= (async () => {
      try {
        const response = await doFetch(`${base}/api/v1/csrf`, {
          method: 'GET',
          credentials: 'same-origin',
          headers: { Accept: 'application/json' },
        });
        if (!response.ok) throw await apiErrorFromResponse(response);
        const body = (await response.json()) as { csrf_token: string };
        lastToken = body.csrf_token;
        return body.csrf_token;
      } finally {
        pendingToken = null;
      }
    })();
    return pendingToken;
  }

  async function csrfToken(forceNew: boolean): Promise<string> {
    if (!forceNew) {
      const cookie = readCookie(kCsrfCookie);
      if (cookie) return cookie;
      if (lastToken) return lastToken;
    }
    const fresh = await fetchCsrfToken();
    // The cookie is the source of truth when the browser stored it.
    return readCookie(kCsrfCookie) ?? fresh;
  }

  async function send(method: Method, url: string, body: unknown, signal: AbortSignal | undefined, forceNewToken: boolean) {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (kUnsafe.has(method)) headers[kCsrfHeader] = await csrfToken(forceNewToken);
    try {
      const early = method === 'get' && !deps.fetch ? takeEarly(url) : undefined;
      if (early) return await early;
      return await doFetch(url, {
        method: method.toUpperCase(),
        credentials: 'same-origin',
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new ApiError({ status: 0, code: 'network' });
    }
  }

  async function request<M extends Method, P extends PathsWith<M>>(
    method: M,
    path: P,
    options: RequestOptions<P, M> = {},
  ): Promise<SuccessBody<P, M>> {
    const url = buildUrl(base, path, options.params ?? undefined, options.query ?? undefined);
    let response = await send(method, url, options.body, options.signal, false);
    if (kUnsafe.has(method) && response.status === 403) {
      const error = await apiErrorFromResponse(response.clone());
      // A stale or missing CSRF cookie: take a fresh token and try once more.
      if (error.hasField('csrf')) response = await send(method, url, options.body, options.signal, true);
    }
    if (!response.ok) throw await apiErrorFromResponse(response);
    if (response.status === 204) return undefined as SuccessBody<P, M>;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as SuccessBody<P, M>;
  }

  return {
    request,
    get: <P extends PathsWith<'get'>>(path: P, options?: RequestOptions<P, 'get'>) => request('get', path, options),
    post: <P extends PathsWith<'post'>>(path: P, options?: RequestOptions<P, 'post'>) => request('post', path, options),
    patch: <P extends PathsWith<'patch'>>(path: P, options?: RequestOptions<P, 'patch'>) =>
      request('patch', path, options),
    delete: <P extends PathsWith<'delete'>>(path: P, options?: RequestOptions<P, 'delete'>) =>
      request('delete', path, options),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The client the app uses: same origin, browser cookies. */
export const api = createApiClient();
