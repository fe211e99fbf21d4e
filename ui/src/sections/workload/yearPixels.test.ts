import { expect, test } from 'vitest';
import type { StressYear } from '../../api/bindings';
import { cellTitle, monthLabels, stepLabels } from './yearPixels';

test('the legend names the core\'s five steps from calm to high', () => {
  expect(stepLabels().map((s) => s.label)).toEqual(['Calm (1–2)', '3–4', '5–6', '7–8', 'High (9–10)']);
});

test('months are named over the column the core put their first day in', () => {
  const year = { year: 2026, weeks: [], count: 0, months: [{ month: 1, column: 0 }, { month: 3, column: 8 }] } satisfies StressYear;
  expect(monthLabels(year, 'en-US')).toEqual([
    { label: 'Jan', column: 0 },
    { label: 'Mar', column: 8 },
  ]);
});

test('a cell\'s title says the day, its stress and where it came from', () => {
  expect(cellTitle({ date: '2026-11-23', stress: 7, from_week: true, level: 4 }, 'en-US')).toBe('Mon, Nov 23: stress 7 (from the weekly check-in)');
  expect(cellTitle({ date: '2026-11-25', stress: null, from_week: false, level: 0 }, 'en-US')).toBe('Wed, Nov 25: no check-in');
});
