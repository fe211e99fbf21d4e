// Wording for the home dashboard.
import type { PartOfDay } from '../../api/bindings';
import { formatDate, isIsoDate } from '../../shared/dates';

/** "Last entry 3 days ago", "You wrote today", or "No entries yet". */
export function daysSinceText(days: number | null): string {
  if (days === null) return 'No entries yet';
  if (days <= 0) return 'You wrote today';
  if (days === 1) return 'Last entry yesterday';
  return `Last entry ${days} days ago`;
}

/** The greeting for the part of the day the core says it is. */
export function greeting(part: PartOfDay): string {
  return { morning: 'Good morning', afternoon: 'Good afternoon', evening: 'Good evening' }[part];
}

/** `2026-11-24` → "Tuesday, 24 November 2026" in the user's locale. */
export function longDate(iso: string, locale?: string): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(y, m - 1, d));
}

/** The line under the radar: when the user last rated themselves, or an invitation to. */
export function reviewText(last: string | null, previous: string | null): string {
  if (!last) return 'No self-review yet — rate yourself';
  if (!previous) return `Last self-review ${formatDate(last)}`;
  return `Last self-review ${formatDate(last)}, compared with ${formatDate(previous)}`;
}
