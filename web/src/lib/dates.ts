// Dates of the appeals domain: deadlines are local dates in Kazakhstan (UTC+5, no DST since 2024),
// see docs/appeals-deadlines.md. Every date the web shows is formatted here.

export const kLocalTimeZone = 'Asia/Almaty';
const kLocalOffsetMs = 5 * 60 * 60 * 1000;

/** `YYYY-MM-DD` → a Date at UTC midnight (formatting it with timeZone UTC keeps the day). */
function civil(date: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/**
 * Kazakh and Russian readers expect dd.mm.yyyy. Chromium's ICU formats `kk` as `2026-12-21`, so
 * these two are assembled by hand; other languages keep Intl's own pattern.
 */
function dottedLanguage(language: string): boolean {
  const base = language.toLowerCase().split('-')[0];
  return base === 'kk' || base === 'ru';
}

// Making an Intl.DateTimeFormat costs far more than formatting with one (a deputy page's list of
// reception days spent ~35 ms making them); each language and set of options gets one, reused.
const kFormatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let made = kFormatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(language, options);
    kFormatters.set(key, made);
  }
  return made;
}

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

function parts(value: Date, options: Intl.DateTimeFormatOptions): Parts {
  // en-US with latn digits only serves to read numbers out of formatToParts.
  const found: Parts = {};
  for (const part of formatter('en-US-u-nu-latn', options).formatToParts(value)) found[part.type] = part.value;
  return found;
}

const kDayOptions = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;
const kTimeOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

function dotted(value: Date, timeZone: string, withTime: boolean): string {
  const p = parts(value, { ...kDayOptions, ...(withTime ? kTimeOptions : {}), timeZone });
  const day = `${p.day ?? ''}.${p.month ?? ''}.${p.year ?? ''}`;
  return withTime ? `${day} ${p.hour ?? ''}:${p.minute ?? ''}` : day;
}

/**
 * A local date such as a due date: "21.12.2026" (kk/ru), "12/21/2026" (en). These three are written
 * out from the digits: the first Intl.DateTimeFormat a page makes costs ~40 ms of a phone's main
 * thread (ICU's calendar data), and a deputy's page needs no other (docs/benchmarks.md).
 */
export function formatDay(date: string | null | undefined, language: string): string {
  if (!date) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const value = civil(date);
  if (!match || !value) return date;
  const [, year = '', month = '', day = ''] = match;
  if (dottedLanguage(language)) return `${day}.${month}.${year}`;
  if (language === 'en' || language === 'en-US') return `${month}/${day}/${year}`;
  return formatter(language, { ...kDayOptions, timeZone: 'UTC' }).format(value);
}

/** A moment (ISO UTC) as local Kazakhstan date and time: "21.12.2026 11:38" (kk/ru). */
export function formatMoment(iso: string, language: string): string {
  const value = new Date(iso);
  if (Number.isNaN(value.getTime())) return iso;
  if (dottedLanguage(language)) return dotted(value, kLocalTimeZone, true);
  return formatter(language, { ...kDayOptions, ...kTimeOptions, timeZone: kLocalTimeZone }).format(value);
}

/** The Kazakhstan date of a moment (ISO UTC), without the time: "21.12.2026" (kk/ru). */
export function formatMomentDay(iso: string, language: string): string {
  const value = new Date(iso);
  if (Number.isNaN(value.getTime())) return iso;
  if (dottedLanguage(language)) return dotted(value, kLocalTimeZone, false);
  return formatter(language, { ...kDayOptions, timeZone: kLocalTimeZone }).format(value);
}

/** The weekday of a local date (`YYYY-MM-DD`) in the UI language, e.g. "дүйсенбі"; '' if not a date. */
export function formatWeekday(date: string, language: string): string {
  const value = civil(date);
  if (!value) return '';
  return formatter(language, { weekday: 'long', timeZone: 'UTC' }).format(value);
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

/**
 * `YYYY-MM-DD` plus `months` calendar months: the same day, or that month's last day when it has
 * none (2026-12-31 + 2 → 2027-02-28). The server's `CivilDate::AddMonths`, for the extension ceiling.
 */
export function addMonths(iso: string, months: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const total = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(m[3]), last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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

/** The Kazakhstan date (`YYYY-MM-DD`) of a moment (ISO UTC); '' if not a moment. */
export function localDayOf(iso: string): string {
  const ms = new Date(iso).getTime();
  return Number.isNaN(ms) ? '' : localToday(ms);
}

/** The Kazakhstan time of a moment (ISO UTC), 24-hour: "10:19". */
export function formatTime(iso: string): string {
  const value = new Date(iso);
  if (Number.isNaN(value.getTime())) return '';
  const p = parts(value, { ...kTimeOptions, timeZone: kLocalTimeZone });
  return `${p.hour ?? ''}:${p.minute ?? ''}`;
}

/** A local date without the year, for a sentence about nearby days: "06.12" (kk/ru), "12/06" (en). */
export function formatDayMonth(date: string, language: string): string {
  const value = civil(date);
  if (!value) return date;
  if (dottedLanguage(language)) {
    const p = parts(value, { ...kDayOptions, timeZone: 'UTC' });
    return `${p.day ?? ''}.${p.month ?? ''}`;
  }
  return formatter(language, { month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(value);
}
