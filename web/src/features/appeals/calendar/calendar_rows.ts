// The working-day calendar table: checking rows the way the server does (PUT /calendar/{year})
// and importing pasted CSV lines `day,kind,note`.
import type { CalendarDay, CalendarKind } from '../types';

export type RowProblem = 'day' | 'kind' | 'weekday' | 'duplicate' | 'note' | 'columns';

export interface CsvResult {
  rows: CalendarDay[];
  problems: { line: number; problem: RowProblem }[];
}

/** ISO weekday of a real `YYYY-MM-DD` date (1 = Monday … 7 = Sunday), or null. */
export function isoWeekday(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return ((date.getUTCDay() + 6) % 7) + 1;
}

function isKind(value: string): value is CalendarKind {
  return value === 'non_working' || value === 'working';
}

/** The first problem of one row, or null. `seen` holds the days of the rows before it. */
export function rowProblem(row: CalendarDay, year: number, seen: ReadonlySet<string>): RowProblem | null {
  const weekday = isoWeekday(row.day);
  if (weekday === null || !row.day.startsWith(`${year}-`)) return 'day';
  if (seen.has(row.day)) return 'duplicate';
  if (!isKind(row.kind)) return 'kind';
  if (row.kind === 'working' && weekday < 6) return 'weekday';
  if ([...row.note].length > 200) return 'note';
  return null;
}

/** Problems of the whole table by row index. */
export function tableProblems(rows: readonly CalendarDay[], year: number): Map<number, RowProblem> {
  const seen = new Set<string>();
  const problems = new Map<number, RowProblem>();
  rows.forEach((row, index) => {
    const problem = rowProblem(row, year, seen);
    if (problem) problems.set(index, problem);
    seen.add(row.day);
  });
  return problems;
}

/** Splits `day,kind,note`; the note may itself contain commas and may be quoted. */
function splitLine(line: string): string[] {
  const first = line.indexOf(',');
  if (first < 0) return [line];
  const second = line.indexOf(',', first + 1);
  const parts = second < 0 ? [line.slice(0, first), line.slice(first + 1)] : [line.slice(0, first), line.slice(first + 1, second), line.slice(second + 1)];
  return parts.map((part) => part.trim().replace(/^"(.*)"$/s, '$1').replace(/""/g, '"'));
}

/**
 * Parses pasted CSV for `year`. Blank lines, `#` comments and a `day,kind,note` header are skipped.
 * Any problem rejects the whole paste (nothing half-imported); days already in `existing` count
 * as duplicates.
 */
export function parseCalendarCsv(text: string, year: number, existing: readonly CalendarDay[] = []): CsvResult {
  const rows: CalendarDay[] = [];
  const problems: CsvResult['problems'] = [];
  const seen = new Set(existing.map((row) => row.day));
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const number = index + 1;
    if (line === '' || line.startsWith('#')) return;
    const parts = splitLine(line);
    if (parts.length < 2) {
      problems.push({ line: number, problem: 'columns' });
      return;
    }
    const [day = '', kind = '', note = ''] = parts;
    if (day.toLowerCase() === 'day' && kind.toLowerCase() === 'kind') return;
    const row = { day, kind: kind.toLowerCase() as CalendarKind, note };
    const problem = rowProblem(row, year, seen);
    if (problem) {
      problems.push({ line: number, problem });
      return;
    }
    seen.add(day);
    rows.push(row);
  });
  return problems.length > 0 ? { rows: [], problems } : { rows, problems };
}

export function sortRows(rows: readonly CalendarDay[]): CalendarDay[] {
  return [...rows].sort((a, b) => a.day.localeCompare(b.day));
}

/** Server field errors `days.3.day: duplicate` → row index → problem. */
export function serverRowProblems(fields: Readonly<Record<string, string>>): Map<number, RowProblem> {
  const out = new Map<number, RowProblem>();
  for (const [field, reason] of Object.entries(fields)) {
    const match = /^days\.(\d+)\.(day|kind|note)$/.exec(field);
    if (!match) continue;
    const index = Number(match[1]);
    const column = match[2];
    const problem: RowProblem =
      reason === 'duplicate' ? 'duplicate' : column === 'kind' ? 'weekday' : column === 'note' ? 'note' : 'day';
    if (!out.has(index)) out.set(index, problem);
  }
  return out;
}
