import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, formatDay, formatMoment, formatMomentDay, formatWeekday, localToday } from './dates';

describe('formatDay', () => {
  it('writes kk and ru as dd.mm.yyyy whatever the ICU pattern', () => {
    expect(formatDay('2026-12-21', 'kk')).toBe('21.12.2026');
    expect(formatDay('2026-01-05', 'ru')).toBe('05.01.2026');
    expect(formatDay('2026-01-05', 'ru-RU')).toBe('05.01.2026');
  });

  it('writes English as Intl does, and other languages through Intl', () => {
    expect(formatDay('2026-12-21', 'en')).toBe('12/21/2026');
    expect(formatDay('2026-12-21', 'en')).toBe(
      new Intl.DateTimeFormat('en', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2026, 11, 21)),
      ),
    );
    expect(formatDay('2026-12-21', 'de')).toBe('21.12.2026');
  });

  it('passes through what is not a date and blanks a missing one', () => {
    expect(formatDay('soon', 'kk')).toBe('soon');
    expect(formatDay(null, 'kk')).toBe('');
  });
});

describe('formatMoment', () => {
  // 18:30 in Kazakhstan (UTC+5).
  const moment = '2026-03-20T13:30:00Z';

  it('writes kk and ru as dd.mm.yyyy HH:mm in Kazakhstan time', () => {
    expect(formatMoment(moment, 'kk')).toBe('20.03.2026 18:30');
    expect(formatMoment(moment, 'ru')).toBe('20.03.2026 18:30');
  });

  it('crosses midnight into the local day, with a 24-hour clock', () => {
    expect(formatMoment('2026-12-31T19:05:00Z', 'kk')).toBe('01.01.2027 00:05');
  });

  it('keeps Intl English', () => {
    expect(formatMoment(moment, 'en')).toBe('03/20/2026, 18:30');
  });

  it('gives the local date alone', () => {
    expect(formatMomentDay('2026-12-31T19:05:00Z', 'ru')).toBe('01.01.2027');
    expect(formatMomentDay('2026-12-31T19:05:00Z', 'en')).toBe('01/01/2027');
  });
});

describe('other helpers', () => {
  it('names the weekday in the language', () => {
    expect(formatWeekday('2026-12-21', 'en')).toBe('Monday');
    expect(formatWeekday('2026-12-21', 'ru')).toBe('понедельник');
    expect(formatWeekday('nope', 'ru')).toBe('');
  });

  it('counts days and knows the local today', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(localToday(Date.UTC(2026, 11, 31, 19, 30))).toBe('2027-01-01');
  });
});

describe('addMonths', () => {
  it('keeps the day, or takes the month\'s last day (the extension ceiling)', () => {
    expect(addMonths('2026-01-05', 2)).toBe('2026-03-05');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
    expect(addMonths('2026-07-01', 2)).toBe('2026-09-01');
    expect(addMonths('2026-11-18', 2)).toBe('2027-01-18');
  });
});
