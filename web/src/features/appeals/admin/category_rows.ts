// The category editor's rows: moving, and the checks the server makes before saving.
import type { AppealCategory } from '../types';

export type CategoryProblem = 'key' | 'duplicate' | 'name';

/** The list with row `index` moved by `delta` (−1 up, +1 down); unchanged at the ends. */
export function moveRow<T>(rows: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= rows.length || to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  const [row] = next.splice(index, 1);
  next.splice(to, 0, row as T);
  return next;
}

const kKey = /^[a-z0-9_]{1,40}$/;

/** row index → its first problem. */
export function categoryProblems(rows: readonly AppealCategory[]): Map<number, CategoryProblem> {
  const problems = new Map<number, CategoryProblem>();
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (!kKey.test(row.key)) problems.set(index, 'key');
    else if (seen.has(row.key)) problems.set(index, 'duplicate');
    else if (row.name_kk.trim() === '' || row.name_ru.trim() === '' || row.name_en.trim() === '') problems.set(index, 'name');
    seen.add(row.key);
  });
  return problems;
}
