import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { stubDocumentFonts } from '../appeals/test_appeal';
import { kTestMe } from '../notifications/test_server';
import type { StaffTask } from './hooks';
import { TasksPage } from './TasksPage';

stubDocumentFonts();

const kStaff = {
  ...kTestMe,
  is_staff: true,
  roles: [{ id: 9, role: 'staff', scope_type: 'maslikhat', scope_id: 3, granted_at: '2026-01-01T00:00:00Z' }],
};

const kTask: StaffTask = {
  id: 11,
  maslikhat_id: 3,
  kind: 'call',
  subject_type: 'reception_booking',
  subject_id: 40,
  person_name: 'Ахметова Сауле',
  phone: '+77051112233',
  address: '',
  language: 'kk',
  message: 'Қабылдау ауыстырылды\n\nБұрынғы уақыты: 02.12.2026 10:20',
  status: 'open',
  created_at: '2026-11-18T05:00:00Z',
  done_by: null,
  done_at: null,
  note: '',
};

describe('TasksPage', () => {
  it('lists the open call tasks with the phone and the message, and marks one done with a note', async () => {
    let done = false;
    const fake = fakeFetch({
      'GET /api/v1/me': () => json(200, kStaff),
      'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
      'GET /api/v1/maslikhats/3/staff-tasks': () => json(200, { items: done ? [] : [kTask], open: done ? 0 : 1 }),
      'POST /api/v1/staff-tasks/11/done': () => {
        done = true;
        return json(200, { ...kTask, status: 'done', note: 'Дозвонились' });
      },
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<TasksPage />);
    const card = await screen.findByTestId('staff-task');
    expect(card).toHaveTextContent('Call: Ахметова Сауле');
    expect(within(card).getByRole('link', { name: '+77051112233' })).toHaveAttribute('href', 'tel:+77051112233');
    expect(card).toHaveTextContent('Бұрынғы уақыты: 02.12.2026 10:20');
    expect(screen.getByRole('status')).toHaveTextContent('Open tasks: 1');
    await user.click(within(card).getByRole('button', { name: 'Mark done' }));
    await user.type(screen.getByRole('textbox', { name: /Note/ }), 'Дозвонились');
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.getByText('No open tasks.')).toBeInTheDocument());
    const post = fake.calls.find((c) => c.url.endsWith('/api/v1/staff-tasks/11/done'));
    expect(JSON.parse(String(post?.init.body))).toEqual({ note: 'Дозвонились' });
  });

  it('tells someone who is not staff that tasks are not for them', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/v1/me': () => json(200, kTestMe) }).fn);
    renderWithProviders(<TasksPage />);
    expect(await screen.findByText("Only the maslikhat's staff see tasks.")).toBeInTheDocument();
  });

  it('offers the letter of a letter task as a PDF link, and none on a call task', async () => {
    const letter: StaffTask = { ...kTask, id: 12, kind: 'letter', subject_type: 'appeal', subject_id: 7, address: 'Көкшетау, Абай көшесі, 1' };
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/me': () => json(200, kStaff),
        'GET /api/v1/maslikhats/3/staff-tasks': () => json(200, { items: [kTask, letter], open: 2 }),
      }).fn,
    );
    renderWithProviders(<TasksPage />);
    const cards = await screen.findAllByTestId('staff-task');
    expect(cards).toHaveLength(2);
    const [callCard, letterCard] = cards as [HTMLElement, HTMLElement];
    expect(within(callCard).queryByRole('link', { name: 'Letter (PDF)' })).toBeNull();
    expect(within(letterCard).getByRole('link', { name: 'Letter (PDF)' })).toHaveAttribute('href', '/api/v1/staff-tasks/12/letter.pdf');
  });
});
