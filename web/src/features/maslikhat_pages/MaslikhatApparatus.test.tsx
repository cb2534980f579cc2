// The apparatus section: the public reads the people with their positions (the English falling
// back to the Russian, marked) and office contacts as links; the staff edit a person in the
// dialog's form (a bad phone caught before sending) and remove one after confirming.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { MaslikhatApparatus } from './MaslikhatApparatus';
import { testApparatus, testMember } from './test_data';

beforeEach(() => {
  document.cookie = 'kenes_csrf=test-token';
});

describe('MaslikhatApparatus', () => {
  it('lists the people with their positions and office contacts, without staff tools', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/v1/maslikhats/3/apparatus': () => json(200, testApparatus()) }).fn);
    renderWithProviders(<MaslikhatApparatus maslikhatId={3} />);

    const table = await screen.findByRole('table', { name: 'Apparatus of the maslikhat' });
    const head = within(table).getByRole('row', { name: /Сарсенбаева Гульжан/ });
    expect(within(head).getByText('Head of the apparatus')).toHaveAttribute('lang', 'en');
    expect(within(head).getByRole('link', { name: '+7 7162 50 00 01' })).toHaveAttribute('href', 'tel:+77162500001');
    expect(within(head).getByRole('link', { name: 'apparat@demo.kenes.kz' })).toHaveAttribute('href', 'mailto:apparat@demo.kenes.kz');
    // No English position: the Russian one, marked as such.
    const second = within(table).getByRole('row', { name: /Утегенов Бахыт/ });
    expect(within(second).getByText('Главный специалист')).toHaveAttribute('lang', 'ru');
    expect(within(second).getByText(/in Russian/)).toBeInTheDocument();
    expect(within(second).queryByRole('link')).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add a person' })).toBeNull();
  });

  it('lets the staff edit a person in the dialog and remove one after confirming', async () => {
    const sent: { key: string; body?: unknown }[] = [];
    const fake = fakeFetch({
      'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
      'GET /api/v1/maslikhats/3/apparatus': () => json(200, testApparatus(true)),
      'PATCH /api/v1/apparatus/71': (init) => {
        sent.push({ key: 'patch', body: JSON.parse(String(init.body)) });
        return json(200, testMember({ position_ru: 'Руководитель аппарата маслихата', sort_order: 5 }));
      },
      'DELETE /api/v1/apparatus/72': () => {
        sent.push({ key: 'delete' });
        return json(204, null);
      },
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<MaslikhatApparatus maslikhatId={3} />);

    await user.click(await screen.findByRole('button', { name: 'Edit: Сарсенбаева Гульжан' }));
    const dialog = await screen.findByRole('dialog', { name: 'A person of the apparatus' });
    const position = await within(dialog).findByRole('textbox', { name: /^Position in Russian/ });
    expect(position).toHaveValue('Руководитель аппарата');
    await user.clear(position);
    await user.type(position, 'Руководитель аппарата маслихата');
    const order = within(dialog).getByRole('textbox', { name: /^Order on the page/ });
    await user.clear(order);
    await user.type(order, '5');
    // A phone that is not a Kazakhstan number is caught before anything is sent.
    const phone = within(dialog).getByRole('textbox', { name: /^Office phone/ });
    await user.clear(phone);
    await user.type(phone, 'звоните');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Enter the phone number in +7XXXXXXXXXX form.')).toBeInTheDocument();
    expect(sent).toHaveLength(0);
    await user.clear(phone);
    await user.type(phone, '8 (7162) 50-00-01');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.body).toEqual({
      full_name_kk: 'Сәрсенбаева Гүлжан',
      full_name_ru: 'Сарсенбаева Гульжан',
      position_kk: 'Аппарат басшысы',
      position_ru: 'Руководитель аппарата маслихата',
      position_en: 'Head of the apparatus',
      phone: '8 (7162) 50-00-01',
      email: 'apparat@demo.kenes.kz',
      sort_order: 5,
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Saved.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove: Утегенов Бахыт' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove: Утегенов Бахыт' }));
    await waitFor(() => expect(sent).toContainEqual({ key: 'delete' }));
    expect(await screen.findByText('Removed.')).toBeInTheDocument();
  });
});
