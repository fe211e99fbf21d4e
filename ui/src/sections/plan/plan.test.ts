import { describe, expect, test } from 'vitest';
import {
  defaultPlanId,
  defaultTitle,
  evidenceQuery,
  goalsExcerpt,
  monthOptions,
  monthSpan,
  overdueText,
  progressText,
  quarterTitle,
  startMonth,
  stepPlace,
  suggestedYear,
  targetLabel,
} from './plan';
import { milestone, plan, progress, quarter, summary } from './planFixtures';

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
  test('month spans read like the core\'s titles', () => {
    expect(monthSpan('2026-03-01', '2026-05-31', 'en-GB')).toBe('Mar–May 2026');
    expect(monthSpan('2026-12-01', '2027-02-28', 'en-GB')).toBe('Dec 2026–Feb 2027');
    expect(quarterTitle(quarter(1), 'en-GB')).toBe('Q1 · Business context · Mar–May 2026');
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

  test('the title placeholder matches the core\'s default', () => {
    expect(defaultTitle('2026', '01')).toBe('Strategist Track 2026');
    expect(defaultTitle('2026', '03')).toBe('Strategist Track 2026–27');
    expect(defaultTitle('2099', '12')).toBe('Strategist Track 2099–00');
    expect(defaultTitle('soon', '03')).toBe('Strategist Track');
  });

  test('target labels', () => {
    expect(targetLabel(null)).toBe('No target date');
    expect(targetLabel('2026-05-31')).toMatch(/^Due .*2026$/);
  });
});

describe('choosing plans', () => {
  test('a new plan suggests the first year without one', () => {
    expect(suggestedYear([], 2026)).toBe(2026);
    expect(suggestedYear([{ year: 2026 }, { year: 2027 }, { year: 2029 }], 2026)).toBe(2028);
  });

  test('opens the running unarchived plan, else the latest started, else the newest', () => {
    const old = summary(plan({ id: 1, year: 2024, start: '2024-01-01' }));
    const archivedRunning = summary(plan({ id: 2, year: 2025, start: '2025-12-01', archived: true, current_quarter: 1 }));
    const running = summary(plan({ id: 3, year: 2026, start: '2026-03-01', current_quarter: 3 }));
    const future = summary(plan({ id: 4, year: 2027, start: '2027-03-01' }));
    expect(defaultPlanId([future, running, archivedRunning, old], '2026-11-24')).toBe(3);
    expect(defaultPlanId([future, archivedRunning, old], '2026-11-24')).toBe(1);
    expect(defaultPlanId([future], '2026-11-24')).toBe(4);
    expect(defaultPlanId([], '2026-11-24')).toBeNull();
  });
});

describe('stepPlace', () => {
  const quarters = plan({}, [
    { number: 1, milestones: [milestone(1, 1), milestone(2, 1)] },
    { number: 2, milestones: [] },
    { number: 3, milestones: [milestone(3, 3)] },
  ]).quarters;

  test('moves within a quarter', () => {
    expect(stepPlace(quarters, 2, -1)).toEqual({ quarter: 1, position: 0 });
    expect(stepPlace(quarters, 1, 1)).toEqual({ quarter: 1, position: 1 });
  });

  test('crosses into the neighbouring quarter at the edges', () => {
    expect(stepPlace(quarters, 2, 1)).toEqual({ quarter: 2, position: 0 });
    expect(stepPlace(quarters, 3, -1)).toEqual({ quarter: 2, position: 0 });
    expect(stepPlace(quarters, 3, 1)).toEqual({ quarter: 4, position: 0 });
  });

  test('stops at the very start of the plan, and for an unknown id', () => {
    expect(stepPlace(quarters, 1, -1)).toBeNull();
    expect(stepPlace(quarters, 99, 1)).toBeNull();
  });

  test('the last quarter\'s last milestone cannot go further down', () => {
    const qs = plan({}, [{ number: 4, milestones: [milestone(7, 4)] }]).quarters;
    expect(stepPlace(qs, 7, 1)).toBeNull();
    expect(stepPlace(qs, 7, -1)).toEqual({ quarter: 3, position: 0 });
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
