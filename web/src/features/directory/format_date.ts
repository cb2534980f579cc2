// ISO dates (YYYY-MM-DD) as numeric dates in the UI language, without time-zone drift.
export function formatIsoDate(language: string, iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(
    date,
  );
}
