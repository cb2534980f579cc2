export const kPaths = {
  home: '/',
  register: '/register',
  verify: '/verify',
  login: '/login',
  reset: '/password-reset',
  account: '/account',
  adminUsers: '/admin/users',
} as const;

/** A `next` target from the query string, accepted only when it stays on this site. */
export function safeNext(value: string | null, fallback: string): string {
  if (value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')) return value;
  return fallback;
}
