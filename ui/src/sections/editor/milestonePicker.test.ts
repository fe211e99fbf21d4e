import { expect, test } from 'vitest';
import type { MilestoneRef } from '../../api/bindings';
import { flatOptions, milestoneGroups } from './milestonePicker';

const m = (id: number, plan: [number, string], quarter: number, focus: string, title: string): MilestoneRef => ({
  id,
  plan_id: plan[0],
  plan_title: plan[1],
  quarter,
  quarter_focus: focus,
  title,
  status: 'not_started',
  target_date: null,
  overdue: false,
});

const y27: [number, string] = [2, 'Track 2027'];
const y26: [number, string] = [1, 'Track 2026'];
// The core's order: newest plan first, then quarter and position.
const choices = [
  m(10, y27, 1, 'Business context', 'Learn the P&L'),
  m(11, y27, 2, 'Strategic thinking', 'Write an executive brief'),
  m(12, y27, 2, 'Strategic thinking', 'Present to executives'),
  m(1, y26, 2, 'Strategic thinking', 'Own a priority decision'),
];

test('milestones are grouped by plan and quarter, in the core\'s order', () => {
  const groups = milestoneGroups(choices, '');
  expect(groups.map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
    ['Track 2027 · Q1 Business context', [10]],
    ['Track 2027 · Q2 Strategic thinking', [11, 12]],
    ['Track 2026 · Q2 Strategic thinking', [1]],
  ]);
  expect(flatOptions(groups).map((i) => i.id)).toEqual([10, 11, 12, 1]);
});

test('typing narrows by title, plan, quarter or focus; every word must match', () => {
  expect(flatOptions(milestoneGroups(choices, 'exec')).map((i) => i.id)).toEqual([11, 12]);
  expect(flatOptions(milestoneGroups(choices, 'EXEC brief')).map((i) => i.id)).toEqual([11]);
  expect(flatOptions(milestoneGroups(choices, '2026')).map((i) => i.id)).toEqual([1]);
  expect(flatOptions(milestoneGroups(choices, 'q1')).map((i) => i.id)).toEqual([10]);
  expect(milestoneGroups(choices, 'nothing like it')).toEqual([]);
});

test('milestones the entry already supports are not offered again', () => {
  expect(flatOptions(milestoneGroups(choices, '', [11, 1])).map((i) => i.id)).toEqual([10, 12]);
});
