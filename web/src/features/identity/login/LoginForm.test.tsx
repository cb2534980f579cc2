import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../../test/render';
import { LoginForm } from './LoginForm';

const me = {
  id: 3,
  email: 'staff@example.kz',
  phone: null,
  display_name: 'Ерлан',
  language: 'kk',
  verified: true,
  iin_masked: null,
  roles: [],
  totp_enabled: true,
  is_staff: true,
};

beforeEach(() => {
  document.cookie = 'kenes_csrf=test-token';
});

describe('LoginForm', () => {
  it('shows the TOTP field when the server answers totp_code required, then sends the code', async () => {
    const bodies: unknown[] = [];
    const fake = fakeFetch({
      'POST /api/v1/auth/login': (init) => {
        const body = JSON.parse(String(init.body)) as { totp_code?: string };
        bodies.push(body);
        if (!body.totp_code) {
          return json(401, { error: { code: 'unauthenticated', message: 'x', fields: { totp_code: 'required' } } });
        }
        return json(200, me);
      },
    });
    vi.stubGlobal('fetch', fake.fn);
    const onLoggedIn = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<LoginForm initialLogin="" onLoggedIn={onLoggedIn} />);

    expect(screen.queryByLabelText(/authenticator app/i)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/e-mail or phone/i), 'Staff@Example.kz');
    await user.type(screen.getByLabelText(/^password/i), 'long enough password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    const totp = await screen.findByLabelText(/code from the authenticator app/i);
    expect(totp).toBeInTheDocument();
    await waitFor(() => expect(totp).toHaveFocus());
    expect(onLoggedIn).not.toHaveBeenCalled();
    expect(bodies[0]).toEqual({ login: 'staff@example.kz', password: 'long enough password' });

    await user.type(totp, '123456');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(onLoggedIn).toHaveBeenCalled());
    expect(bodies[1]).toEqual({ login: 'staff@example.kz', password: 'long enough password', totp_code: '123456' });
    const request = fake.calls.find((c) => c.url.endsWith('/auth/login'));
    expect((request?.init.headers as Record<string, string>)['X-CSRF-Token']).toBe('test-token');
  });

  it('shows a localized wrong-password message, not the server message', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/auth/login': () => json(401, { error: { code: 'unauthenticated', message: 'SERVER TEXT' } }),
      }).fn,
    );
    const user = userEvent.setup();
    renderWithProviders(<LoginForm initialLogin="a@b.kz" onLoggedIn={vi.fn()} />);
    await user.type(screen.getByLabelText(/^password/i), 'wrong password!');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong login or password.');
    expect(screen.queryByText(/SERVER TEXT/)).not.toBeInTheDocument();
  });

  it('shows the wait time on 429', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/auth/login': () =>
          json(429, { error: { code: 'resource_exhausted', message: 'x' } }, { 'Retry-After': '600' }),
      }).fn,
    );
    const user = userEvent.setup();
    renderWithProviders(<LoginForm initialLogin="a@b.kz" onLoggedIn={vi.fn()} />);
    await user.type(screen.getByLabelText(/^password/i), 'some password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Too many attempts. Try again in 10 min. If this account exists, we have e-mailed its owner a link to unlock sign-in.',
    );
  });

  it('does not mention the unlock link for other errors', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/auth/login': () => json(401, { error: { code: 'unauthenticated', message: 'x' } }),
      }).fn,
    );
    const user = userEvent.setup();
    renderWithProviders(<LoginForm initialLogin="a@b.kz" onLoggedIn={vi.fn()} />);
    await user.type(screen.getByLabelText(/^password/i), 'wrong password!');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('alert')).not.toHaveTextContent(/unlock/i);
  });
});
