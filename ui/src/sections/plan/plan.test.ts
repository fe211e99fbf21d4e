import { describe, expect, test } from 'vitest';
import {
  evidenceQuery,
  goalsExcerpt,
  monthOptions,
  overdueText,
  progressText,
  quarterTitle,
  startMonth,
  targetLabel,
  milestoneDateLabel,
} from './plan';
import type { Progress } from '../../api/bindings';

// These are pure wording and ordering functions; their inputs are written by hand in the
// shape of the core's answers (the screens are tested against the real core).
const progress = (p: Partial<Progress> = {}): Progress => ({ total: 0, done: 0, in_progress: 0, not_started: 0, skipped: 0, overdue: 0, percent: 0, ...p });


describe('progressText', () => {
  test('counts done against the milestones that were not skipped, skipped beside', () => {
    const p = progress({ total: 13, done: 3, skipped: 1, not_started: 9, percent: 25 });
    expect(progressText(p)).toBe('3 of 12 done · 1 skipped');
    expect(progressText(p, { percent: true })).toBe('3 of 12 done · 1 skipped · 25%');
  });

  test('leaves out skipped when there are none', () => {
    expect(progressText(progress({ total: 4, done: 2, not_started: 2, percent: 50 }))).toBe('2 of 4 done');
  });

  test('an empty or all-skipped quarter reads plainly', () => {
    expect(progressText(progress())).toBe('No milestones yet');
    expect(progressText(progress({ total: 2, skipped: 2 }), { percent: true })).toBe('2 skipped');
  });

  test('overdue wording appears only when something is', () => {
    expect(overdueText(0)).toBe('');
    expect(overdueText(2)).toBe('2 overdue');
  });
});

describe('dates and titles', () => {
  test('a quarter\'s title is its number, focus and the months the core wrote', () => {
    expect(quarterTitle({ number: 1, focus: 'Business context', months: 'Mar–May 2026' })).toBe('Q1 · Business context · Mar–May 2026');
  });

  test('the month picker offers 01..12 with names', () => {
    const months = monthOptions('en-GB');
    expect(months.map((m) => m.value)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
    expect(months[2].label).toBe('March');
  });

  test('the start month is sent as YYYY-MM, the year as typed', () => {
    expect(startMonth(' 2027 ', '03')).toBe('2027-03');
    expect(startMonth('20x7', '03')).toBe('20x7-03');
  });

  test('target labels', () => {
    expect(targetLabel(null)).toBe('No target date');
    expect(milestoneDateLabel({ done_on: null, target_date: null })).toBe('No target date');
    expect(milestoneDateLabel({ done_on: '2026-04-14', target_date: '2026-05-31' })).toMatch(/^Done .*14.*2026$/);
    expect(targetLabel('2026-05-31')).toMatch(/^Due .*2026$/);
  });
});

describe('goalsExcerpt', () => {
  test('flattens a Markdown list into one line', () => {
    expect(goalsExcerpt('- Learn the **P&L**\n- [x] Read board decks\n\n1. Present it')).toBe('Learn the P&L · Read board decks · Present it');
  });

  test('cuts long goals at a word, with an ellipsis', () => {
    const text = goalsExcerpt('word '.repeat(60), 50);
    expect(text.length).toBeLessThanOrEqual(51);
    expect(text.endsWith('word…')).toBe(true);
  });

  test('empty goals give an empty excerpt', () => {
    expect(goalsExcerpt('  \n ')).toBe('');
  });
});

test('the evidence picker asks for a few entries, newest first when nothing is typed', () => {
  expect(evidenceQuery('  p&l ')).toEqual({ text: 'p&l', tags: [], starred_only: false, offset: 0, limit: 8 });
  expect(evidenceQuery('').text).toBe('');
});
