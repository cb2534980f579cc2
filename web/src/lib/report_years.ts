// The years a yearly report (a deputy's report to voters, the maslikhat's annual reports) may still
// be made for: from this one back to `first` (five years back by default, never before 2000),
// without those that have their report already, newest first.
export function freeYears(reports: { year: number }[], thisYear: number, first = thisYear - 5): number[] {
  const taken = new Set(reports.map((r) => r.year));
  const out: number[] = [];
  for (let year = thisYear; year >= Math.max(first, 2000); --year) if (!taken.has(year)) out.push(year);
  return out;
}
