// The check-in form's rules: four numbers in a few keystrokes. Typing a digit that completes a
// value moves on to the next field; Enter saves. The core checks the ranges and has the last word.
import type { CheckIn, CheckInDraft, CheckInPeriod } from '../../api/bindings';
import { dateOf, shortDate } from './workload';

export interface ScaleSpec {
  id: 'stress' | 'energy' | 'imposter';
  label: string;
  max: number;
  low: string;
  high: string;
}

/** The three scales, in the order the form asks them (the meanings are the core's words). */
export const SCALES: ScaleSpec[] = [
  { id: 'stress', label: 'Stress', max: 10, low: 'calm', high: 'overwhelmed' },
  { id: 'energy', label: 'Energy', max: 10, low: 'drained', high: 'full of energy' },
  { id: 'imposter', label: 'Imposter feeling', max: 5, low: 'not at all', high: 'all the time' },
];

export interface CheckinForm {
  hours: string;
  stress: string;
  energy: string;
  imposter: string;
  note: string;
}

export type FieldName = keyof CheckinForm;

/** What a scale field keeps of what was typed: digits only, two at most. */
export function scaleText(raw: string): string {
  return raw.replace(/\D/g, '').slice(0, 2);
}

/**
 * True when no further digit could still make a valid value, so the focus can move on: for 1–10,
 * "2"…"9" and "10" are complete but "1" may become "10"; for 1–5 any digit is. A leading "0" is
 * complete too (the core then says what range it wants).
 */
export function scaleComplete(text: string, max: number): boolean {
  if (!/^\d+$/.test(text)) return false;
  const n = Number(text);
  return text.startsWith('0') || n * 10 > max;
}

/** ArrowUp/ArrowDown on a scale: one step, kept within 1…max. */
export function stepScale(text: string, delta: number, max: number): string {
  const n = text === '' ? (delta > 0 ? 0 : max + 1) : Number(text);
  return String(Math.min(max, Math.max(1, n + delta)));
}

/** Meeting hours as typed: empty means "not given"; a comma works as the decimal point. */
export function parseHours(text: string): { ok: true; value: number | null } | { ok: false; message: string } {
  const t = text.trim().replace(',', '.');
  if (t === '') return { ok: true, value: null };
  if (!/^\d+(\.\d*)?$|^\.\d+$/.test(t)) {
    return { ok: false, message: `"${text.trim()}" is not a number of hours. Write it like 12 or 12.5, or leave it empty.` };
  }
  return { ok: true, value: Number(t) };
}

/** Hours as the field shows them: one decimal, empty for none. */
export function hoursOf(h: number | null): string {
  return h === null ? '' : String(Math.round(h * 10) / 10);
}

/** The form filled from the saved check-in (editing replaces it), or empty with the calendar's hours. */
export function formFrom(saved: CheckIn | null, suggestedHours: number | null): CheckinForm {
  if (saved) {
    return {
      hours: hoursOf(saved.meeting_hours ?? suggestedHours),
      stress: String(saved.stress),
      energy: String(saved.energy),
      imposter: String(saved.imposter),
      note: saved.note,
    };
  }
  return { hours: hoursOf(suggestedHours), stress: '', energy: '', imposter: '', note: '' };
}

export type DraftResult = { ok: true; draft: CheckInDraft } | { ok: false; message: string; field: FieldName };

/**
 * The draft to send, or why the hours cannot be read. Values out of range or missing are sent
 * as they are, so the core reports every problem at once, in its words (the range and its
 * meaning).
 */
export function buildDraft(form: CheckinForm, period: CheckInPeriod, date: string): DraftResult {
  const hours = parseHours(form.hours);
  if (!hours.ok) return { ok: false, message: hours.message, field: 'hours' };
  const scale = (text: string) => (text.trim() === '' ? null : Number(text));
  return {
    ok: true,
    draft: {
      period,
      date,
      meeting_hours: hours.value,
      stress: scale(form.stress),
      energy: scale(form.energy),
      imposter: scale(form.imposter),
      note: form.note.trim(),
    },
  };
}

/** What the hours field keeps of what was typed: digits and one decimal point (or comma). */
export function hoursText(raw: string): string {
  const kept = raw.replace(/[^\d.,]/g, '');
  const at = kept.search(/[.,]/);
  return at === -1 ? kept : kept.slice(0, at + 1) + kept.slice(at + 1).replace(/[.,]/g, '');
}

/** The form field for the draft field the core named in its error (`meeting_hours` is typed as hours). */
export function formField(field: string | null | undefined): FieldName | null {
  if (field === 'meeting_hours') return 'hours';
  if (field === 'stress' || field === 'energy' || field === 'imposter' || field === 'note') return field;
  return null;
}

/** "Saved for the week of Nov 23" or "Saved for Tue, Nov 24". */
export function savedText(c: Pick<CheckIn, 'period' | 'period_start'>, locale?: string): string {
  if (c.period === 'week') return `Saved for the week of ${shortDate(c.period_start, locale)}`;
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric' }).format(dateOf(c.period_start));
  return `Saved for ${day}`;
}

/** Enter saves from any field; in the note, Shift+Enter makes a new line. Ctrl/Cmd+Enter always saves. */
export function isSaveKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'isComposing'>): boolean {
  if (e.key !== 'Enter' || e.isComposing || e.altKey) return false;
  return e.ctrlKey || e.metaKey || !e.shiftKey;
}
