// Attendance as it changes during a sitting: a deputy ticked present who came at item 2 is sent
// as a move, with the item; the staff tools show the form for it.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { stubDocumentFonts } from '../appeals/test_appeal';
import { SittingStaffTools } from './SittingStaffTools';
import { testSitting } from './test_data';

// Mantine's autosize text areas (in the decision form beside) wait for document.fonts.
stubDocumentFonts();

const sitting = testSitting();

beforeEach(() => {
  document.cookie = 'kenes_csrf=test-token';
});

describe('AttendanceForm', () => {
  it('sends who came late, at which item', async () => {
    const bodies: unknown[] = [];
    const fake = fakeFetch({
      'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
      'GET /api/v1/public/acts': () => json(200, { items: [], next_cursor: null }),
      'PUT /api/v1/sittings/7/attendance': (init) => {
        bodies.push(JSON.parse(String(init.body)));
        return json(200, sitting);
      },
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<SittingStaffTools sitting={sitting} />);

    await user.click(screen.getByRole('button', { name: 'Add a change' }));
    const change = screen.getByRole('group', { name: 'Change 1' });
    expect(change).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Deputy' }), '22');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Arrived at' }), '12');
    await user.click(screen.getByRole('button', { name: 'Save the attendance' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({ present: [21, 22], moves: [{ deputy_id: 22, arrived_at_item_id: 12 }] });
  });
});
