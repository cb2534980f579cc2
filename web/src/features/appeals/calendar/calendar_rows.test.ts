import { describe, expect, it } from 'vitest';
import { isoWeekday, parseCalendarCsv, serverRowProblems, tableProblems } from './calendar_rows';

describe('calendar CSV', () => {
  it('reads day,kind,note lines, skipping blanks, comments and a header', () => {
    const text = [
      'day,kind,note',
      '# 2026, from the eGov calendar',
      '2026-01-01,non_working,Жаңа жыл',
      '',
      '2026-03-23, non_working , Наурыз, 1-күн',
      '2026-03-09,non_working,"8 Mar falls on a Sunday, moved"',
      '2026-03-28,working',
    ].join('\r\n');
    expect(parseCalendarCsv(text, 2026)).toEqual({
      rows: [
        { day: '2026-01-01', kind: 'non_working', note: 'Жаңа жыл' },
        { day: '2026-03-23', kind: 'non_working', note: 'Наурыз, 1-күн' },
        { day: '2026-03-09', kind: 'non_working', note: '8 Mar falls on a Sunday, moved' },
        { day: '2026-03-28', kind: 'working', note: '' },
      ],
      problems: [],
    });
  });

  it('rejects the whole paste and names every bad line', () => {
    const text = [
      '2026-01-07,non_working,Рождество',
      '2026-02-30,non_working,',
      '2025-12-31,non_working,',
      '2026-05-01,holiday,',
      '2026-05-04,working,a Monday',
      '2026-01-07,non_working,again',
      '2026-06-06',
      `2026-07-06,non_working,${'x'.repeat(201)}`,
    ].join('\n');
    const result = parseCalendarCsv(text, 2026);
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([
      { line: 2, problem: 'day' },
      { line: 3, problem: 'day' },
      { line: 4, problem: 'kind' },
      { line: 5, problem: 'weekday' },
      { line: 6, problem: 'duplicate' },
      { line: 7, problem: 'columns' },
      { line: 8, problem: 'note' },
    ]);
  });

  it('counts days already in the table as duplicates', () => {
    const existing = [{ day: '2026-03-23', kind: 'non_working' as const, note: '' }];
    expect(parseCalendarCsv('2026-03-23,non_working,Наурыз', 2026, existing).problems).toEqual([
      { line: 1, problem: 'duplicate' },
    ]);
  });

  it('knows weekdays and checks a table the way the server does', () => {
    expect(isoWeekday('2026-03-20')).toBe(5);
    expect(isoWeekday('2026-03-22')).toBe(7);
    expect(isoWeekday('2024-02-29')).toBe(4);
    expect(isoWeekday('2025-02-29')).toBeNull();
    const problems = tableProblems(
      [
        { day: '2026-03-23', kind: 'non_working', note: '' },
        { day: '', kind: 'non_working', note: '' },
        { day: '2026-03-23', kind: 'non_working', note: '' },
        { day: '2026-03-21', kind: 'working', note: '' },
      ],
      2026,
    );
    expect([...problems]).toEqual([
      [1, 'day'],
      [2, 'duplicate'],
    ]);
    expect([...serverRowProblems({ 'days.2.day': 'duplicate', 'days.0.kind': 'invalid', csrf: 'invalid' })]).toEqual([
      [2, 'duplicate'],
      [0, 'weekday'],
    ]);
  });
});
