import { expect, test } from 'vitest';
import { formatStamp } from './dates';

test('a stamp shows a 24-hour time in every locale, as the working hours are written', () => {
  // Noon UTC is the afternoon or the next morning in every zone the suites run in; either way,
  // never with "AM"/"PM".
  for (const locale of ['en-US', 'en-GB', 'de-DE']) {
    const shown = formatStamp('2026-12-03T14:02:00Z', locale);
    expect(shown).toMatch(/\b([01]\d|2[0-3]):\d{2}\b/);
    expect(shown).not.toMatch(/AM|PM/i);
  }
  expect(formatStamp('not a stamp')).toBe('not a stamp');
});
