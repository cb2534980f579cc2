import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../../test/render';
import { stubDocumentFonts } from '../test_appeal';
import type { AnswerTemplate } from '../types';
import { AnswerTemplatesPage } from './AnswerTemplatesPage';

stubDocumentFonts();

function me(role: string) {
  return {
    id: 9,
    email: 'staff@demo.kenes.kz',
    phone: null,
    display_name: 'Staff',
    language: 'kk',
    verified: true,
    iin_masked: null,
    roles: [{ id: 1, role, scope_type: role === 'citizen' ? 'global' : 'maslikhat', scope_id: role === 'citizen' ? null : 2, granted_at: '2026-01-01T00:00:00Z' }],
    totp_enabled: false,
    is_staff: role !== 'citizen',
  };
}

const maslikhat = { id: 2, level: 'city', name_kk: 'Көкшетау қалалық мәслихаты', name_ru: 'Кокшетауский городской маслихат' };

/** A server that keeps the templates it is given and records what changed them. */
function server(role = 'staff') {
  let nextId = 10;
  const templates: AnswerTemplate[] = [
    { id: 1, maslikhat_id: 2, language: 'ru', title: 'Ремонт запланирован', body: 'Ремонт дороги запланирован на лето.', created_at: '2026-03-20T13:30:00Z' },
    { id: 2, maslikhat_id: 2, language: 'kk', title: 'Жөндеу жоспарланған', body: 'Жол жөндеу жазға жоспарланған.', created_at: '2026-03-21T13:30:00Z' },
  ];
  const changes: string[] = [];
  const fake = fakeFetch({
    'GET /api/v1/me': () => json(200, me(role)),
    'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
    'GET /api/v1/maslikhats': () => json(200, { items: [maslikhat] }),
    'GET /api/v1/maslikhats/2/answer-templates': () => json(200, { items: templates }),
    'POST /api/v1/maslikhats/2/answer-templates': (init) => {
      const body = JSON.parse(String(init.body)) as Pick<AnswerTemplate, 'language' | 'title' | 'body'>;
      const added = { ...body, id: nextId++, maslikhat_id: 2, created_at: '2026-04-01T05:00:00Z' };
      templates.push(added);
      changes.push(`add ${added.id} ${body.language} ${body.title}`);
      return json(201, added);
    },
  });
  // PUT and DELETE paths carry the id; fakeFetch matches whole paths, so route them here.
  const fn: typeof fetch = async (input, init = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const match = /\/api\/v1\/maslikhats\/2\/answer-templates\/(\d+)$/.exec(url);
    if (match && init.method?.toUpperCase() === 'PUT') {
      const id = Number(match[1]);
      const body = JSON.parse(String(init.body)) as Pick<AnswerTemplate, 'language' | 'title' | 'body'>;
      const at = templates.findIndex((tpl) => tpl.id === id);
      const old = templates[at];
      if (!old) return json(404, { error: { code: 'not_found', message: 'x' } });
      templates[at] = { ...old, ...body };
      changes.push(`put ${id} ${body.language} ${body.title}`);
      return json(200, templates[at]);
    }
    if (match && init.method?.toUpperCase() === 'DELETE') {
      const id = Number(match[1]);
      const at = templates.findIndex((tpl) => tpl.id === id);
      if (at >= 0) templates.splice(at, 1);
      changes.push(`delete ${id}`);
      return json(204, null);
    }
    return fake.fn(input, init);
  };
  return { fn, changes, templates };
}

const kSlow = 30_000;

describe('AnswerTemplatesPage', () => {
  it('lists the templates by language', async () => {
    vi.stubGlobal('fetch', server().fn);
    renderWithProviders(<AnswerTemplatesPage />);
    const kazakh = await screen.findByRole('region', { name: 'In Kazakh (1)' });
    expect(within(kazakh).getByRole('heading', { name: 'Жөндеу жоспарланған' })).toBeInTheDocument();
    const russian = screen.getByRole('region', { name: 'In Russian (1)' });
    expect(within(russian).getByText('Ремонт дороги запланирован на лето.')).toBeInTheDocument();
    expect(within(russian).getByText('Added on 03/20/2026')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'In English (0)' })).getByText('No templates in this language yet.')).toBeInTheDocument();
    expect(screen.getByText('Кокшетауский городской маслихат')).toBeInTheDocument();
  });

  it('adds a template after checking the form', async () => {
    const fake = server();
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<AnswerTemplatesPage />);
    await user.click(await screen.findByRole('button', { name: 'Add a template' }));
    expect(screen.getByRole('heading', { name: 'New template' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Save the template' }));
    const title = screen.getByRole('textbox', { name: /^Title/ });
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /^Text of the answer/ })).toHaveAttribute('aria-invalid', 'true');
    expect(fake.changes).toEqual([]);

    await user.selectOptions(screen.getByRole('combobox', { name: /Language of the template/ }), 'en');
    await user.type(title, '  Road repair  ');
    await user.type(screen.getByRole('textbox', { name: /^Text of the answer/ }), 'The road will be repaired in May.');
    await user.click(screen.getByRole('button', { name: 'Save the template' }));
    expect(await screen.findByText('The template “Road repair” is added.')).toBeInTheDocument();
    expect(fake.changes).toEqual(['add 10 en Road repair']);
    const english = await screen.findByRole('region', { name: 'In English (1)' });
    expect(within(english).getByRole('heading', { name: 'Road repair' })).toBeInTheDocument();
  }, kSlow);

  it('edits a template in place', async () => {
    const fake = server();
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<AnswerTemplatesPage />);
    await user.click(await screen.findByRole('button', { name: 'Edit «Ремонт запланирован»' }));
    const form = screen.getByRole('form', { name: 'Edit the template “Ремонт запланирован”' });
    const title = within(form).getByRole('textbox', { name: /^Title/ });
    expect(title).toHaveValue('Ремонт запланирован');
    await user.clear(title);
    await user.type(title, 'Ремонт в мае');
    await user.click(within(form).getByRole('button', { name: 'Save the template' }));
    expect(await screen.findByText('The template “Ремонт в мае” is saved.')).toBeInTheDocument();
    expect(fake.changes).toEqual(['put 1 ru Ремонт в мае']);
    expect(await screen.findByRole('heading', { name: 'Ремонт в мае' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Ремонт запланирован' })).not.toBeInTheDocument();
  }, kSlow);

  it('deletes a template only once confirmed, with focus following the question', async () => {
    const fake = server();
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<AnswerTemplatesPage />);
    const del = await screen.findByRole('button', { name: 'Delete «Жөндеу жоспарланған»' });
    await user.click(del);
    const yes = screen.getByRole('button', { name: 'Yes, delete' });
    expect(yes).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Delete «Жөндеу жоспарланған»' })).toHaveFocus();
    expect(fake.changes).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Delete «Жөндеу жоспарланған»' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(await screen.findByText('The template “Жөндеу жоспарланған” is deleted.')).toBeInTheDocument();
    expect(fake.changes).toEqual(['delete 2']);
    expect(await screen.findByRole('region', { name: 'In Kazakh (0)' })).toBeInTheDocument();
  }, kSlow);

  it('tells others that only staff manage templates', async () => {
    vi.stubGlobal('fetch', server('citizen').fn);
    renderWithProviders(<AnswerTemplatesPage />);
    expect(await screen.findByText('Only the staff of a maslikhat can manage its answer templates.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a template' })).not.toBeInTheDocument();
  });
});
