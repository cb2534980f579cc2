// A published plan's editions on its page: each listed as «Edition N of <date in words>» with what
// changed, linking to the frozen plan; the staff fix a new edition — both notes required (said
// under the fields, focus on the first), then the new edition's link takes the focus.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { stubDocumentFonts } from '../appeals/test_appeal';
import { lists, staffMe, testPlan } from './test_data';
import { WorkPlanPage } from './WorkPlanPage';

stubDocumentFonts();

beforeEach(() => {
  document.cookie = 'kenes_csrf=test-token';
});

const second = { number: 2, fixed_at: '2026-06-03T06:00:00.000Z', note_kk: '3-тармақ орындалды', note_ru: 'Пункт 3 выполнен' };

describe('Editions', () => {
  it('lists the editions with their dates in words and notes, without the form for the public', async () => {
    const plan = testPlan({ versions: [...testPlan().versions, second] });
    vi.stubGlobal('fetch', fakeFetch({ ...lists, 'GET /api/v1/me': () => json(401, {}), 'GET /api/v1/public/work-plans/40': () => json(200, plan) }).fn);
    renderWithProviders(<WorkPlanPage />, { route: '/work-plans/40', path: '/work-plans/:id' });

    const section = await screen.findByRole('region', { name: 'Editions' });
    expect(within(section).getByRole('link', { name: 'Edition 1 of January 15, 2026' })).toHaveAttribute('href', '/work-plans/40/versions/1');
    expect(within(section).getByRole('link', { name: 'Edition 2 of June 3, 2026' })).toHaveAttribute('href', '/work-plans/40/versions/2');
    expect(within(section).getByText('What changed: Пункт 3 выполнен')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Fix a new edition' })).toBeNull();
  });

  it('lets the staff fix a new edition: both notes required, then the new edition takes the focus', async () => {
    const posts: unknown[] = [];
    const plan = testPlan({ can_edit: true });
    const fake = fakeFetch({
      ...lists,
      'GET /api/v1/me': () => json(200, staffMe),
      'GET /api/v1/public/work-plans/40': () => json(200, plan),
      'POST /api/v1/work-plans/40/versions': (init) => {
        posts.push(JSON.parse(String(init.body)));
        return json(201, { ...plan, versions: [...plan.versions, second] });
      },
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<WorkPlanPage />, { route: '/work-plans/40', path: '/work-plans/:id' });

    const form = await screen.findByRole('form', { name: 'Fix a new edition' });
    await user.click(within(form).getByRole('button', { name: 'Fix edition 2' }));
    const kk = within(form).getByRole('textbox', { name: /What changed, in Kazakh/ });
    await waitFor(() => expect(kk).toHaveFocus());
    expect(kk).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getAllByText('Fill in this field.')).toHaveLength(2);
    expect(posts).toHaveLength(0);
    await user.type(kk, '3-тармақ орындалды');
    await user.type(within(form).getByRole('textbox', { name: /What changed, in Russian/ }), 'Пункт 3 выполнен');
    await user.click(within(form).getByRole('button', { name: 'Fix edition 2' }));
    await waitFor(() => expect(posts).toEqual([{ note_kk: '3-тармақ орындалды', note_ru: 'Пункт 3 выполнен' }]));
    const link = await screen.findByRole('link', { name: 'Edition 2 of June 3, 2026' });
    await waitFor(() => expect(link).toHaveFocus());
  });

  it('says in words when the server refuses an edition', async () => {
    const plan = testPlan({ can_edit: true, versions: Array.from({ length: 100 }, (_, i) => ({ ...second, number: i + 1 })) });
    const fake = fakeFetch({
      ...lists,
      'GET /api/v1/me': () => json(200, staffMe),
      'GET /api/v1/public/work-plans/40': () => json(200, plan),
      'POST /api/v1/work-plans/40/versions': () => json(422, { error: { code: 'invalid_argument', message: 'x', fields: { versions: 'too_many' } } }),
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<WorkPlanPage />, { route: '/work-plans/40', path: '/work-plans/:id' });

    const form = await screen.findByRole('form', { name: 'Fix a new edition' });
    await user.type(within(form).getByRole('textbox', { name: /What changed, in Kazakh/ }), 'Өзгерді');
    await user.type(within(form).getByRole('textbox', { name: /What changed, in Russian/ }), 'Изменено');
    await user.click(within(form).getByRole('button', { name: 'Fix edition 101' }));
    expect(await within(form).findByText(/A plan may have at most 100 editions/)).toBeInTheDocument();
  });
});
