// The year in pixels: every day of a year as a cell in week columns (Monday on top), coloured
// by the stress checked in for it.
import type { DayStress } from '../../api/bindings';
import { addDays, dateOf, mondayOf } from './workload';

/** Five steps from calm to high; 0 is a day without a check-in. */
export type StressLevel = 0 | 1 | 2 | 3 | 4 | 5;

export const LEVELS: { level: StressLevel; label: string }[] = [
  { level: 1, label: 'Calm (1–2)' },
  { level: 2, label: '3–4' },
  { level: 3, label: '5–6' },
  { level: 4, label: '7–8' },
  { level: 5, label: 'High (9–10)' },
];

/** Stress 1–10 → level 1–5 (1–2 calm … 9–10 high). */
export function stressLevel(stress: number | null | undefined): StressLevel {
  if (stress === null || stress === undefined || stress < 1) return 0;
  return Math.min(5, Math.ceil(Math.min(stress, 10) / 2)) as StressLevel;
}

export interface PixelCell {
  date: string;
  stress: number | null;
  /** Taken from the week's check-in, not a daily one. */
  fromWeek: boolean;
  level: StressLevel;
}

export interface PixelGrid {
  /** Week columns, Monday first; null outside the year. */
  columns: (PixelCell | null)[][];
  /** Month names over the column their first day falls in. */
  months: { label: string; column: number }[];
  /** Days with a check-in. */
  count: number;
}

export function pixelGrid(year: number, days: DayStress[], locale?: string): PixelGrid {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const columns: (PixelCell | null)[][] = [];
  const months: { label: string; column: number }[] = [];
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short' });
  let count = 0;
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7)) {
    const column: (PixelCell | null)[] = [];
    for (let i = 0; i < 7; i++) {
      const date = addDays(monday, i);
      if (date < first || date > last) {
        column.push(null);
        continue;
      }
      if (date.endsWith('-01')) months.push({ label: monthName.format(dateOf(date)), column: columns.length });
      const d = byDate.get(date);
      if (d) count++;
      column.push({ date, stress: d?.stress ?? null, fromWeek: d?.from_week ?? false, level: stressLevel(d?.stress) });
    }
    columns.push(column);
  }
  return { columns, months, count };
}

/** The cell's tooltip: "Tue, Nov 24: stress 7 (from the weekly check-in)". */
export function cellTitle(cell: PixelCell, locale?: string): string {
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric' }).format(dateOf(cell.date));
  if (cell.stress === null) return `${day}: no check-in`;
  return `${day}: stress ${cell.stress}${cell.fromWeek ? ' (from the weekly check-in)' : ''}`;
}
