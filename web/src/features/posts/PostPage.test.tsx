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
  kind: 'news',
  tags: ['жолдар'],
  state: 'published',
  publish_at: '2026-11-18T05:00:00.000Z',
  lang: 'ru',
  available: ['kk', 'ru'],
  title: 'Сессия прошла',
  summary: 'Кратко.',
  body_html: '<p><strong>12</strong> вопросов</p>\n',
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

  it('says when the post is not there', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/v1/public/posts/8': () => json(404, { error: { code: 'not_found' } }) }).fn);
    renderWithProviders(<PostPage />, { route: '/posts/8', path: '/posts/:id' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Post not found' })).toBeInTheDocument();
  });
});
