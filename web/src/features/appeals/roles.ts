// What the signed-in account may see in appeals, from its role grants (GET /api/v1/me).
import type { Me } from '../../lib/api/types';

/** Maslikhats whose appeals the account handles as staff or chair (shared with reception). */
export { staffMaslikhatIds } from '../../lib/roles';

export function isDeputy(me: Me): boolean {
  return me.roles.some((grant) => grant.role === 'deputy');
}

export function isAdmin(me: Me): boolean {
  return me.roles.some((grant) => grant.role === 'admin');
}

/** Executive bodies whose deputy requests the account answers (role `liaison`, scope `body`). */
export function liaisonBodyIds(me: Me): number[] {
  const ids = me.roles
    .filter((grant) => grant.role === 'liaison' && grant.scope_type === 'body')
    .map((grant) => grant.scope_id)
    .filter((id): id is number => id !== null);
  return [...new Set(ids)];
}
