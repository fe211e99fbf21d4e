// Calendar import: the size check before anything is read, the report in words, the list of
// imported files, and how to get an .ics file out of the common calendar apps.
import type { CalendarSource, ImportReport } from '../../api/bindings';
import { formatDate } from '../../shared/dates';
import { reference } from '../../shared/reference';

export function formatBytes(bytes: number, locale?: string): string {
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${n.format(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${n.format(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Why a file cannot be imported before reading it, or null when it may be. */
export function fileProblem(file: { name: string; size: number }, locale?: string): string | null {
  // The core's limit, checked here first so that nothing too large is sent.
  const limit = reference().limits.calendar_file_bytes;
  if (file.size > limit) {
    return `${file.name} is ${formatBytes(file.size, locale)}; Waypoint reads calendar files up to ${formatBytes(limit, locale)}. Export a shorter date range, or one calendar at a time, and import that.`;
  }
  if (file.size === 0) return `${file.name} is empty. Export the calendar again and import the new file.`;
  return null;
}

export interface CountLine {
  id: string;
  label: string;
  value: number;
}

/** What the import changed, then what it left out of the metrics (only counts above zero). */
export function reportCounts(r: ImportReport): { changes: CountLine[]; excluded: CountLine[] } {
  const changes: CountLine[] = [
    { id: 'added', label: 'added', value: r.added },
    { id: 'updated', label: 'updated', value: r.updated },
    { id: 'removed', label: 'removed', value: r.removed },
    { id: 'unchanged', label: 'unchanged', value: r.unchanged },
  ];
  const excluded: CountLine[] = [
    { id: 'cancelled', label: 'cancelled', value: r.cancelled },
    { id: 'all-day', label: 'all-day', value: r.all_day },
    { id: 'free', label: 'marked free', value: r.free },
  ].filter((c) => c.value > 0);
  return { changes, excluded };
}

/** "Mar 2024 to Nov 2026 · 1,204 occurrences · imported 24 Nov 2026": the months the
 * calendar really spans (first to last occurrence), not the window it was read in. */
export function sourceLine(s: CalendarSource, locale?: string): string {
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' });
  const at = (iso: string) => {
    const [y, m] = iso.split('-').map(Number);
    return month.format(new Date(y, m - 1, 1));
  };
  const span = s.covers ? `${at(s.covers.from)} to ${at(lastDay(s.covers.to))}` : 'No meetings in it';
  return `${span} · ${counted(s.occurrences, 'occurrence', locale)} · imported ${formatDate(s.imported_at.slice(0, 10))}`;
}

/** "6 events → 1,399 occurrences": what the file held and what it expanded into. */
export function expansionLine(r: ImportReport, locale?: string): string {
  return `${counted(r.events, 'event', locale)} → ${counted(r.source.occurrences, 'occurrence', locale)}`;
}

function counted(n: number, noun: string, locale?: string): string {
  return `${grouped(locale).format(n)} ${n === 1 ? noun : `${noun}s`}`;
}

/** A number format that separates thousands. Under LANG=C WebKit resolves a POSIX locale
 * (`en-US-u-va-posix`), which prints "1399"; its language's ordinary form groups them. */
function grouped(locale?: string): Intl.NumberFormat {
  const f = new Intl.NumberFormat(locale);
  const resolved = f.resolvedOptions().locale;
  if (!/posix/i.test(resolved)) return f;
  return new Intl.NumberFormat(resolved.split('-u-')[0].replace(/-posix$/i, ''));
}

/** The last day of an exclusive `[from, to)` span, as ISO text. */
function lastDay(exclusiveEnd: string): string {
  const [y, m, d] = exclusiveEnd.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d - 1));
  return day.toISOString().slice(0, 10);
}

/** Where the .ics file comes from, one line per app. */
export const EXPORT_HELP: { app: string; how: string }[] = [
  { app: 'Google Calendar', how: 'Settings → Import & export → Export; unzip the download and pick the .ics of your calendar.' },
  { app: 'Outlook', how: 'File → Save Calendar, then More Options → Whole calendar (on the web: Settings → Calendar → Shared calendars → Publish, and open the ICS link).' },
  { app: 'Apple Calendar', how: 'Select the calendar, then File → Export → Export….' },
];
