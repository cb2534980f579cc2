import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../../test/render';
import { stubDocumentFonts, testAppeal } from '../test_appeal';
import { NewAppealPage } from './NewAppealPage';

stubDocumentFonts();

const me = {
  id: 5,
  email: 'citizen@demo.kenes.kz',
  phone: null,
  display_name: 'Азамат Демо',
  language: 'kk',
  verified: true,
  iin_masked: null,
  roles: [{ id: 5, role: 'citizen', scope_type: 'global', scope_id: null, granted_at: '2026-01-01T00:00:00Z' }],
  totp_enabled: false,
  is_staff: false,
};
const maslikhat = { id: 2, level: 'city', name_kk: 'Көкшетау қалалық мәслихаты', name_ru: 'Кокшетауский городской маслихат' };
const deputy = { id: 1, maslikhat_id: 2, okrug_id: 1, full_name_kk: 'Бекова Айгүл', full_name_ru: 'Бекова Айгуль' };

const commissions = [
  {
    id: 7,
    maslikhat_id: 2,
    name_kk: 'Бюджет жөніндегі тұрақты комиссия',
    name_ru: 'Постоянная комиссия по бюджету',
    remit_kk: 'Жергілікті бюджет.',
    remit_ru: 'Местный бюджет.',
  },
  {
    id: 8,
    maslikhat_id: 2,
    name_kk: 'Әлеуметтік мәселелер жөніндегі тұрақты комиссия',
    name_ru: 'Постоянная комиссия по социальным вопросам',
    remit_kk: 'Білім, денсаулық.',
    remit_ru: 'Образование, здравоохранение.',
  },
];

function server(bodies: unknown[]) {
  return fakeFetch({
    'GET /api/v1/me': () => json(200, me),
    'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
    'GET /api/v1/maslikhats': () => json(200, { items: [maslikhat] }),
    'GET /api/v1/addresses/settlements': () =>
      json(200, { items: [{ key: 'кокшетау', name_kk: 'Көкшетау', name_ru: 'Кокшетау' }] }),
    'GET /api/v1/addresses/streets': () =>
      json(200, { items: [{ key: 'абая', name_kk: 'Абай көшесі', name_ru: 'ул. Абая' }] }),
    'GET /api/v1/addresses/lookup': () =>
      json(200, {
        matches: [{ maslikhat, okrug: { id: 1, maslikhat_id: 2, number: 1, name_kk: '№1 округ', name_ru: 'Округ №1' }, deputies: [deputy] }],
        contacts: [],
      }),
    'GET /api/v1/deputies/1': () => json(200, { ...deputy, okrug: null, maslikhat }),
    'GET /api/v1/maslikhats/2/commissions': () => json(200, { items: commissions }),
    'POST /api/v1/appeals': (init) => {
      bodies.push(JSON.parse(String(init.body)));
      return json(201, {
        ...testAppeal({ access: 'applicant', subject: 'Жол' }),
        talon: { number: '2-2026-00008', registered_on: '2026-11-30', received_at: '2026-11-28T06:38:24Z', due_on: '2026-12-21' },
      });
    },
  });
}

// Typing into many fields is slow on a busy machine.
const kSlow = 30_000;

