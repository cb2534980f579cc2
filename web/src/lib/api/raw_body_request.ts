// Unsafe requests whose body is not JSON (a photo, a CSV file), with the same double-submit
// CSRF handling as lib/api/client.ts: the kenes_csrf cookie, a fresh token on a csrf 403.
import { ApiError, apiErrorFromResponse } from './api_error';
import { api, kCsrfCookie, kCsrfHeader, readDocumentCookie } from './client';

async function csrfToken(forceNew: boolean): Promise<string> {
  if (!forceNew) {
    const cookie = readDocumentCookie(kCsrfCookie);
    if (cookie) return cookie;
  }
  const fresh = await api.get('/api/v1/csrf');
  return readDocumentCookie(kCsrfCookie) ?? fresh.csrf_token;
}

async function send(method: 'PUT' | 'POST', url: string, body: Blob | string, contentType: string, forceNew: boolean) {
  const token = await csrfToken(forceNew);
  try {
    return await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': contentType, [kCsrfHeader]: token },
      body,
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network' });
  }
}

/** Sends the body as is; answers the raw Response (any status). */
export async function sendRawBody(
  method: 'PUT' | 'POST',
  url: string,
  body: Blob | string,
  contentType: string,
): Promise<Response> {
  let response = await send(method, url, body, contentType, false);
  if (response.status === 403) {
    const error = await apiErrorFromResponse(response.clone());
    if (error.hasField('csrf')) response = await send(method, url, body, contentType, true);
  }
  return response;
}

/** Sends the body and parses a JSON success answer; other answers become ApiError. */
export async function sendRawBodyJson<T>(
  method: 'PUT' | 'POST',
  url: string,
  body: Blob | string,
  contentType: string,
): Promise<T> {
  const response = await sendRawBody(method, url, body, contentType);
  if (!response.ok) throw await apiErrorFromResponse(response);
  return (await response.json()) as T;
}
