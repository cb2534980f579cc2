// A work plan for the tests: three items in quarters 1 and 4, one done and linked to a sitting and
// an act, one postponed with a note; its edition 1 fixed when it was published.
import { json } from '../../test/render';
import type { WorkPlanDetail } from './hooks';

export function testPlan(overrides: Partial<WorkPlanDetail> = {}): WorkPlanDetail {
  return {
    id: 40,
    maslikhat_id: 3,
    commission_id: null,
    commission: null,
    year: 2026,
    title_kk: 'Мәслихаттың 2026 жылға арналған жұмыс жоспары',
    title_ru: 'План работы маслихата на 2026 год',
    state: 'published',
    published_at: '2026-01-15T05:00:00.000Z',
    created_at: '2026-01-10T05:00:00.000Z',
    updated_at: '2026-12-01T05:00:00.000Z',
    items_count: 3,
    done_count: 1,
    can_edit: false,
    versions: [{ number: 1, fixed_at: '2026-01-15T05:00:00.000Z', note_kk: '', note_ru: '' }],
    items: [
      {
        id: 401,
        number: 1,
        text_kk: 'Бюджеттің атқарылуы туралы есеп',
        text_ru: 'Отчёт об исполнении бюджета',
        responsible: 'Руководитель отдела финансов',
        deputy_id: null,
        deputy: null,
        quarter: 1,
        status: 'postponed',
        note: 'Перенесено на II квартал',
        sitting_id: null,
        sitting: null,
        act_id: null,
        act: null,
        updated_at: '2026-03-01T05:00:00.000Z',
      },
      {
        id: 402,
        number: 2,
        text_kk: 'Бюджетке өзгерістер енгізу туралы',
        text_ru: 'О внесении изменений в бюджет',
        responsible: 'Секретарь маслихата',
        deputy_id: 21,
        deputy: { name_kk: 'Ахметов Ерлан', name_ru: 'Ахметов Ерлан' },
        quarter: 4,
        status: 'done',
        note: '',
        sitting_id: 7,
        sitting: { held_on: '2026-11-17', number: 14, convocation: 8, commission_name_kk: '', commission_name_ru: '' },
        act_id: 9,
        act: { number: '14/1-VIII', title_kk: 'Бюджет туралы', title_ru: 'О бюджете' },
        updated_at: '2026-11-20T05:00:00.000Z',
      },
      {
        id: 403,
        number: 3,
        text_kk: 'Келесі жылдың жоспары',
        text_ru: 'План на следующий год',
        responsible: 'Секретарь маслихата',
        deputy_id: null,
        deputy: null,
        quarter: 4,
        status: 'in_progress',
        note: '',
        sitting_id: null,
        sitting: null,
        act_id: null,
        act: null,
        updated_at: '2026-11-20T05:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

// A staff member of maslikhat 3, and the lists the plan page's editors ask for (empty).
export const staffMe = {
  id: 5,
  email: 'staff@example.kz',
  display_name: 'Staff',
  language: 'en',
  roles: [{ id: 1, role: 'staff', scope_type: 'maslikhat', scope_id: 3 }],
};

export const lists = {
  'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
  'GET /api/v1/public/acts': () => json(200, { items: [], next_cursor: null }),
  'GET /api/v1/public/sittings': () => json(200, { items: [] }),
  'GET /api/v1/deputies': () => json(200, { items: [], next_cursor: null }),
};
