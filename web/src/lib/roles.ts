// What an account's role grants allow across features (GET /api/v1/me).
import type { Me } from './api/types';

/** Maslikhats the account works for as staff or chair. */
export function staffMaslikhatIds(me: Me): number[] {
  const ids = me.roles
    .filter((grant) => (grant.role === 'staff' || grant.role === 'chair') && grant.scope_type === 'maslikhat')
    .map((grant) => grant.scope_id)
    .filter((id): id is number => id !== null);
  return [...new Set(ids)];
}
