// Words for the year in pixels. The core lays the year out (week columns, Monday on top) and
// puts each day's stress on its five-step scale; this names the months and the steps.
import type { StressCell, StressYear } from '../../api/bindings';
import { reference } from '../../shared/reference';
import { dateOf } from './workload';

/** The month names above the grid, over the column their first day falls in. */
export function monthLabels(year: StressYear, locale?: string): { label: string; column: number }[] {
  const name = new Intl.DateTimeFormat(locale, { month: 'short' });
  return year.months.map((m) => ({ label: name.format(new Date(year.year, m.month - 1, 1)), column: m.column }));
}

/** The legend's steps: "Calm (1–2)", "3–4", …, "High (9–10)". */
export function stepLabels(): { level: number; label: string }[] {
  const steps = reference().workload.stress_steps;
  return steps.map((s, i) => {
    const range = `${s.low}–${s.high}`;
    const label = i === 0 ? `Calm (${range})` : i === steps.length - 1 ? `High (${range})` : range;
    return { level: s.level, label };
  });
}

/** The cell's tooltip: "Tue, Nov 24: stress 7 (from the weekly check-in)". */
export function cellTitle(cell: StressCell, locale?: string): string {
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric' }).format(dateOf(cell.date));
  if (cell.stress === null) return `${day}: no check-in`;
  return `${day}: stress ${cell.stress}${cell.from_week ? ' (from the weekly check-in)' : ''}`;
}
