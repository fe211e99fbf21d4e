// Words and shapes for the competency screen: labels for tracks, levels, groups and ratings, the
// list's sections, and the guided self-review as a small state machine. The rules themselves
// (relevance, gaps, latest/previous, evidence) come computed from the core.
import type { Competency, CompetencyGroup, CompetencyStatus, Level, RatingInput, RatingPoint, Track } from '../../api/bindings';
import { reference } from '../../shared/reference';

export const GROUP_LABELS: Record<CompetencyGroup, string> = {
  leadership: 'Leadership',
  senior: 'Senior',
  staff_principal: 'Staff/Principal',
  manager: 'Manager',
  custom: 'Yours',
};

/** "Leadership · Staff/Principal" for a competency that belongs to both lists. */
export function groupLabel(groups: CompetencyGroup[]): string {
  return groups.map((g) => GROUP_LABELS[g]).join(' · ');
}

export const TRACKS: { value: Track; label: string }[] = [
  { value: 'ic', label: 'Individual contributor' },
  { value: 'management', label: 'Management' },
];

export function levelLabel(level: Level): string {
  return reference().tracks.flatMap((t) => t.levels).find((l) => l.level === level)?.label ?? level;
}

/** The ratings of the scale, 1 to 5, as the core defines it. */
export function ratings(): number[] {
  return reference().rating_scale.map((r) => r.rating);
}

/** What a rating means ("Capable"), or nothing for a number off the scale. */
export function ratingLabel(rating: number): string {
  return reference().rating_scale.find((r) => r.rating === rating)?.meaning ?? '';
}

export interface Change {
  /** ▲, ▼, or empty when there is nothing to compare or nothing moved. */
  symbol: '▲' | '▼' | '';
  delta: number;
  /** For screen readers and titles: "up 1 since the previous review". */
  label: string;
}

export function changeSince(latest: number | null, previous: number | null): Change {
  if (latest === null || previous === null) return { symbol: '', delta: 0, label: latest === null ? 'not rated yet' : 'first rating' };
  const delta = latest - previous;
  if (delta === 0) return { symbol: '', delta, label: 'same as the previous review' };
  const n = Math.abs(delta);
  return delta > 0
    ? { symbol: '▲', delta, label: `up ${n} since the previous review` }
    : { symbol: '▼', delta, label: `down ${n} since the previous review` };
}

export interface Sections {
  /** On the chosen track and level, and active: the radar, gaps and review. */
  relevant: CompetencyStatus[];
  /** Active but outside the chosen target. */
  other: CompetencyStatus[];
  archived: CompetencyStatus[];
}

/** Splits the overview's list (already in framework order) into the screen's sections. */
export function sections(statuses: CompetencyStatus[]): Sections {
  const out: Sections = { relevant: [], other: [], archived: [] };
  for (const s of statuses) {
    if (s.competency.archived) out.archived.push(s);
    else if (s.relevant) out.relevant.push(s);
    else out.other.push(s);
  }
  return out;
}

/** Active competencies by tag, so the editor can mark and offer competency tags. */
export function competencyTags(competencies: Competency[]): Map<string, string> {
  return new Map(competencies.filter((c) => !c.archived).map((c) => [c.tag, c.name]));
}

// The guided self-review ------------------------------------------------------------------

export interface ReviewStep {
  id: number;
  name: string;
  description: string;
  /** The last rating given, to compare against. */
  last: RatingPoint | null;
}

export interface Answer {
  rating: number | null;
  note: string;
}

export interface ReviewState {
  steps: ReviewStep[];
  /** The step on screen; equal to `steps.length` on the summary. */
  index: number;
  answers: Record<number, Answer>;
}

/** A review of every relevant, active competency, in the overview's order. */
export function startReview(statuses: CompetencyStatus[]): ReviewState {
  const steps = sections(statuses).relevant.map((s) => ({
    id: s.competency.id,
    name: s.competency.name,
    description: s.competency.description,
    last: s.history.at(-1) ?? null,
  }));
  return { steps, index: 0, answers: Object.fromEntries(steps.map((s) => [s.id, { rating: null, note: '' }])) };
}

export function onSummary(s: ReviewState): boolean {
  return s.index >= s.steps.length;
}

export function currentStep(s: ReviewState): ReviewStep | null {
  return s.steps[s.index] ?? null;
}

function patchCurrent(s: ReviewState, patch: Partial<Answer>): ReviewState {
  const step = currentStep(s);
  if (!step) return s;
  return { ...s, answers: { ...s.answers, [step.id]: { ...s.answers[step.id], ...patch } } };
}

/** Rates the competency on screen; with `advance`, moves on (the 1–5 keys do). */
export function rate(s: ReviewState, rating: number, advance = false): ReviewState {
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) return s;
  const rated = patchCurrent(s, { rating });
  return advance ? next(rated) : rated;
}

export function setNote(s: ReviewState, note: string): ReviewState {
  return patchCurrent(s, { note });
}

export function next(s: ReviewState): ReviewState {
  return onSummary(s) ? s : { ...s, index: s.index + 1 };
}

export function back(s: ReviewState): ReviewState {
  return s.index === 0 ? s : { ...s, index: s.index - 1 };
}

/** Leaves the competency on screen unrated (dropping a rating already chosen) and moves on. */
export function skip(s: ReviewState): ReviewState {
  return next(patchCurrent(s, { rating: null }));
}

/** Opens a step directly, e.g. from the summary. */
export function goTo(s: ReviewState, index: number): ReviewState {
  return { ...s, index: Math.max(0, Math.min(index, s.steps.length)) };
}

/** What the one `record_self_review` call sends: rated competencies only, in review order. */
export function reviewRatings(s: ReviewState): RatingInput[] {
  return s.steps
    .filter((step) => s.answers[step.id]?.rating != null)
    .map((step) => ({ competency_id: step.id, rating: s.answers[step.id].rating!, note: s.answers[step.id].note.trim() }));
}

export function ratedCount(s: ReviewState): number {
  return s.steps.filter((step) => s.answers[step.id]?.rating != null).length;
}

/** Whether cancelling would lose something the user entered. */
export function hasInput(s: ReviewState): boolean {
  return Object.values(s.answers).some((a) => a.rating !== null || a.note.trim() !== '');
}

/** The rating a key press stands for ("1"–"5"), or null. */
export function ratingKey(key: string): number | null {
  return /^[1-5]$/.test(key) ? Number(key) : null;
}
