import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../../test/render';
import { stubDocumentFonts, testAppeal } from '../test_appeal';
import type { AppealAccess, AppealStatus } from '../types';
import { ActionPanel } from './ActionPanel';

stubDocumentFonts();

function buttonsFor(access: AppealAccess, status: AppealStatus, mayExtend = false): string[] {
  vi.stubGlobal('fetch', fakeFetch({}).fn);
  const { unmount } = renderWithProviders(
    <ActionPanel appeal={testAppeal({ access, status, may_extend: mayExtend })} />,
  );
  const section = screen.getByRole('region', { name: 'Actions' });
  const names = within(section)
    .queryAllByRole('button')
    .map((button) => button.textContent ?? '');
  unmount();
  return names;
}

describe('ActionPanel', () => {
  it('shows the buttons the role may use in the status', { timeout: 30_000 }, () => {
    expect(buttonsFor('staff', 'registered')).toEqual(['Assign to a deputy', 'Forward', 'Forward a part', 'Mark urgent', 'Leave without consideration']);
    expect(buttonsFor('staff', 'in_consideration', true)).toEqual(['Answer', 'Extend the deadline', 'Forward', 'Forward a part', 'Mark urgent']);
    expect(buttonsFor('staff', 'in_consideration')).toEqual(['Answer', 'Forward', 'Forward a part', 'Mark urgent']);
    expect(buttonsFor('staff', 'answered')).toEqual(['Close']);
    expect(buttonsFor('deputy', 'assigned')).toEqual(['Start consideration', 'Answer']);
    expect(buttonsFor('deputy', 'extended')).toEqual(['Answer']);
    expect(buttonsFor('deputy', 'registered')).toEqual(['Start consideration']);
    expect(buttonsFor('staff', 'closed')).toEqual([]);
  });

  it('says so when nothing is allowed', () => {
    vi.stubGlobal('fetch', fakeFetch({}).fn);
    renderWithProviders(<ActionPanel appeal={testAppeal({ access: 'deputy', status: 'answered' })} />);
    expect(screen.getByText('No actions are available to you in this status.')).toBeInTheDocument();
  });

  it('starts at once and shows the new status', async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
        'POST /api/v1/appeals/7/actions': (init) => {
          bodies.push(JSON.parse(String(init.body)));
          return json(200, testAppeal({ access: 'deputy', status: 'in_consideration' }));
        },
      }).fn,
    );
    const user = userEvent.setup();
    renderWithProviders(<ActionPanel appeal={testAppeal({ access: 'deputy', status: 'assigned' })} />);
    await user.click(screen.getByRole('button', { name: 'Start consideration' }));
    expect(await screen.findByText('The appeal is updated: Under consideration.')).toBeInTheDocument();
    expect(bodies).toEqual([{ action: 'start' }]);
  });

  it('checks an answer before sending and explains a refusal from the current status', { timeout: 30_000 }, async () => {
    const fake = fakeFetch({
      'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
      'POST /api/v1/appeals/7/actions': () =>
        json(409, { error: { code: 'conflict', message: 'x', fields: { action: 'not_allowed' } } }),
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<ActionPanel appeal={testAppeal({ access: 'deputy', status: 'in_consideration' })} />);
    await user.click(screen.getByRole('button', { name: 'Answer' }));
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    const text = screen.getByRole('textbox', { name: /Text of the answer/ });
    expect(text).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(text).toHaveFocus());
    expect(fake.calls.filter((c) => c.init.method === 'POST')).toHaveLength(0);

    await user.type(text, 'Жөнделеді.');
    await user.selectOptions(screen.getByRole('combobox', { name: /Result/ }), 'satisfied');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(
      await screen.findByText('This step is not possible in the appeal’s current status. Reload the page.'),
    ).toBeInTheDocument();
  });
});
