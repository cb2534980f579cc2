// The question–answer section: the public reads published questions as an accordion in its
// language, with a visible note where the text is in another; the maslikhat's staff see the drafts,
// publish one, and add a question through the dialog's form (a refusal shown in words).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { stubDocumentFonts } from '../appeals/test_appeal';
import { MaslikhatQuestions } from './MaslikhatQuestions';
import { testQuestion, testQuestions } from './test_data';

stubDocumentFonts();

beforeEach(() => {
  document.cookie = 'kenes_csrf=test-token';
});

describe('MaslikhatQuestions', () => {
  it('shows the published questions, opens an answer, and says when it is in another language', async () => {
    const fake = fakeFetch({ 'GET /api/v1/maslikhats/3/questions': () => json(200, testQuestions()) });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<MaslikhatQuestions maslikhatId={3} />);

    const section = await screen.findByRole('region', { name: 'Questions and answers' });
    const first = await within(section).findByRole('button', { name: 'How do I file an appeal?' });
    expect(fake.calls[0]?.url).not.toContain('all=');
    // No English text: the Russian is shown, in Russian, and the page says so when it is opened.
    const second = within(section).getByRole('button', { name: 'Когда проходят сессии?' });
    expect(within(second).getByText('Когда проходят сессии?')).toHaveAttribute('lang', 'ru');
    await user.click(second);
    const note = await screen.findByTestId('question-fallback');
    await waitFor(() => expect(note).toBeVisible());
    expect(note).toHaveTextContent('Not available in your language; shown in Russian.');
    expect(screen.getByText(/Раз в квартал\./)).toHaveAttribute('lang', 'ru');
    // The first one opens with the keyboard; its answer is in English.
    first.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByText('Through Kenes or in writing.')).toBeVisible());
    expect(first).toHaveAttribute('aria-expanded', 'true');
    // The public gets no staff tools.
    expect(screen.queryByRole('button', { name: 'Add a question' })).toBeNull();
    expect(screen.queryByTestId('question-staff-tools')).toBeNull();
    expect(screen.queryByText('Draft, not published')).toBeNull();
  });

  it('says so when nothing is published yet', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/v1/maslikhats/3/questions': () => json(200, { items: [], can_edit: false }) }).fn);
    renderWithProviders(<MaslikhatQuestions maslikhatId={3} />);
    expect(await screen.findByText('No answers to common questions yet.')).toBeInTheDocument();
  });

  it('lets the staff publish a draft and add a question through the dialog', async () => {
    const sent: { key: string; body: unknown }[] = [];
    const fake = fakeFetch({
      'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
      'GET /api/v1/maslikhats/3/questions': () => json(200, testQuestions(true)),
      'PATCH /api/v1/questions/83': (init) => {
        sent.push({ key: 'patch', body: JSON.parse(String(init.body)) });
        return json(200, testQuestion({ id: 83, state: 'published' }));
      },
      'POST /api/v1/maslikhats/3/questions': (init) => {
        sent.push({ key: 'post', body: JSON.parse(String(init.body)) });
        return json(422, { error: { code: 'invalid_argument', message: 'x', fields: { questions: 'too_many' } } });
      },
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<MaslikhatQuestions maslikhatId={3} staff />);

    const draft = await screen.findByRole('button', { name: /^Можно ли подписаться на новости\?/ });
    expect(fake.calls[0]?.url).toContain('all=true');
    expect(within(draft).getByText('Draft, not published')).toBeInTheDocument();
    await user.click(draft);
    await user.click(await screen.findByRole('button', { name: 'Publish: Можно ли подписаться на новости?' }));
    await waitFor(() => expect(sent).toContainEqual({ key: 'patch', body: { state: 'published' } }));
    expect(await screen.findByText('Published.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add a question' }));
    const dialog = await screen.findByRole('dialog', { name: 'A new question' });
    const add = await within(dialog).findByRole('button', { name: 'Add' });
    // Nothing typed: the four required texts say so, and nothing is sent.
    await user.click(add);
    expect(within(dialog).getAllByText('Fill in this field.')).toHaveLength(4);
    expect(sent.filter((s) => s.key === 'post')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /^Question in Kazakh/ }), 'Сессия қашан?');
    await user.type(within(dialog).getByRole('textbox', { name: /^Question in Russian/ }), 'Когда сессия?');
    await user.type(within(dialog).getByRole('textbox', { name: /^Answer in Kazakh/ }), 'Желтоқсанда.');
    await user.type(within(dialog).getByRole('textbox', { name: /^Answer in Russian/ }), 'В декабре.');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Publish at once' }));
    await user.click(add);
    await waitFor(() => expect(sent.filter((s) => s.key === 'post')).toHaveLength(1));
    expect(sent.find((s) => s.key === 'post')?.body).toEqual({
      question_kk: 'Сессия қашан?',
      question_ru: 'Когда сессия?',
      question_en: '',
      answer_kk: 'Желтоқсанда.',
      answer_ru: 'В декабре.',
      answer_en: '',
      state: 'published',
    });
    expect(await within(dialog).findByText(/At most 100 questions, drafts included\./)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'A new question' })).toBeNull());
  });
});
