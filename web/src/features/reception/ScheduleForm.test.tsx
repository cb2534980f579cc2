import { describe, expect, it } from 'vitest';
import { scheduleRequest, validateSchedule, type ScheduleDraft } from './ScheduleForm';

const kDraft: ScheduleDraft = {
  mode: 'once',
  day: '2026-12-14',
  from: '',
  until: '',
  weekday: '3',
  nth: '0',
  starts_at: '10:00',
  ends_at: '13:00',
  slot_minutes: '20',
  capacity: '1',
  place_kind: 'maslikhat',
  place: 'Кабинет 205',
  address: 'ул. Абая, 1',
  map_url: '',
  video_url: '',
  deputy_id: '3',
  host_name: '',
};

describe('the schedule form', () => {
  it('sends one day for a one-off session, with the deputy', () => {
    expect(validateSchedule(kDraft)).toEqual({});
    expect(scheduleRequest(kDraft)).toEqual({
      day: '2026-12-14',
      starts_at: '10:00',
      ends_at: '13:00',
      slot_minutes: 20,
      capacity: 1,
      place_kind: 'maslikhat',
      place: 'Кабинет 205',
      address: 'ул. Абая, 1',
      map_url: '',
      video_url: '',
      deputy_id: 3,
    });
  });

  it('sends a rule: the second Wednesday of each month, from and until, and another host by name', () => {
    const draft: ScheduleDraft = { ...kDraft, mode: 'repeat', from: '2027-01-01', until: '2027-06-30', nth: '2', deputy_id: 'other', host_name: 'Председатель' };
    expect(validateSchedule(draft)).toEqual({});
    const body = scheduleRequest(draft);
    expect(body.repeat).toEqual([{ from: '2027-01-01', until: '2027-06-30', weekday: 3, nth: 2 }]);
    expect(body.day).toBeUndefined();
    expect(body.deputy_id).toBeUndefined();
    expect(body.host_name).toBe('Председатель');
  });

  it('names every missing or wrong field with the API reasons', () => {
    expect(
      validateSchedule({ ...kDraft, mode: 'repeat', starts_at: '9', slot_minutes: '2', capacity: '0', place: ' ', deputy_id: '' }),
    ).toEqual({
      'repeat.from': 'required',
      'repeat.until': 'required',
      starts_at: 'invalid_format',
      slot_minutes: 'invalid',
      capacity: 'invalid',
      place: 'required',
      deputy_id: 'required',
    });
    expect(validateSchedule({ ...kDraft, place_kind: 'online', place: '' })).toEqual({ video_url: 'required' });
  });
});
