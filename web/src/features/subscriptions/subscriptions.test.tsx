import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { kTestMe } from '../notifications/test_server';
import { FollowButton } from './FollowButton';
import type { Subscription } from './hooks';
import { SubscriptionsPage } from './SubscriptionsPage';
import { targetPath } from './target_path';
import { UnsubscribePage } from './UnsubscribePage';

const kToken = '1.5.s3.0123456789abcdef0123456789abcdef';

function follow(over: Partial<Subscription> = {}): Subscription {
  return {
    id: 3,
    target: { kind: 'deputy', id: 7, tag: null },
    name: 'Bekova Aigul',
    delivery: 'daily',
    created_at: '2026-11-18T11:00:00.000Z',
    ...over,
  };
}

describe('FollowButton', () => {
  it('sends a guest to sign in and back', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/v1/me': () => json(401, { error: { code: 'unauthenticated' } }) }).fn);
    renderWithProviders(<FollowButton target={{ kind: 'deputy', id: 7 }} />, { route: '/deputies/7' });
    expect(await screen.findByRole('link', { name: 'Follow the deputy' })).toHaveAttribute(
      'href',
      '/login?next=%2Fdeputies%2F7',
    );
  });

  it('follows with a daily digest, then offers the choice and unfollowing', async () => {
    let items: Subscription[] = [];
    const posted: unknown[] = [];
    const patched: unknown[] = [];
    const server = fakeFetch({
      'GET /api/v1/me': () => json(200, kTestMe),
      'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
      'GET /api/v1/me/subscriptions': () => json(200, { items, limit: 100 }),
      'POST /api/v1/me/subscriptions': (init) => {
        posted.push(JSON.parse(String(init.body)));
        items = [follow()];
        return json(201, items[0]);
      },
      'PATCH /api/v1/me/subscriptions/3': (init) => {
        patched.push(JSON.parse(String(init.body)));
        items = [follow({ delivery: 'weekly' })];
        return json(200, items[0]);
      },
      'DELETE /api/v1/me/subscriptions/3': () => {
        items = [];
        return json(204, null);
      },
    });
    vi.stubGlobal('fetch', server.fn);
    const user = userEvent.setup();
    renderWithProviders(<FollowButton target={{ kind: 'deputy', id: 7 }} />);
    await user.click(await screen.findByRole('button', { name: 'Follow the deputy' }));
    expect(posted).toEqual([{ target_kind: 'deputy', target_id: 7, delivery: 'daily', lang: 'en' }]);
    const choice = await screen.findByRole('combobox', { name: 'Following. How news reach you' });
    expect(choice).toHaveValue('daily');
    await user.selectOptions(choice, 'weekly');
    await vi.waitFor(() => expect(patched).toEqual([{ delivery: 'weekly', lang: 'en' }]));
    await user.click(screen.getByRole('button', { name: 'Unfollow' }));
    expect(await screen.findByRole('button', { name: 'Follow the deputy' })).toBeInTheDocument();
  });

  it('says when the limit is reached instead of failing', async () => {
    const many = Array.from({ length: 100 }, (_, i) => follow({ id: i + 10, target: { kind: 'tag', id: null, tag: `t${String(i)}` } }));
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/me': () => json(200, kTestMe),
        'GET /api/v1/me/subscriptions': () => json(200, { items: many, limit: 100 }),
      }).fn,
    );
    renderWithProviders(<FollowButton target={{ kind: 'tag', tag: 'budget' }} label="Follow #budget" />);
    expect(await screen.findByRole('button', { name: 'Follow #budget' })).toBeDisabled();
    expect(screen.getByText(/reached the limit/)).toBeInTheDocument();
  });
});

describe('SubscriptionsPage', () => {
  it('lists the follows with links to their pages and a delivery choice each', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/me': () => json(200, kTestMe),
        'GET /api/v1/me/subscriptions': () =>
          json(200, {
            items: [follow(), follow({ id: 4, target: { kind: 'tag', id: null, tag: 'жол' }, name: '#жол', delivery: 'in_app' })],
            limit: 100,
          }),
      }).fn,
    );
    renderWithProviders(<SubscriptionsPage />, { route: '/me/subscriptions' });
    const rows = await screen.findAllByTestId('follow-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link', { name: 'Bekova Aigul' })).toHaveAttribute('href', '/deputies/7');
    expect(within(rows[1]!).getByRole('link', { name: '#жол' })).toHaveAttribute('href', '/news?tag=%D0%B6%D0%BE%D0%BB');
    expect(within(rows[1]!).getByRole('combobox', { name: 'How news reach you' })).toHaveValue('in_app');
    expect(screen.getByRole('heading', { name: 'Follows: 2 of 100' })).toBeInTheDocument();
  });

  it('builds every kind of target link', () => {
    expect(targetPath({ kind: 'okrug', id: 2, tag: null })).toBe('/okrugs/2');
    expect(targetPath({ kind: 'commission', id: 3, tag: null })).toBe('/commissions/3');
    expect(targetPath({ kind: 'maslikhat', id: 4, tag: null })).toBe('/maslikhats/4');
  });
});

describe('UnsubscribePage', () => {
  it('names what stops, stops only when pressed, and says so', async () => {
    let stopped = false;
    const server = fakeFetch({
      'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
      'GET /api/v1/unsubscribe': () =>
        json(200, { scope: 'subscription', subscription: follow({ delivery: stopped ? 'in_app' : 'immediate' }), language: 'kk', mail_stopped: stopped }),
      'POST /api/v1/unsubscribe': () => {
        stopped = true;
        return json(200, { scope: 'subscription', subscription: follow({ delivery: 'in_app' }), language: 'kk', mail_stopped: true });
      },
    });
    vi.stubGlobal('fetch', server.fn);
    const user = userEvent.setup();
    renderWithProviders(<UnsubscribePage />, { route: `/unsubscribe?token=${kToken}` });
    expect(await screen.findByText('E-mails about what is new on «Bekova Aigul» (Deputy).')).toBeInTheDocument();
    expect(stopped).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Stop these e-mails' }));
    expect(await screen.findByText('Done: no more e-mails. News stay in your notifications.')).toBeInTheDocument();
    expect(server.calls.some((c) => c.url.includes(`/api/v1/unsubscribe?token=${kToken}`) && c.init.method === 'POST')).toBe(true);
  });

  it('says plainly when the link is not valid', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/unsubscribe': () => json(404, { error: { code: 'not_found', message: 'x', fields: { token: 'invalid' } } }),
      }).fn,
    );
    renderWithProviders(<UnsubscribePage />, { route: '/unsubscribe?token=1.2.daily.00' });
    expect(await screen.findByRole('alert')).toHaveTextContent('This link is not valid');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
