import { describe, expect, it } from 'vitest';
import type { Me } from '../../../lib/api/types';
import { landingPath } from './landing';

function me(...roles: string[]): Me {
  return {
    id: 1,
    email: 'a@example.kz',
    phone: null,
    display_name: 'A',
    language: 'ru',
    verified: true,
    iin_masked: null,
    roles: roles.map((role, i) => ({
      id: i + 1,
      role,
      scope_type: role === 'admin' ? 'global' : 'maslikhat',
      scope_id: role === 'admin' ? null : 2,
      granted_at: '2026-01-01T00:00:00Z',
    })),
    totp_enabled: false,
    is_staff: roles.length > 0,
  } as Me;
}

describe('landingPath', () => {
  it('sends each role to its work, never to the account page', () => {
    expect(landingPath(me())).toBe('/appeals');
    expect(landingPath(me('deputy'))).toBe('/appeals');
    expect(landingPath(me('staff'))).toBe('/appeals');
    expect(landingPath(me('chair'))).toBe('/appeals');
    expect(landingPath(me('liaison'))).toBe('/requests');
    expect(landingPath(me('admin'))).toBe('/admin/users');
    expect(landingPath(me('admin', 'staff'))).toBe('/appeals');
  });
});
