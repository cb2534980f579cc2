import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { MoveSessionForm } from './MoveSessionForm';
import { testSession } from './test_data';

describe('MoveSessionForm', () => {
  it('sends the new day and time, and shows a holiday refused by the calendar in words', async () => {
    const fake = fakeFetch({
      'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
      'POST /api/v1/reception-sessions/7/move': () =>
        json(422, { error: { code: 'invalid_argument', message: 'invalid day', fields: { day: 'not_working_day' } } }),
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    const session = testSession({ day: '2099-03-02' });
    renderWithProviders(<MoveSessionForm session={session} onDone={() => undefined} onMoved={() => undefined} />);
    const day = screen.getByRole('textbox', { name: /New date/ });
    await user.clear(day);
    await user.type(day, '2099-12-16');
    const time = screen.getByRole('textbox', { name: /New start time/ });
    await user.clear(time);
    await user.type(time, '15:00');
    await user.click(screen.getByRole('button', { name: 'Move the reception' }));
    expect(
      await screen.findAllByText('That day is not a working day of the production calendar: pick a working day.'),
    ).not.toHaveLength(0);
    const post = fake.calls.find((c) => c.url.endsWith('/move'));
    expect(JSON.parse(String(post?.init.body))).toEqual({ day: '2099-12-16', starts_at: '15:00' });
  });
});
