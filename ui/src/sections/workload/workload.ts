// Words and shapes for the meeting-load screen: hours and weeks for display, the week's metrics
// with how each is computed, its occurrences by day, and the chart's series. The numbers
// themselves come computed from the core; this only rounds and arranges them.
import type { OccurrenceKind, WeekLoad, WeekMetrics, WeekOccurrence } from '../../api/bindings';
import { isIsoDate } from '../../shared/dates';
import { reference } from '../../shared/reference';

/** Shown where a number is missing (no calendar, no check-in). */
export const NONE = '—';

/** Local midnight of a `YYYY-MM-DD` day. */
export function dateOf(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** Hours rounded to one decimal: 2.9166 → 2.9; no "-0". */
export function roundHours(h: number): number {
  return Math.round(h * 10) / 10 + 0;
}

/** Hours for display: "12.5 h", "3 h"; missing as "—". */
export function formatHours(h: number | null | undefined, locale?: string): string {
  if (h === null || h === undefined || !Number.isFinite(h)) return NONE;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(roundHours(h))} h`;
}

/** A share 0–1 as a whole percentage. */
export function formatShare(share: number | null): string {
  // JSON has no NaN: a number the core could not compute arrives as null.
  if (share === null || !Number.isFinite(share)) return NONE;
  return `${Math.round(share * 100)}%`;
}

/** A 1–10 average as shown in tables: whole numbers plain, means with one decimal. */
export function formatScore(v: number | null | undefined, locale?: string): string {
  if (v === null || v === undefined) return NONE;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v);
}

/** `2026-11-23` → "Nov 23" in the user's locale. */
export function shortDate(iso: string, locale?: string): string {
  if (!isIsoDate(iso)) return iso;
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }).format(dateOf(iso));
}

/** A week as a range, its Monday to its Sunday: "Nov 23 – 29, 2026". */
export function weekRange(monday: string, sunday: string, locale?: string): string {
  if (!isIsoDate(monday) || !isIsoDate(sunday)) return monday;
  const f = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', year: 'numeric' });
  return f.formatRange(dateOf(monday), dateOf(sunday));
}

/** "This week", "Last week", "Next week" or "Week of Nov 23", from how far the core says it is. */
export function weekName(weeksFromToday: number, monday: string, locale?: string): string {
  if (weeksFromToday === 0) return 'This week';
  if (weeksFromToday === -1) return 'Last week';
  if (weeksFromToday === 1) return 'Next week';
  return `Week of ${shortDate(monday, locale)}`;
}

// --- The week's metrics ----------------------------------------------------------------------

export interface MetricRow {
  /** For the testid `week-metric-<id>`. */
  id: string;
  label: string;
  value: string;
  /** One line: how the number is computed. */
  explain: string;
}

/** "2 hours", "10 minutes": a constant of the metrics in words. */
function duration(minutes: number): string {
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** Every number of a week's load, each with how it is computed, in reading order. */
export function weekMetricRows(w: WeekLoad, locale?: string): MetricRow[] {
  const h = (x: number | null) => formatHours(x, locale);
  const series = w.top_series;
  const { focus_block_minutes, back_to_back_gap_minutes } = reference().workload;
  const block = duration(focus_block_minutes);
  return [
    {
      id: 'meeting-hours',
      label: 'Meeting hours',
      value: h(w.meeting_hours),
      explain: 'Busy events with at least one other person invited; overlapping meetings count once.',
    },
    {
      id: 'share',
      label: 'Share of working hours',
      value: formatShare(w.meeting_share),
      explain: `Meeting time inside your working hours, divided by those hours (${h(w.working_hours)} this week).`,
    },
    {
      id: 'focus',
      label: 'Focus time',
      value: h(w.focus_hours),
      explain: `Free time inside working hours, counted only in stretches of ${block} or more.`,
    },
    {
      id: 'fragmented',
      label: 'Fragmented time',
      value: h(w.fragmented_hours),
      explain: `Free time inside working hours in pieces shorter than ${block}.`,
    },
    {
      id: 'busy',
      label: 'Busy hours',
      value: h(w.busy_hours),
      explain: 'Every timed event that marks you busy, meetings and time blocked alone; overlaps count once.',
    },
    {
      id: 'blocked',
      label: 'Blocked time',
      value: h(w.blocked_hours),
      explain: 'Busy with no one else invited: focus blocks, reminders, travel (busy hours minus meetings).',
    },
    {
      id: 'back-to-back',
      label: 'Back-to-back runs',
      value: w.back_to_back_runs === 0 ? 'None' : `${w.back_to_back_runs} ${w.back_to_back_runs === 1 ? 'run' : 'runs'}, longest ${w.longest_run}`,
      explain: `Two or more meetings with less than ${duration(back_to_back_gap_minutes)} between them; the longest run counts its meetings.`,
    },
    {
      id: 'after-hours',
      label: 'After-hours meetings',
      value: h(w.after_hours_meeting_hours),
      explain: 'Meeting time outside your working days and hours: evenings, early mornings, weekends.',
    },
    {
      id: 'count',
      label: 'Meetings',
      value: String(w.meeting_count),
      explain: 'Meetings that start this week, each occurrence of a series counted.',
    },
    {
      id: 'series',
      label: 'Largest recurring series',
      value: series ? `${series.summary} · ${h(series.hours)} (${series.occurrences}×)` : 'None',
      explain: 'The repeating meeting that took the most of your time this week.',
    },
  ];
}

// --- The week's occurrences ------------------------------------------------------------------

export type KindName = 'meeting' | 'blocked' | 'excluded';

export interface KindInfo {
  kind: KindName;
  /** The badge: "Meeting", "Blocked", or why it is left out ("declined"). */
  badge: string;
  /** A longer line for the tooltip. */
  title: string;
}

const EXCLUDED: Record<string, { badge: string; title: string }> = {
  all_day: { badge: 'all-day', title: 'Not counted: all-day events are not time in meetings.' },
  cancelled: { badge: 'cancelled', title: 'Not counted: the event was cancelled.' },
  declined: { badge: 'declined', title: 'Not counted: you declined it.' },
  free: { badge: 'free', title: 'Not counted: the event shows you as free.' },
};

export function kindInfo(k: OccurrenceKind): KindInfo {
  if (k === 'meeting') return { kind: 'meeting', badge: 'Meeting', title: 'Counted as a meeting: someone else is invited.' };
  if (k === 'blocked') return { kind: 'blocked', badge: 'Blocked', title: 'Counted as busy time alone.' };
  const reason = EXCLUDED[k.excluded] ?? { badge: String(k.excluded), title: 'Not counted.' };
  return { kind: 'excluded', ...reason };
}

/** "09:00", 24-hour as the working hours are written, from a local `YYYY-MM-DDTHH:MM:SS`. */
export function timeOf(naive: string): string {
  return naive.slice(11, 16);
}

/** "Monday, Nov 23". */
export function dayHeading(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'short', day: 'numeric' }).format(dateOf(iso));
}

export interface OccurrenceLine {
  time: string;
  summary: string;
  series: boolean;
  info: KindInfo;
}

export interface OccurrenceDay {
  date: string;
  heading: string;
  items: OccurrenceLine[];
}

/** The occurrences grouped by the day they start, days and times in order. */
export function occurrenceDays(list: WeekOccurrence[], locale?: string): OccurrenceDay[] {
  const days = new Map<string, OccurrenceDay>();
  const sorted = [...list].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  for (const o of sorted) {
    const date = o.start.slice(0, 10);
    let day = days.get(date);
    if (!day) days.set(date, (day = { date, heading: dayHeading(date, locale), items: [] }));
    const info = kindInfo(o.kind);
    const allDay = typeof o.kind === 'object' && o.kind.excluded === 'all_day';
    const sameDay = o.end.slice(0, 10) === date;
    const end = sameDay ? timeOf(o.end) : `${shortDate(o.end.slice(0, 10), locale)} ${timeOf(o.end)}`;
    day.items.push({
      time: allDay ? 'All day' : `${timeOf(o.start)} – ${end}`,
      summary: o.summary.trim() || '(no title)',
      series: o.series,
      info,
    });
  }
  return [...days.values()];
}

// --- The chart over time ---------------------------------------------------------------------

export interface WorkloadSeries {
  /** Week labels: "Nov 23". */
  labels: string[];
  /** The Monday of each week. */
  weeks: string[];
  /** The Sunday of each week. */
  weekEnds: string[];
  /** From the calendar, else as checked in; null is a gap. */
  meeting: (number | null)[];
  /** True where the meeting hours come from a check-in, not the calendar. */
  meetingCheckedIn: boolean[];
  /** Only from the calendar; null where no imported calendar covers the week. */
  focus: (number | null)[];
  stress: (number | null)[];
  energy: (number | null)[];
  /** Anything to draw at all. */
  any: boolean;
}

export function workloadSeries(weeks: WeekMetrics[], locale?: string): WorkloadSeries {
  const meeting = weeks.map((w) => w.meeting_hours);
  const focus = weeks.map((w) => w.load?.focus_hours ?? null);
  const stress = weeks.map((w) => w.stress);
  const energy = weeks.map((w) => w.energy);
  return {
    labels: weeks.map((w) => shortDate(w.week_start, locale)),
    weeks: weeks.map((w) => w.week_start),
    weekEnds: weeks.map((w) => w.week_end),
    meeting,
    meetingCheckedIn: weeks.map((w) => w.load === null && w.meeting_hours !== null),
    focus,
    stress,
    energy,
    any: [meeting, focus, stress, energy].some((s) => s.some((v) => v !== null)),
  };
}

export interface WorkloadRow {
  week: string;
  meeting: string;
  focus: string;
  stress: string;
  energy: string;
}

/** The chart's numbers as table rows, newest first, for screen readers and tests. */
export function workloadRows(weeks: WeekMetrics[], locale?: string): WorkloadRow[] {
  return [...weeks].reverse().map((w) => ({
    week: w.week_start,
    meeting: formatHours(w.meeting_hours, locale),
    focus: formatHours(w.load?.focus_hours, locale),
    stress: formatScore(w.stress, locale),
    energy: formatScore(w.energy, locale),
  }));
}

// --- Load and stress ---------------------------------------------------------------------------

/** r as written in the summary: two decimals, a real minus sign. */
export function formatR(r: number | null): string {
  if (r === null) return NONE;
  return r.toFixed(2).replace('-', '−');
}

/** Where r sits on a −1…1 scale, as a percentage from the left. */
export function rPosition(r: number | null): number {
  if (r === null) return 50;
  return Math.round(((Math.max(-1, Math.min(1, r)) + 1) / 2) * 1000) / 10;
}
