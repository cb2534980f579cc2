import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../../test/render';
import { deputyFixture, maslikhatFixture, matchFixture, okrugFixture } from '../test_fixtures';
import { FindDeputyPage } from './FindDeputyPage';

function queryOf(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url, 'http://localhost').searchParams);
}

/**
 * The suggestion box `name` (AddressForm.tsx): a plain field until focused, then the combobox, which
 * has a list (aria-haspopup) and takes over the focus.
 */
async function suggestionBox(user: ReturnType<typeof userEvent.setup>, name: RegExp): Promise<HTMLElement> {
  const plain = screen.getByRole('combobox', { name });
  await user.click(plain);
  return waitFor(() => {
    const box = screen.getByRole('combobox', { name });
    expect(box).toHaveAttribute('aria-haspopup', 'listbox');
    expect(box).toHaveFocus();
    return box;
  });
}

describe('FindDeputyPage', () => {
  // First in the file: once a test has loaded the suggestion boxes' code, the form shows them at once.
  it('keeps what was typed before the suggestion boxes came, and the focus with it', async () => {
    const fake = fakeFetch({
      'GET /api/v1/addresses/settlements': () =>
        json(200, { items: [{ key: 'кокшетау', name_kk: 'Көкшетау', name_ru: 'Кокшетау' }] }),
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<FindDeputyPage />, { route: '/find' });

    const plain = screen.getByRole('combobox', { name: /Settlement/ });
    expect(plain).not.toHaveAttribute('aria-haspopup');
    await user.type(plain, 'кокш');
    const box = await waitFor(() => {
      const found = screen.getByRole('combobox', { name: /Settlement/ });
      expect(found).toHaveAttribute('aria-haspopup', 'listbox');
      return found;
    });
    expect(box).toHaveValue('кокш');
    expect(box).toHaveFocus();
    // Its list opened at once, for the text typed so far.
    await screen.findByRole('option', { name: 'Кокшетау', hidden: true });
    await user.keyboard('{ArrowDown}{Enter}');
    expect(box).toHaveValue('Кокшетау');
  }, 20_000);

  it('suggests settlements and streets, puts the address in the URL and shows the deputies', async () => {
    const fake = fakeFetch({
      'GET /api/v1/addresses/settlements': () =>
        json(200, { items: [{ key: 'кокшетау', name_kk: 'Көкшетау', name_ru: 'Кокшетау' }] }),
      'GET /api/v1/addresses/streets': () =>
        json(200, { items: [{ key: 'абая', name_kk: 'Абай көшесі', name_ru: 'ул. Абая' }] }),
      'GET /api/v1/addresses/lookup': () =>
        json(200, {
          matches: [matchFixture(maslikhatFixture(), okrugFixture(), [deputyFixture()])],
          contacts: [],
          settlement_known: true,
        }),
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<FindDeputyPage />, { route: '/find' });

    const settlement = await suggestionBox(user, /Settlement/);
    // jsdom runs no dropdown transition, so the options stay hidden: choose with the keyboard.
    await user.type(settlement, 'кокш');
    await screen.findByRole('option', { name: 'Кокшетау', hidden: true });
    await user.keyboard('{ArrowDown}{Enter}');
    expect(settlement).toHaveValue('Кокшетау');
    const street = await suggestionBox(user, /Street/);
    await user.type(street, 'абай');
    await screen.findByRole('option', { name: 'ул. Абая', hidden: true });
    await user.keyboard('{ArrowDown}{Enter}');
    expect(street).toHaveValue('ул. Абая');
    await user.type(screen.getByRole('textbox', { name: /House number/ }), '12а');
    await user.click(screen.getByRole('button', { name: 'Find' }));

    const results = screen.getByRole('region', { name: 'Result' });
    expect(results).toHaveAttribute('aria-live', 'polite');
    // The button was disabled while it searched: the focus went to the results, not to <body>.
    await waitFor(() => expect(results).toHaveFocus());
    expect(await within(results).findByRole('link', { name: 'Бекова Айгуль' })).toHaveAttribute('href', '/deputies/1');
    const lookup = fake.calls.find((call) => call.url.includes('/addresses/lookup'));
    expect(queryOf(lookup?.url ?? '')).toEqual({ settlement: 'Кокшетау', street: 'ул. Абая', house: '12а' });
    // The street suggestions were asked within the chosen settlement.
    const streets = fake.calls.filter((call) => call.url.includes('/addresses/streets'));
    expect(streets.some((call) => queryOf(call.url).settlement === 'кокшетау')).toBe(true);
  }, 20_000);

  it('never picks a suggestion of an older text: ↓ Enter typed fast waits for the matches of what was typed', async () => {
    const places: Record<string, { key: string; name_kk: string; name_ru: string }> = {
      бур: { key: 'бурабай', name_kk: 'Бурабай', name_ru: 'Бурабай' },
      кокш: { key: 'кокшетау', name_kk: 'Көкшетау', name_ru: 'Кокшетау' },
    };
    const fake = fakeFetch({
      'GET /api/v1/addresses/settlements': async () => {
        const q = queryOf(fake.calls.at(-1)?.url ?? '').q ?? ''; // this call, recorded just before
        await new Promise((resolve) => setTimeout(resolve, 80)); // the server takes its time
        const place = places[q.toLowerCase()];
        return json(200, { items: place ? [place] : [] });
      },
      'GET /api/v1/addresses/lookup': () => json(200, { matches: [], contacts: [], settlement_known: true }),
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<FindDeputyPage />, { route: '/find' });

    const settlement = await suggestionBox(user, /Settlement/);
    // Focus alone opens nothing: the list would cover the button and the field's own error.
    expect(settlement).toHaveAttribute('aria-expanded', 'false');
    await user.type(settlement, 'бур');
    await screen.findByRole('option', { name: 'Бурабай', hidden: true });

    await user.clear(settlement);
    await user.type(settlement, 'кокш');
    await user.keyboard('{ArrowDown}{Enter}');
    // The list of «бур» is gone at once, so nothing of it can be picked.
    expect(screen.queryByRole('option', { name: 'Бурабай', hidden: true })).toBeNull();
    expect(settlement).toHaveValue('кокш');
    await waitFor(() => expect(settlement).toHaveValue('Кокшетау'));
    // Enter chose a place; it did not send the form.
    expect(fake.calls.some((call) => call.url.includes('/lookup'))).toBe(false);
  }, 20_000);

  it('asks for the settlement before searching and shows a bad house number next to its field', async () => {
    const fake = fakeFetch({
      'GET /api/v1/addresses/settlements': () => json(200, { items: [] }),
      'GET /api/v1/addresses/streets': () => json(200, { items: [] }),
      'GET /api/v1/addresses/lookup': () =>
        json(422, { error: { code: 'invalid_argument', message: 'x', fields: { house: 'invalid_format' } } }),
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<FindDeputyPage />, { route: '/find' });

    await user.click(screen.getByRole('button', { name: 'Find' }));
    expect(await screen.findByText('Enter the settlement.')).toBeInTheDocument();
    // The field in error takes the focus, and the suggestion box that replaces it keeps it.
    const settlement = await waitFor(() => {
      const box = screen.getByRole('combobox', { name: /Settlement/ });
      expect(box).toHaveAttribute('aria-haspopup', 'listbox');
      expect(box).toHaveFocus();
      return box;
    });
    expect(fake.calls.some((call) => call.url.includes('/lookup'))).toBe(false);

    await user.type(settlement, 'Кокшетау');
    await user.type(screen.getByRole('textbox', { name: /House number/ }), 'abc');
    await user.click(screen.getByRole('button', { name: 'Find' }));
    const house = screen.getByRole('textbox', { name: /House number/ });
    await waitFor(() => expect(house).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText(/Write the house number in digits/)).toBeInTheDocument();
    await waitFor(() => expect(house).toHaveFocus());
  });
});
