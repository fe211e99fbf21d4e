import { describe, expect, test } from 'vitest';
import type { CompetencyGroup, CompetencyStatus, RatingPoint } from '../../api/bindings';
import {
  back,
  changeSince,
  competencyTags,
  currentStep,
  goTo,
  groupLabel,
  hasInput,
  next,
  onSummary,
  rate,
  ratedCount,
  ratingKey,
  reviewRatings,
  sections,
  setNote,
  skip,
  startReview,
} from './competencies';

function status(
  id: number,
  opts: { relevant?: boolean; archived?: boolean; groups?: CompetencyGroup[]; history?: RatingPoint[] } = {},
): CompetencyStatus {
  const history = opts.history ?? [];
  return {
    competency: {
      id,
      name: `C${id}`,
      description: `About C${id}`,
      tag: `c${id}`,
      groups: opts.groups ?? ['leadership'],
      archived: opts.archived ?? false,
    },
    relevant: opts.relevant ?? true,
    history,
    latest: history.at(-1)?.rating ?? null,
    previous: history.at(-2)?.rating ?? null,
    evidence_count: 0,
    entry_count: 0,
    document_count: 0,
  };
}

const point = (review_id: number, rating: number, note = ''): RatingPoint => ({ review_id, rated_on: `2026-0${review_id}-01`, rating, note });

describe('profile', () => {
  test('group labels name every list a competency belongs to', () => {
    expect(groupLabel(['leadership', 'staff_principal'])).toBe('Leadership · Staff/Principal');
    expect(groupLabel(['custom'])).toBe('Yours');
  });
});

describe('changeSince', () => {
  test('arrows only when both ratings exist and differ', () => {
    expect(changeSince(4, 2)).toEqual({ symbol: '▲', delta: 2, label: 'up 2 since the previous review' });
    expect(changeSince(2, 3)).toMatchObject({ symbol: '▼', delta: -1 });
    expect(changeSince(3, 3)).toMatchObject({ symbol: '', label: 'same as the previous review' });
    expect(changeSince(3, null)).toMatchObject({ symbol: '', label: 'first rating' });
    expect(changeSince(null, null)).toMatchObject({ symbol: '', label: 'not rated yet' });
  });
});

describe('sections', () => {
  test('relevant and active, then the rest, archived apart whatever their relevance', () => {
    const list = [status(1), status(2, { relevant: false }), status(3, { archived: true }), status(4, { relevant: false, archived: true }), status(5)];
    const s = sections(list);
    expect(s.relevant.map((x) => x.competency.id)).toEqual([1, 5]);
    expect(s.other.map((x) => x.competency.id)).toEqual([2]);
    expect(s.archived.map((x) => x.competency.id)).toEqual([3, 4]);
  });

  test('competency tags leave archived competencies out', () => {
    const tags = competencyTags([status(1).competency, status(2, { archived: true }).competency]);
    expect([...tags]).toEqual([['c1', 'C1']]);
  });
});

describe('the guided self-review', () => {
  const list = [
    status(1, { history: [point(1, 2), point(2, 3, 'better')] }),
    status(2, { relevant: false }),
    status(3, { archived: true }),
    status(4),
    status(5),
  ];

  test('steps through each relevant, active competency with its last rating', () => {
    const r = startReview(list);
    expect(r.steps.map((s) => s.id)).toEqual([1, 4, 5]);
    expect(r.steps[0]).toMatchObject({ name: 'C1', description: 'About C1', last: { rating: 3, note: 'better' } });
    expect(r.steps[1].last).toBeNull();
    expect(currentStep(r)?.id).toBe(1);
    expect(hasInput(r)).toBe(false);
  });

  test('a key rates and moves on; a click only rates; the summary comes after the last', () => {
    let r = startReview(list);
    r = rate(r, ratingKey('4')!, true);
    expect(r.index).toBe(1);
    r = rate(r, 2);
    expect(r.index).toBe(1);
    r = setNote(r, '  asked more than told  ');
    r = next(r);
    r = next(r);
    expect(onSummary(r)).toBe(true);
    expect(next(r)).toBe(r);
    expect(reviewRatings(r)).toEqual([
      { competency_id: 1, rating: 4, note: '' },
      { competency_id: 4, rating: 2, note: 'asked more than told' },
    ]);
    expect(ratedCount(r)).toBe(2);
  });

  test('skip leaves a competency unrated even after a rating was chosen; back returns', () => {
    let r = startReview(list);
    r = rate(r, 5);
    r = skip(r);
    expect(r.index).toBe(1);
    expect(r.answers[1].rating).toBeNull();
    r = back(back(r));
    expect(r.index).toBe(0);
    r = goTo(r, 99);
    expect(onSummary(r)).toBe(true);
    expect(reviewRatings(r)).toEqual([]);
  });

  test('out-of-range ratings and other keys are ignored', () => {
    const r = startReview(list);
    expect(rate(r, 0)).toBe(r);
    expect(rate(r, 6, true)).toBe(r);
    expect(rate(r, 2.5)).toBe(r);
    expect(['0', '6', 'a', 'Enter', '12'].map(ratingKey)).toEqual([null, null, null, null, null]);
    expect(['1', '5'].map(ratingKey)).toEqual([1, 5]);
  });

  test('a note alone counts as input worth confirming before cancelling', () => {
    expect(hasInput(setNote(startReview(list), 'half a thought'))).toBe(true);
    expect(hasInput(setNote(startReview(list), '   '))).toBe(false);
  });
});
