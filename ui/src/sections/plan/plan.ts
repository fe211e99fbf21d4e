// Wording and small calculations the year plan's views share. The rules themselves (progress,
// overdue, current quarter) come computed from the core; this only puts them into words.
import type { EntryQuery, Milestone, MilestoneDraft, MilestoneStatus, Progress, Quarter } from '../../api/bindings';
import { formatDate } from '../../shared/dates';

export const STATUS_OPTIONS: { value: MilestoneStatus; label: string }[] = [
  { value: 'not_started', label: 'Not started' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
  { value: 'skipped', label: 'Skipped' },
];

export function statusLabel(status: MilestoneStatus): string {
  return STATUS_OPTIONS.find((s) => s.value === status)?.label ?? status;
}

/**
 * "3 of 12 done · 1 skipped · 25%". Skipped milestones are a decision, not undone work, so
 * "of" counts the others, and the percent (from the core) agrees with the two numbers.
 */
export function progressText(p: Progress, opts: { percent?: boolean } = {}): string {
  if (p.total === 0) return 'No milestones yet';
  const counted = p.total - p.skipped;
  if (counted === 0) return `${p.skipped} skipped`;
  const parts = [`${p.done} of ${counted} done`];
  if (p.skipped > 0) parts.push(`${p.skipped} skipped`);
  if (opts.percent) parts.push(`${p.percent}%`);
  return parts.join(' · ');
}

/** "2 overdue", or empty when nothing is. */
export function overdueText(count: number): string {
  return count > 0 ? `${count} overdue` : '';
}

/** "Q1 · Business context · Mar–May 2026". */
export function quarterTitle(q: Pick<Quarter, 'number' | 'focus' | 'months'>): string {
  return `Q${q.number} · ${q.focus} · ${q.months}`;
}

/** The twelve months for the start-month picker: values "01".."12", names in the user's language. */
export function monthOptions(locale?: string): { value: string; label: string }[] {
  const name = new Intl.DateTimeFormat(locale, { month: 'long' });
  return Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1).padStart(2, '0'),
    label: name.format(new Date(2026, i, 1)),
  }));
}

/** The `YYYY-MM` the core expects; the year is sent as typed, so a bad one gets the core's message. */
export function startMonth(year: string, month: string): string {
  return `${year.trim()}-${month}`;
}

/** "Due 31 May 2026", or "No target date". */
export function targetLabel(target: string | null): string {
  return target ? `Due ${formatDate(target)}` : 'No target date';
}

/** What a milestone's row says of its date: the day it was done, else its target. */
export function milestoneDateLabel(m: Pick<Milestone, 'done_on' | 'target_date'>): string {
  return m.done_on ? `Done ${formatDate(m.done_on)}` : targetLabel(m.target_date);
}

export function toDraft(m: Milestone): MilestoneDraft {
  return { title: m.title, target_date: m.target_date ?? '', status: m.status, status_note: m.status_note };
}

/** The first lines of a quarter's goals as plain text, for a glance; empty when none are written. */
export function goalsExcerpt(goals: string, maxChars = 180): string {
  const text = goals
    .split('\n')
    .map((l) => l.replace(/^\s*(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+|#{1,6}\s+|>\s?)/, '').trim())
    .filter(Boolean)
    .join(' · ')
    .replace(/[*_`]/g, '');
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The message of a milestone's status note field, which asks the right question. */
export function noteLabel(status: MilestoneStatus): string {
  return status === 'skipped' ? 'Why skipped?' : 'Status note';
}

/** How many entries the evidence picker offers at a time. */
export const EVIDENCE_CHOICES = 8;

/** The evidence picker's search: the typed words, or with none the newest entries. */
export function evidenceQuery(text: string): EntryQuery {
  return { text: text.trim(), tags: [], starred_only: false, offset: 0, limit: EVIDENCE_CHOICES };
}

/** How long typing in a quarter's goals pauses before they are saved. */
export const GOALS_DELAY_MS = 600;
