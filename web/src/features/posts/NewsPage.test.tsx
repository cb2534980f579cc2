import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { NewsPage } from './NewsPage';

const kCard = {
  id: 5,
  maslikhat_id: 3,
  deputy_id: null,
  commission_id: null,
  okrug_id: null,
  event_id: null,
  sitting_id: null,
  topic: null,
  kind: 'news',
  tags: [],
  state: 'published',
  publish_at: '2026-11-18T05:00:00.000Z',
  lang: 'ru',
  available: ['kk', 'ru'],
  title: 'Ремонт дорог',
  summary: 'Кратко.',
};

describe('NewsPage search', () => {
  it('sends the words to the server and lists what it found', async () => {
    const fake = fakeFetch({
      'GET /api/v1/public/posts': () => json(200, { items: [kCard], next_cursor: null }),
    });
    vi.stubGlobal('fetch', fake.fn);
    renderWithProviders(<NewsPage />, { route: '/news', path: '/news' });
    const user = userEvent.setup();
    await screen.findByText('Ремонт дорог');
    await user.type(screen.getByRole('searchbox', { name: 'Search the news' }), ' дороги {Enter}');
    await waitFor(() => expect(fake.calls.some((c) => new URL(c.url, 'http://x').searchParams.get('q') === 'дороги')).toBe(true));
  });

  it('says that nothing was found for the words', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/v1/public/posts': () => json(200, { items: [], next_cursor: null }) }).fn);
    renderWithProviders(<NewsPage />, { route: '/news?q=%D0%BF%D0%B0%D1%80%D0%BA', path: '/news' });
    expect(await screen.findByText('Nothing found for “парк”.')).toBeInTheDocument();
  });
});
