// A role grant in words, its scope by name: "Staff — Kokshetau city maslikhat",
// "Deputy — Okrug No. 1, Kokshetau city maslikhat". Ids meant nothing to people («Маслихат № 2»).
import { useQueries } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RoleGrant } from '../../lib/api/types';
import { useExecutiveBodies } from '../appeals';
import { commissionQuery, localized, okrugQuery, useMaslikhats } from '../directory';

/** Names of scopes, by `${scope_type}:${scope_id}`; missing while loading or unknown. */
export type ScopeNames = ReadonlyMap<string, string>;

export function roleText(t: TFunction, grant: RoleGrant, names: ScopeNames = new Map()): string {
  const role = t(`roles.${grant.role}`);
  if (grant.scope_type === 'global' || grant.scope_id === null) return `${role} — ${t('account.scopeGlobal')}`;
  const name = names.get(`${grant.scope_type}:${String(grant.scope_id)}`);
  const scope = name ?? t('account.scopeWithId', { scope: t(`scopes.${grant.scope_type}`), id: grant.scope_id });
  return `${role} — ${scope}`;
}

function ids(grants: readonly RoleGrant[], type: RoleGrant['scope_type']): number[] {
  const found = grants.filter((g) => g.scope_type === type && g.scope_id !== null).map((g) => g.scope_id as number);
  return [...new Set(found)];
}

/** Reads the directory (and executive bodies) for the scopes these grants name. */
export function useScopeNames(grants: readonly RoleGrant[]): ScopeNames {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const okrugIds = ids(grants, 'okrug');
  const commissionIds = ids(grants, 'commission');
  const maslikhatIds = ids(grants, 'maslikhat');
  const bodyIds = ids(grants, 'body');
  const maslikhats = useMaslikhats(maslikhatIds.length > 0);
  const bodies = useExecutiveBodies(bodyIds.length > 0);
  const okrugs = useQueries({ queries: okrugIds.map((id) => okrugQuery(id)) });
  const commissions = useQueries({ queries: commissionIds.map((id) => commissionQuery(id)) });
  const names = new Map<string, string>();
  for (const m of maslikhats.data?.items ?? []) names.set(`maslikhat:${String(m.id)}`, localized(language, m, 'name'));
  for (const b of bodies.data?.items ?? []) names.set(`body:${String(b.id)}`, localized(language, b, 'name'));
  for (const { data } of okrugs) {
    if (!data) continue;
    names.set(
      `okrug:${String(data.id)}`,
      t('account.scopeOkrug', { number: data.number, maslikhat: localized(language, data.maslikhat, 'name') }),
    );
  }
  for (const { data } of commissions) {
    if (!data) continue;
    names.set(
      `commission:${String(data.id)}`,
      t('account.scopeCommission', {
        name: localized(language, data, 'name'),
        maslikhat: localized(language, data.maslikhat, 'name'),
      }),
    );
  }
  return names;
}
