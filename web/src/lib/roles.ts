// What an account's role grants allow across features (GET /api/v1/me).
import type { Me } from './api/types';

const kStaffRoles = ['staff', 'chair', 'deputy_chair', 'head_of_apparatus'];

/** Maslikhats the account works for as staff or in its leadership (chair, deputy chair, head of the apparatus). */
export function staffMaslikhatIds(me: Me): number[] {
  const ids = me.roles
    .filter((grant) => kStaffRoles.includes(grant.role) && grant.scope_type === 'maslikhat')
    .map((grant) => grant.scope_id)
    .filter((id): id is number => id !== null);
  return [...new Set(ids)];
}
