// A sitting for the staff forms' tests: two deputies present, two agenda items.
import type { SittingDetail } from './hooks';

export function testSitting(): SittingDetail {
  return {
    id: 7,
    maslikhat_id: 3,
    convocation: 8,
    number: 14,
    kind: 'regular',
    closed: false,
    held_on: '2026-12-10',
    starts_at: '10:00',
    place: 'Зал',
    broadcast_url: '',
    video_url: '',
    announced_on: '2026-12-01',
    elected_deputies: 2,
    quorum_num: 2,
    quorum_den: 3,
    quorum_more_than: false,
    announcement_post_id: null,
    results_post_id: null,
    commission_id: null,
    commission: null,
    agenda: [
      { id: 11, position: 1, title_kk: 'Бюджет', title_ru: 'Бюджет', rapporteur: '', quorum: { present: 2, needed: 2, quorate: true } },
      { id: 12, position: 2, title_kk: 'Салық', title_ru: 'Налог', rapporteur: '', quorum: { present: 2, needed: 2, quorate: true } },
    ],
    attendance: [
      { deputy_id: 21, name_kk: 'Ахметов Ерлан', name_ru: 'Ахметов Ерлан', present: true, arrived_at_item_id: null, left_before_item_id: null },
      { deputy_id: 22, name_kk: 'Серікова Айгүл', name_ru: 'Серикова Айгуль', present: true, arrived_at_item_id: null, left_before_item_id: null },
    ],
    quorum: { present: 2, elected: 2, needed: 2, quorate: true },
    decisions: [],
  };
}
