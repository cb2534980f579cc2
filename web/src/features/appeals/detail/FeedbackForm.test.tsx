import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../../test/render';
import { kAppealsKey } from '../hooks';
import { stubDocumentFonts, testAppeal } from '../test_appeal';
import { canGiveFeedback, FeedbackForm, FeedbackResult } from './FeedbackForm';

stubDocumentFonts();

const answered = testAppeal({ access: 'applicant', status: 'answered', answer_text: 'Жөнделеді.', outcome: 'satisfied' });

describe('feedback', () => {
  it('is asked of the applicant of an answered appeal until they say it is solved', () => {
    expect(canGiveFeedback(answered)).toBe(true);
    expect(canGiveFeedback({ ...answered, status: 'closed', feedback_solved: false })).toBe(true);
    expect(canGiveFeedback({ ...answered, feedback_solved: true })).toBe(false);
    expect(canGiveFeedback({ ...answered, access: 'staff' })).toBe(false);
    expect(canGiveFeedback({ ...answered, status: 'in_consideration' })).toBe(false);
  });

  it('"not solved" needs a comment, says the appeal reopens, and sends both', { timeout: 30_000 }, async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
        'POST /api/v1/appeals/7/feedback': (init) => {
          bodies.push(JSON.parse(String(init.body)));
          return json(200, { ...answered, status: 'reopened', feedback_solved: false, due_on: '2027-01-15' });
        },
      }).fn,
    );
    const user = userEvent.setup();
    const { client } = renderWithProviders(<FeedbackForm appeal={answered} />);
    await user.click(screen.getByRole('button', { name: 'Send my rating' }));
    expect(screen.getByText('Choose one of the answers.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Yes, it was solved' })).toHaveFocus());

    expect(screen.getByRole('group', { name: 'Was the problem solved?' })).toHaveAccessibleDescription(
      'Choose one of the answers.',
    );

    await user.click(screen.getByRole('radio', { name: 'No, it was not solved' }));
    expect(screen.getByText(/The appeal will be reopened and considered again/)).toBeInTheDocument();
    // Answered: its message goes at once, before the next send.
    await waitFor(() => expect(screen.queryByText('Choose one of the answers.')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Send my rating' }));
    expect(screen.getByRole('textbox', { name: /^Comment/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Tell us what is still not solved.')).toBeInTheDocument();
    expect(bodies).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: /^Comment/ }), 'Шұңқыр әлі бар');
    await user.click(screen.getByRole('button', { name: 'Send my rating' }));
    await waitFor(() => expect(bodies).toEqual([{ solved: false, comment: 'Шұңқыр әлі бар' }]));
    // The page reads the appeal from the cache: it now holds the reopened appeal as the server sent it.
    await waitFor(() =>
      expect(client.getQueryData([...kAppealsKey, 'one', 7])).toMatchObject({ status: 'reopened', due_on: '2027-01-15' }),
    );
  });

  it('tells the applicant what their answer did', () => {
    const { unmount } = renderWithProviders(<FeedbackResult appeal={{ ...answered, feedback_solved: true }} />);
    expect(screen.getByText('Thank you! You said the problem was solved.')).toBeInTheDocument();
    unmount();
    renderWithProviders(<FeedbackResult appeal={{ ...answered, status: 'reopened', feedback_solved: false }} />);
    expect(
      screen.getByText('You said the problem was not solved: the appeal is reopened and will be considered again.'),
    ).toBeInTheDocument();
  });
});
