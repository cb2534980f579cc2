// The days of a month view: weeks from Monday, with the days outside the month left empty.

/** "2026-12" → its days as `YYYY-MM-DD`, in weeks of seven starting on Monday (null = another month). */
export function monthWeeks(month: string): (string | null)[][] {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return [];
  const year = Number(m[1]);
  const index = Number(m[2]) - 1;
  const days = new Date(Date.UTC(year, index + 1, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, index, 1)).getUTCDay() + 6) % 7; // Monday = 0
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d += 1) cells.push(`${month}-${String(d).padStart(2, '0')}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** "2026-12" plus `n` months → "2027-01". */
export function shiftMonth(month: string, n: number): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const total = Number(m[1]) * 12 + Number(m[2]) - 1 + n;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The last day of a month, `YYYY-MM-DD`. */
export function monthEnd(month: string): string {
  const weeks = monthWeeks(month).flat().filter((d): d is string => d !== null);
  return weeks[weeks.length - 1] ?? `${month}-28`;
}
