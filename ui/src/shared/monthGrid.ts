// The arithmetic behind the date picker's month grid. Dates are `YYYY-MM-DD` strings worked on in
// UTC, so no zone's midnight or DST change can shift a day; weeks start on Monday, as the
// workload's weeks do.
import { isIsoDate } from './dates';

export interface GridDay {
  iso: string;
  day: number;
  /** False for the days of the months before and after, which fill the first and last weeks. */
  inMonth: boolean;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

function utc(s: string): Date {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** The day `n` days after (or before) `day`. */
export function addDays(day: string, n: number): string {
  const d = utc(day);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/** The same day `n` months on, or the month's last day when it is shorter (31 Jan → 28 Feb). */
export function addMonths(day: string, n: number): string {
  const d = utc(day);
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d.getUTCDate(), last));
  return iso(first);
}

/** The weeks (Monday to Sunday) that show the month holding `day`. */
export function monthGrid(day: string): GridDay[][] {
  const d = utc(day);
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  const back = (first.getUTCDay() + 6) % 7;
  let at = addDays(iso(first), -back);
  const weeks: GridDay[][] = [];
  do {
    const week: GridDay[] = [];
    for (let i = 0; i < 7; i++, at = addDays(at, 1)) {
      week.push({ iso: at, day: Number(at.slice(8)), inMonth: utc(at).getUTCMonth() === d.getUTCMonth() });
    }
    weeks.push(week);
  } while (utc(at).getUTCMonth() === d.getUTCMonth());
  return weeks;
}

/** "March 2027" in the user's locale. */
export function monthTitle(day: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(day));
}

/** "Mo"… "Su" in the user's locale, Monday first. */
export function weekdayNames(locale?: string): { short: string; long: string }[] {
  const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const d = new Date(Date.UTC(2024, 0, 1 + i));
    return { short: short.format(d).slice(0, 2), long: long.format(d) };
  });
}

/** `day` kept inside [min, max]; either bound may be absent. */
export function clampDay(day: string, min?: string, max?: string): string {
  if (min && isIsoDate(min) && day < min) return min;
  if (max && isIsoDate(max) && day > max) return max;
  return day;
}
