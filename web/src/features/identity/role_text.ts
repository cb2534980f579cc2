import type { TFunction } from 'i18next';
import type { RoleGrant } from '../../lib/api/types';

/** "Deputy — Okrug No. 12" / "Administrator — everywhere". */
export function roleText(t: TFunction, grant: RoleGrant): string {
  const role = t(`roles.${grant.role}`);
  const scope =
    grant.scope_type === 'global' || grant.scope_id === null
      ? t('account.scopeGlobal')
      : t('account.scopeWithId', { scope: t(`scopes.${grant.scope_type}`), id: grant.scope_id });
  return `${role} — ${scope}`;
}
