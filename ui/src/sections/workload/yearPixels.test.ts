import { expect, test } from 'vitest';
import { cellTitle, pixelGrid, stressLevel } from './yearPixels';

test('stress 1–10 falls into five steps from calm to high', () => {
  expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(stressLevel)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  expect(stressLevel(null)).toBe(0);
  expect(stressLevel(0)).toBe(0);
});

test('the year is laid out in Monday-first week columns, every day once', () => {
  // 2026 starts on a Thursday and ends on a Thursday.
  const g = pixelGrid(2026, [], 'en-US');
  expect(g.columns).toHaveLength(53);
  expect(g.columns[0].map((c) => c?.date ?? null)).toEqual([null, null, null, '2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
  expect(g.columns[52].map((c) => c?.date ?? null)).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null, null]);
  const dates = g.columns.flat().filter((c) => c !== null).map((c) => c!.date);
  expect(dates).toHaveLength(365);
  expect(new Set(dates).size).toBe(365);
  expect(g.months.map((m) => m.label)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
  expect(g.months[0].column).toBe(0);
  // March 1st 2026 is a Sunday, in the column of Monday Feb 23.
  expect(g.columns[g.months[2].column][6]?.date).toBe('2026-03-01');
  // A leap year that starts on a Monday has no empty cells at the front.
  const leap = pixelGrid(2024, []);
  expect(leap.columns[0][0]?.date).toBe('2024-01-01');
  expect(leap.columns.flat().filter(Boolean)).toHaveLength(366);
});

test('cells carry the stress, its step and whether it came from the weekly check-in', () => {
  const g = pixelGrid(2026, [
    { date: '2026-11-23', stress: 7, from_week: true },
    { date: '2026-11-24', stress: 3, from_week: false },
  ]);
  const cells = g.columns.flat().filter((c) => c && c.stress !== null);
  expect(cells).toEqual([
    { date: '2026-11-23', stress: 7, fromWeek: true, level: 4 },
    { date: '2026-11-24', stress: 3, fromWeek: false, level: 2 },
  ]);
  expect(g.count).toBe(2);
  expect(cellTitle(cells[0]!, 'en-US')).toBe('Mon, Nov 23: stress 7 (from the weekly check-in)');
  expect(cellTitle({ date: '2026-11-25', stress: null, fromWeek: false, level: 0 }, 'en-US')).toBe('Wed, Nov 25: no check-in');
});