describe('NewAppealPage', () => {
  it('checks the form before sending: addressee, type, subject, text, co-signatories', async () => {
    const bodies: unknown[] = [];
    const fake = server(bodies);
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<NewAppealPage />);
    await user.click(await screen.findByRole('checkbox', { name: /Collective appeal/ }));
    await user.click(screen.getByRole('button', { name: 'Send the appeal' }));
    expect(await screen.findByText('Choose a deputy.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Subject/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /^Text of the appeal/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Give the name of at least one co-signatory.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('combobox', { name: /Settlement/ })).toHaveFocus());
    expect(bodies).toHaveLength(0);

    // An empty radio group says what to choose, and it is linked to the group.
    const typeGroup = screen.getByRole('radiogroup', { name: /Type of appeal/ });
    expect(typeGroup).toHaveAccessibleDescription(/Choose the type of appeal\./);
    // Each message goes as soon as its field is right; the others stay until theirs are.
    const subject = screen.getByRole('textbox', { name: /^Subject/ });
    await user.type(subject, 'Жол');
    await waitFor(() => expect(subject).not.toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByRole('textbox', { name: /^Text of the appeal/ })).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('radio', { name: /Complaint/ }));
    await waitFor(() => expect(screen.queryByText('Choose the type of appeal.')).toBeNull());
    expect(screen.getByText('Choose a deputy.')).toBeInTheDocument();
  }, kSlow);

  it('sends an appeal to the deputy from the link and shows the talon', async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal('fetch', server(bodies).fn);
    const user = userEvent.setup();
    renderWithProviders(<NewAppealPage />, { route: '/appeals/new?deputy_id=1' });
    expect(await screen.findByTestId('addressee-chosen')).toHaveTextContent('Addressee: Бекова Айгуль');
    await user.click(screen.getByRole('radio', { name: /Complaint/ }));
    await user.type(screen.getByRole('textbox', { name: /^Subject/ }), 'Жол');
    await user.type(screen.getByRole('textbox', { name: /^Text of the appeal/ }), 'Шұңқыр');
    await user.click(screen.getByRole('checkbox', { name: /public register/ }));
    await user.click(screen.getByRole('button', { name: 'Send the appeal' }));
    expect(await screen.findByTestId('talon-number')).toHaveTextContent('2-2026-00008');
    expect(bodies).toEqual([
      {
        type: 'complaint',
        language: 'en',
        subject: 'Жол',
        body: 'Шұңқыр',
        addressee: 'deputy',
        deputy_id: 1,
        contact_preference: 'email',
        collective: false,
        public_consent: true,
      },
    ]);
    expect(screen.getByText('A copy of the talon was e-mailed to citizen@demo.kenes.kz.')).toBeInTheDocument();
  }, kSlow);

  it('finds the deputy by settlement, street and house', async () => {
    const bodies: unknown[] = [];
    const fake = server(bodies);
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<NewAppealPage />);
    // English readers see the Russian names. jsdom runs no dropdown transition, so the options
    // stay hidden: choose with the keyboard (which is also how many people use it).
    const settlement = await screen.findByRole('combobox', { name: /Settlement/ });
    await user.type(settlement, 'кокш');
    await screen.findByRole('option', { name: 'Кокшетау', hidden: true });
    await user.keyboard('{ArrowDown}{Enter}');
    expect(settlement).toHaveValue('Кокшетау');
    const street = screen.getByRole('combobox', { name: /Street/ });
    await user.type(street, 'абай');
    await screen.findByRole('option', { name: 'ул. Абая', hidden: true });
    await user.keyboard('{ArrowDown}{Enter}');
    expect(street).toHaveValue('ул. Абая');
    await user.type(screen.getByRole('textbox', { name: 'House number' }), '5');
    await user.tab();
    await user.keyboard('{Enter}'); // «Find the deputy» from the keyboard
    // The focus does not fall to <body> while the button searches: it lands on the result.
    const found = await screen.findByRole('group', { name: 'Found for this address' });
    await waitFor(() => expect(found).toHaveFocus());
    await user.click(await screen.findByRole('radio', { name: /Бекова Айгуль — Округ №1, Кокшетауский городской маслихат/ }));
    expect(screen.getByTestId('addressee-chosen')).toHaveTextContent('Addressee: Бекова Айгуль');
    const lookup = fake.calls.find((c) => c.url.includes('/addresses/lookup'));
    expect(decodeURIComponent(lookup?.url ?? '')).toContain('settlement=кокшетау&street=абая&house=5');
    expect(bodies).toHaveLength(0);
  }, kSlow);

  it('sends an appeal to a commission of the maslikhat chosen from the list', async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal('fetch', server(bodies).fn);
    const user = userEvent.setup();
    renderWithProviders(<NewAppealPage />);
    await user.click(await screen.findByRole('radio', { name: 'A commission of the maslikhat' }));
    await user.click(screen.getByRole('button', { name: 'Send the appeal' }));
    // No maslikhat yet: that is what is asked for first.
    const select = screen.getByRole('combobox', { name: /^Maslikhat/ });
    expect(await screen.findByText('Choose a maslikhat.')).toBeInTheDocument();
    await waitFor(() => expect(select).toHaveFocus());
    await user.selectOptions(select, 'Кокшетауский городской маслихат');
    await user.click(screen.getByRole('button', { name: 'Send the appeal' }));
    expect(await screen.findByText('Choose a commission.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Постоянная комиссия по социальным вопросам/ }));
    expect(screen.getByTestId('addressee-chosen')).toHaveTextContent(
      'Addressee: Постоянная комиссия по социальным вопросам, Кокшетауский городской маслихат',
    );
    await user.click(screen.getByRole('radio', { name: /Proposal/ }));
    await user.type(screen.getByRole('textbox', { name: /^Subject/ }), 'Мектеп');
    await user.type(screen.getByRole('textbox', { name: /^Text of the appeal/ }), 'Орын жетпейді');
    await user.click(screen.getByRole('button', { name: 'Send the appeal' }));
    expect(await screen.findByTestId('talon-number')).toHaveTextContent('2-2026-00008');
    expect(bodies).toEqual([
      expect.objectContaining({ addressee: 'commission', commission_id: 8, type: 'proposal', subject: 'Мектеп' }),
    ]);
    expect(bodies[0]).not.toHaveProperty('maslikhat_id');
  }, kSlow);

  it('offers the commissions of the maslikhat found by address', async () => {
    vi.stubGlobal('fetch', server([]).fn);
    const user = userEvent.setup();
    renderWithProviders(<NewAppealPage />);
    await user.click(await screen.findByRole('radio', { name: 'A commission of the maslikhat' }));
    const settlement = screen.getByRole('combobox', { name: /Settlement/ });
    await user.type(settlement, 'кокш');
    await screen.findByRole('option', { name: 'Кокшетау', hidden: true });
    await user.keyboard('{ArrowDown}{Enter}');
    await user.click(screen.getByRole('button', { name: 'Find the maslikhat' }));
    await user.click(await screen.findByRole('radio', { name: 'Кокшетауский городской маслихат' }));
    expect(screen.getByRole('combobox', { name: /^Maslikhat/ })).toHaveValue('2');
    expect(await screen.findByRole('radio', { name: /Постоянная комиссия по бюджету/ })).toBeInTheDocument();
  }, kSlow);
});
