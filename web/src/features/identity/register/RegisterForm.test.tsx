import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../../test/render';
import { RegisterForm } from './RegisterForm';

const kConsent = {
  version: '2024-01',
  lang: 'en',
  operator: { name: 'Apparatus of the city maslikhat', bin: '120340001230' },
  sections: [
    { title: 'Consent', text: 'I consent to the processing of my personal data.' },
    { title: 'Operator', text: 'The operator of the personal data is Apparatus of the city maslikhat, BIN 120340001230.' },
  ],
};

beforeEach(() => {
  document.cookie = 'kenes_csrf=test-token';
});

describe('RegisterForm', () => {
  it('shows local field errors next to the fields and does not call the server', async () => {
    const fake = fakeFetch({ 'GET /api/v1/consent': () => json(200, kConsent) });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<RegisterForm onRegistered={vi.fn()} />);
    await screen.findByText('Consent version: 2024-01');
    // The server's text, naming the operator and its BIN, is what the checkbox describes.
    expect(screen.getByText(/Apparatus of the city maslikhat, BIN 120340001230/)).toBeInTheDocument();
    expect(fake.calls.some((c) => c.url.includes('/api/v1/consent?lang=en'))).toBe(true);

    await user.type(screen.getByRole('textbox', { name: /^e-mail/i }), 'not-an-email');
    await user.type(screen.getByLabelText(/^password/i), 'short');
    await user.type(screen.getByLabelText(/IIN/), '900101300018');
    await user.click(screen.getByRole('button', { name: 'Register' }));

    const email = screen.getByRole('textbox', { name: /^e-mail/i });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/name@example\.kz/);
    expect(screen.getByText('The password must have at least 10 characters.')).toBeInTheDocument();
    expect(screen.getByText('Fill in this field.')).toBeInTheDocument();
    expect(screen.getByText('This IIN is not valid: the check digit does not match.')).toBeInTheDocument();
    const consent = screen.getByRole('checkbox', { name: /I agree/ });
    expect(consent).toHaveAttribute('aria-invalid', 'true');
    expect(consent).toHaveAccessibleDescription(/You need to give consent to register\./);
    await waitFor(() => expect(email).toHaveFocus());
    expect(fake.calls.filter((c) => c.init.method === 'POST')).toHaveLength(0);
  });

  it('sends a valid registration with the consent version and shows server field errors', async () => {
    const bodies: unknown[] = [];
    const fake = fakeFetch({
      'GET /api/v1/consent': () => json(200, kConsent),
      'POST /api/v1/auth/register': (init) => {
        bodies.push(JSON.parse(String(init.body)));
        return json(409, { error: { code: 'already_exists', message: 'x', fields: { phone: 'taken' } } });
      },
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<RegisterForm onRegistered={vi.fn()} />);
    await screen.findByText('Consent version: 2024-01');

    await user.click(screen.getByText('Phone'));
    await user.type(screen.getByLabelText(/^phone number/i), '8 701 123-45-67');
    await user.type(screen.getByLabelText(/^password/i), 'a good long password');
    await user.type(screen.getByLabelText(/^display name/i), 'Айгүл');
    await user.type(screen.getByLabelText(/IIN/), '900101300017');
    await user.click(screen.getByLabelText(/I agree/));
    await user.click(screen.getByRole('button', { name: 'Register' }));

    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({
      phone: '+77011234567',
      password: 'a good long password',
      display_name: 'Айгүл',
      language: 'en',
      consent: { accepted: true, version: '2024-01' },
      iin: '900101300017',
    });
    expect(await screen.findByText('An account with this phone number already exists.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^phone number/i)).toHaveAttribute('aria-invalid', 'true');
  });
});
