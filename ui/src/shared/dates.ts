const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a complete `YYYY-MM-DD` (the core checks that the day exists). */
export function isIsoDate(s: string): boolean {
  return ISO_DATE.test(s);
}

const display = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** `2026-11-24` → "24 Nov 2026" in the user's locale; anything unparsable is shown as is. */
export function formatDate(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number);
  return display.format(new Date(y, m - 1, d));
}

// Times are 24-hour everywhere, as the working hours are written (HH:MM), whatever the locale's habit.
const stamp = (locale?: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** A record's UTC stamp (`2026-12-03T14:02:00Z`) as "3 Dec, 14:02" in the user's zone. */
export function formatStamp(utc: string, locale?: string): string {
  const d = new Date(utc);
  return Number.isNaN(d.getTime()) ? utc : stamp(locale).format(d);
}
