import { expect, test } from 'vitest';
import { daysSinceText, greeting, longDate, reviewText } from './home';

test('days since the last entry, in words', () => {
  expect(daysSinceText(null)).toBe('No entries yet');
  expect(daysSinceText(0)).toBe('You wrote today');
  expect(daysSinceText(1)).toBe('Last entry yesterday');
  expect(daysSinceText(3)).toBe('Last entry 3 days ago');
});

test('greets by the time of day', () => {
  expect(greeting('morning')).toBe('Good morning');
  expect(greeting('afternoon')).toBe('Good afternoon');
  expect(greeting('evening')).toBe('Good evening');
});

test('today is written out in full', () => {
  const text = longDate('2026-11-24', 'en-GB');
  expect(text).toContain('Tuesday');
  expect(text).toContain('24 November 2026');
  expect(longDate('soon')).toBe('soon');
});

test('the review line says when, or invites a first one', () => {
  expect(reviewText(null, null)).toBe('No self-review yet — rate yourself');
  expect(reviewText('2026-11-01', null)).toMatch(/^Last self-review .*2026$/);
  expect(reviewText('2026-11-01', '2026-08-01')).toMatch(/^Last self-review .*, compared with .*2026$/);
});
