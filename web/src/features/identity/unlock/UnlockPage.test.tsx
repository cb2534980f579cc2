import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../../test/render';
import { UnlockPage } from './UnlockPage';

const kToken = 'a'.repeat(64);

beforeEach(() => {
  document.cookie = 'kenes_csrf=test-token';
});

function renderAt(route: string) {
  return renderWithProviders(<UnlockPage />, { route, path: '/unlock' });
}

function unlockCalls<C extends { url: string }>(calls: C[]): C[] {
  return calls.filter((c) => c.url.endsWith('/api/v1/auth/unlock'));
}

describe('UnlockPage', () => {
  it('sends nothing on load; the button posts the token and the outcome links to the login page', async () => {
    const bodies: unknown[] = [];
    const fake = fakeFetch({
      'POST /api/v1/auth/unlock': (init) => {
        bodies.push(JSON.parse(String(init.body)));
        return json(204, null);
      },
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderAt(`/unlock?token=${kToken}`);

    expect(screen.getByRole('heading', { level: 1, name: 'Unlock sign-in' })).toBeInTheDocument();
    expect(screen.getByText(/slowed down for a while/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(unlockCalls(fake.calls)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Unlock sign-in' }));
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Sign-in is unlocked. You can log in now.');
    expect(screen.getByRole('link', { name: 'Go to the login page' })).toHaveAttribute('href', '/login');
    expect(screen.queryByRole('button', { name: 'Unlock sign-in' })).not.toBeInTheDocument();
    expect(bodies).toEqual([{ token: kToken }]);
    const request = unlockCalls(fake.calls)[0];
    expect((request?.init.headers as Record<string, string>)['X-CSRF-Token']).toBe('test-token');
    await waitFor(() => expect(status.parentElement).toHaveFocus());
  });

  it('shows the error at once when the link has no token', () => {
    const fake = fakeFetch({});
    vi.stubGlobal('fetch', fake.fn);
    renderAt('/unlock');
    expect(screen.getByRole('alert')).toHaveTextContent('This link has no unlock code.');
    expect(screen.getByRole('link', { name: 'Reset the password' })).toHaveAttribute('href', '/password-reset');
    expect(screen.queryByRole('button', { name: 'Unlock sign-in' })).not.toBeInTheDocument();
    expect(unlockCalls(fake.calls)).toHaveLength(0);
  });

  it.each([
    ['invalid', 'This unlock link is not valid or has already been used.'],
    ['expired', 'This unlock link has expired: it works for 24 hours.'],
  ])('explains a token the server calls %s and offers a password reset', async (reason, text) => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/auth/unlock': () =>
          json(422, { error: { code: 'invalid_argument', message: 'SERVER TEXT', fields: { token: reason } } }),
      }).fn,
    );
    const user = userEvent.setup();
    renderAt(`/unlock?token=${kToken}`);
    await user.click(screen.getByRole('button', { name: 'Unlock sign-in' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(text);
    expect(screen.queryByText(/SERVER TEXT/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Reset the password' })).toHaveAttribute('href', '/password-reset');
    expect(screen.queryByRole('button', { name: 'Unlock sign-in' })).not.toBeInTheDocument();
    expect(screen.queryByText(/slowed down for a while/)).not.toBeInTheDocument();
  });

  it('keeps the button after a network failure so the owner can try again', async () => {
    let fail = true;
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/auth/unlock': () => {
          if (fail) throw new TypeError('offline');
          return json(204, null);
        },
      }).fn,
    );
    const user = userEvent.setup();
    renderAt(`/unlock?token=${kToken}`);
    await user.click(screen.getByRole('button', { name: 'Unlock sign-in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not reach the server.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Unlock sign-in' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Sign-in is unlocked.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is keyboard-usable: Tab reaches the button and Enter presses it', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'POST /api/v1/auth/unlock': () => json(204, null) }).fn);
    const user = userEvent.setup();
    renderAt(`/unlock?token=${kToken}`);
    const button = screen.getByRole('button', { name: 'Unlock sign-in' });
    for (let i = 0; i < 20 && document.activeElement !== button; i += 1) await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('status')).toHaveTextContent('Sign-in is unlocked.');
  });
});
