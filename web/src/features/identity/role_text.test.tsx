import { screen } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { RoleGrant } from '../../lib/api/types';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { roleText, useScopeNames } from './role_text';

const kKokshetau = { id: 2, name_kk: 'Көкшетау қалалық мәслихаты', name_ru: 'Кокшетауский городской маслихат' };

function grant(id: number, role: RoleGrant['role'], scope_type: RoleGrant['scope_type'], scope_id: number | null): RoleGrant {
  return { id, role, scope_type, scope_id, granted_at: '2026-01-01T00:00:00Z' } as RoleGrant;
}

function Roles({ grants }: { grants: RoleGrant[] }) {
  const { t } = useTranslation();
  const names = useScopeNames(grants);
  return (
    <ul>
      {grants.map((g) => (
        <li key={g.id}>{roleText(t, g, names)}</li>
      ))}
    </ul>
  );
}

describe('role names', () => {
  it('names the maslikhat, the okrug with its maslikhat, the commission and the body instead of ids', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/maslikhats': () => json(200, { items: [kKokshetau] }),
        'GET /api/v1/okrugs/1': () => json(200, { id: 1, maslikhat_id: 2, number: 1, maslikhat: kKokshetau }),
        'GET /api/v1/commissions/5': () =>
          json(200, { id: 5, maslikhat_id: 2, name_kk: 'Бюджет комиссиясы', name_ru: 'Комиссия по бюджету', maslikhat: kKokshetau }),
        'GET /api/v1/executive-bodies': () =>
          json(200, { items: [{ id: 3, maslikhat_id: 2, name_kk: 'Қала әкімдігі', name_ru: 'Акимат города' }] }),
      }).fn,
    );
    renderWithProviders(
      <Roles
        grants={[
          grant(1, 'staff', 'maslikhat', 2),
          grant(2, 'deputy', 'okrug', 1),
          grant(3, 'chair', 'commission', 5),
          grant(4, 'liaison', 'body', 3),
          grant(5, 'admin', 'global', null),
        ]}
      />,
    );
    expect(await screen.findByText('Apparatus staff — Кокшетауский городской маслихат')).toBeInTheDocument();
    expect(await screen.findByText('Deputy — okrug No. 1, Кокшетауский городской маслихат')).toBeInTheDocument();
    expect(await screen.findByText(/^.+ — Комиссия по бюджету, Кокшетауский городской маслихат$/)).toBeInTheDocument();
    expect(await screen.findByText(/^.+ — Акимат города$/)).toBeInTheDocument();
    expect(screen.queryByText(/No\. 2|No\. 5|No\. 3/)).toBeNull();
  });
});
