import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n, kLanguageStorageKey } from '../../lib/i18n/i18n';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { Shell } from './Shell';

function me(roles: { role: string }[]) {
  return {
    id: 1,
    email: 'a@example.kz',
    phone: null,
    display_name: 'A',
    language: 'kk',
    verified: true,
    iin_masked: null,
    roles: roles.map((r, i) => ({ id: i + 1, scope_type: 'global', scope_id: null, granted_at: '2026-01-01T00:00:00Z', ...r })),
    totp_enabled: false,
    is_staff: roles.some((r) => r.role !== 'citizen'),
  };
}

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

describe('Shell', () => {
  it('offers log in and register to guests', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({ 'GET /api/v1/me': () => json(401, { error: { code: 'unauthenticated', message: 'x' } }) }).fn,
    );
    renderWithProviders(<Shell />);
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(await within(nav).findByRole('link', { name: 'Log in' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Register' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  });

  it('links the users page only for admins', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/v1/me': () => json(200, me([{ role: 'deputy' }])) }).fn);
    const first = renderWithProviders(<Shell />);
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(await within(nav).findByRole('link', { name: 'My account' })).toBeInTheDocument();
    // Sign-out is in the header's top row, beside the language switch, not at the end of the links.
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Log out' })).toBeInTheDocument();
    expect(within(nav).queryByRole('button', { name: 'Log out' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    first.unmount();

    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/v1/me': () => json(200, me([{ role: 'admin' }])) }).fn);
    renderWithProviders(<Shell />);
    expect(await screen.findByRole('link', { name: 'Users' })).toHaveAttribute('href', '/admin/users');
  });

  it('switches the language with a button, sets <html lang> and remembers it', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({ 'GET /api/v1/me': () => json(401, { error: { code: 'unauthenticated', message: 'x' } }) }).fn,
    );
    const user = userEvent.setup();
    renderWithProviders(<Shell />);
    const kazakh = screen.getByRole('button', { name: 'Қазақша' });
    expect(kazakh).toHaveAttribute('aria-pressed', 'false');
    kazakh.focus();
    await user.keyboard('{Enter}');
    expect(document.documentElement.lang).toBe('kk');
    expect(localStorage.getItem(kLanguageStorageKey)).toBe('kk');
    expect(screen.getByRole('button', { name: 'Қазақша' })).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByRole('link', { name: 'Кіру' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Тіркелу' })).toBeInTheDocument();
  });
});
