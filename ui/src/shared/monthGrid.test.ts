import { expect, test } from 'vitest';
import { addDays, addMonths, clampDay, monthGrid, monthTitle, weekdayNames } from './monthGrid';

test('a month grid runs Monday to Sunday and covers the whole month', () => {
  // March 2027 starts on a Monday and ends on a Wednesday.
  const weeks = monthGrid('2027-03-17');
  expect(weeks).toHaveLength(5);
  expect(weeks[0][0]).toEqual({ iso: '2027-03-01', day: 1, inMonth: true });
  expect(weeks[4].map((d) => d.iso)).toEqual(['2027-03-29', '2027-03-30', '2027-03-31', '2027-04-01', '2027-04-02', '2027-04-03', '2027-04-04']);
  expect(weeks[4][3].inMonth).toBe(false);
  // February 2028 has 29 days and starts on a Tuesday: the grid begins on 31 January.
  const feb = monthGrid('2028-02-01');
  expect(feb[0][0]).toEqual({ iso: '2028-01-31', day: 31, inMonth: false });
  expect(feb.flat().filter((d) => d.inMonth)).toHaveLength(29);
});

test('days and months step across the ends of months and years', () => {
  expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  expect(addDays('2027-03-28', 7)).toBe('2027-04-04');
  expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
  expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  expect(addMonths('2027-01-15', -1)).toBe('2026-12-15');
});

test('a day is kept within the bounds given', () => {
  expect(clampDay('2026-12-01', '2027-01-01', '2027-12-31')).toBe('2027-01-01');
  expect(clampDay('2028-01-01', '2027-01-01', '2027-12-31')).toBe('2027-12-31');
  expect(clampDay('2027-06-01', '2027-01-01')).toBe('2027-06-01');
});

test('titles and weekday names come from the locale', () => {
  expect(monthTitle('2027-03-17', 'en-GB')).toBe('March 2027');
  expect(weekdayNames('en-GB').map((d) => d.short)).toEqual(['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']);
  expect(weekdayNames('en-GB')[0].long).toBe('Monday');
});
