import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import type { PublicPost } from './hooks';
import { PostPage } from './PostPage';

const kPost: PublicPost = {
  id: 7,
  maslikhat_id: 3,
  deputy_id: null,
  commission_id: null,
  okrug_id: null,
  event_id: null,
  sitting_id: null,
  topic: null,
  kind: 'news',
  tags: ['жолдар'],
  state: 'published',
  publish_at: '2026-11-18T05:00:00.000Z',
  lang: 'ru',
  available: ['kk', 'ru'],
  title: 'Сессия прошла',
  summary: 'Кратко.',
  body_html: '<p><strong>12</strong> вопросов</p>\n',
  links: { event: null, sitting: null, topic: null },
};

describe('PostPage', () => {
  it('shows the server HTML and says which language it falls back to', async () => {
    const fake = fakeFetch({
      'GET /api/v1/public/posts/7': () => json(200, kPost),
    });
    vi.stubGlobal('fetch', fake.fn);
    renderWithProviders(<PostPage />, { route: '/posts/7?lang=en', path: '/posts/:id' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Сессия прошла' })).toBeInTheDocument();
    expect(screen.getByTestId('post-body').querySelector('strong')).toHaveTextContent('12');
    expect(screen.getByTestId('post-fallback')).toHaveTextContent('shown in Russian');
    expect(screen.getByTestId('post-fallback')).toHaveTextContent('Available in: Kazakh, Russian');
    expect(screen.getByRole('link', { name: 'Kazakh' })).toHaveAttribute('href', '/posts/7?lang=kk');
    expect(fake.calls[0]?.url).toContain('lang=en');
  });

  it('links to the event, the sitting and the topic it is about', async () => {
    const post: PublicPost = {
      ...kPost,
      event_id: 4,
      sitting_id: 5,
      topic: 'roads',
      links: {
        event: { id: 4, title: 'Встреча с избирателями', starts_at: '2026-12-02T18:00' },
        sitting: { id: 5, number: 21, kind: 'regular', held_on: '2026-12-10', starts_at: '10:00', commission_id: null, commission_name: '' },
        topic: { key: 'roads', name: 'Дороги' },
      },
    };
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/v1/public/posts/7': () => json(200, post) }).fn);
    renderWithProviders(<PostPage />, { route: '/posts/7', path: '/posts/:id' });
    expect(await screen.findByRole('link', { name: 'Встреча с избирателями' })).toHaveAttribute('href', '/events/4');
    expect(screen.getByTestId('post-about')).toHaveTextContent('02.12.2026 18:00');
    expect(screen.getByRole('link', { name: 'Session No. 21, 10.12.2026' })).toHaveAttribute('href', '/sittings/5');
    expect(screen.getByRole('link', { name: 'Дороги' })).toHaveAttribute('href', '/news?topic=roads');
  });

  it('says when the post is not there', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/v1/public/posts/8': () => json(404, { error: { code: 'not_found' } }) }).fn);
    renderWithProviders(<PostPage />, { route: '/posts/8', path: '/posts/:id' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Post not found' })).toBeInTheDocument();
  });
});
