// Dates of the appeals domain: deadlines are local dates in Kazakhstan (UTC+5, no DST since 2024),
// see docs/appeals-deadlines.md. Formatting follows the UI language.

export const kLocalTimeZone = 'Asia/Almaty';
const kLocalOffsetMs = 5 * 60 * 60 * 1000;

/** `YYYY-MM-DD` → a Date at UTC midnight (formatting it with timeZone UTC keeps the day). */
function civil(date: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** A local date such as a due date: "21.12.2026" (kk/ru) or "21/12/2026" style by locale. */
export function formatDay(date: string, language: string): string {
  const value = civil(date);
  if (!value) return date;
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
  }).format(value);
}

/** A moment (ISO UTC) as local Kazakhstan date and time. */
export function formatMoment(iso: string, language: string): string {
  const value = new Date(iso);
  if (Number.isNaN(value.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: kLocalTimeZone,
  }).format(value);
}

/** Today's local date in Kazakhstan, `YYYY-MM-DD`. */
export function localToday(nowMs: number = Date.now()): string {
  return new Date(nowMs + kLocalOffsetMs).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = civil(from);
  const b = civil(to);
  if (!a || !b) return 0;
  return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}

/** `YYYY-MM-DDTHH:MM` local (datetime-local input value) → ms since the epoch, or null. */
export function localInputToMs(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi) - kLocalOffsetMs;
}

/** ms since the epoch → `YYYY-MM-DDTHH:MM` local, for a datetime-local input. */
export function msToLocalInput(ms: number): string {
  return new Date(ms + kLocalOffsetMs).toISOString().slice(0, 16);
}
