// The typed form of every failed API call: {status, code, fields} from the error body.
import type { ErrorCode } from './types';
import { kErrorCodes } from './types';

export type ClientErrorCode = ErrorCode | 'network';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  /** request field → reason (`required`, `too_short`, ...). */
  readonly fields: Readonly<Record<string, string>>;
  readonly requestId: string | null;
  /** Seconds from the Retry-After header (429), when present. */
  readonly retryAfter: number | null;

  constructor(init: {
    status: number;
    code: ClientErrorCode;
    fields?: Record<string, string>;
    requestId?: string | null;
    retryAfter?: number | null;
  }) {
    super(`API error ${init.status} ${init.code}`);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? {};
    this.requestId = init.requestId ?? null;
    this.retryAfter = init.retryAfter ?? null;
  }

  hasField(field: string, reason?: string): boolean {
    const actual = this.fields[field];
    return actual !== undefined && (reason === undefined || actual === reason);
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 401:
      return 'unauthenticated';
    case 403:
      return 'permission_denied';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 422:
      return 'invalid_argument';
    case 429:
      return 'resource_exhausted';
    case 503:
      return 'unavailable';
    default:
      return 'internal';
  }
}

function parseRetryAfter(header: string | null): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Builds an ApiError from a non-2xx response; tolerates bodies that are not JSON. */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const rawCode = error?.code;
  const code =
    typeof rawCode === 'string' && (kErrorCodes as readonly string[]).includes(rawCode)
      ? (rawCode as ErrorCode)
      : codeForStatus(response.status);
  const fields: Record<string, string> = {};
  if (error && isRecord(error.fields)) {
    for (const [name, reason] of Object.entries(error.fields)) {
      if (typeof reason === 'string') fields[name] = reason;
    }
  }
  return new ApiError({
    status: response.status,
    code,
    fields,
    requestId: typeof error?.request_id === 'string' ? error.request_id : null,
    retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
  });
}
