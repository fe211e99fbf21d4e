import { expect, test } from 'vitest';
import type { ImportReport } from '../../api/bindings';
import { expansionLine, fileProblem, formatBytes, reportCounts, sourceLine } from './calendarImport';
import { reference } from '../../shared/reference';

const MAX_CALENDAR_BYTES = reference().limits.calendar_file_bytes;

const report: ImportReport = {
  source: {
    id: 1,
    name: 'team.ics',
    imported_at: '2026-11-24T08:00:00Z',
    window_from: '2023-11-24',
    window_to: '2027-11-24',
    covers: { from: '2024-03-04', to: '2026-12-01' },
    occurrences: 1204,
    issues: [],
  },
  added: 1180,
  updated: 0,
  removed: 2,
  unchanged: 22,
  events: 6,
  cancelled: 4,
  all_day: 0,
  free: 7,
  truncated_series: [],
};

test('files over 25 MB and empty files are refused before anything is read', () => {
  expect(fileProblem({ name: 'ok.ics', size: MAX_CALENDAR_BYTES })).toBeNull();
  const big = fileProblem({ name: 'all.ics', size: MAX_CALENDAR_BYTES + 1 }, 'en-US');
  expect(big).toContain('all.ics is 25 MB');
  expect(big).toContain('up to 25 MB');
  expect(fileProblem({ name: 'huge.ics', size: 31.24 * 1024 * 1024 }, 'en-US')).toContain('huge.ics is 31.2 MB');
  expect(fileProblem({ name: 'none.ics', size: 0 })).toContain('none.ics is empty');
  expect(formatBytes(512)).toBe('512 bytes');
  expect(formatBytes(2048, 'en-US')).toBe('2 KB');
});

test('the report lists every change, and only the exclusions that happened', () => {
  const { changes, excluded } = reportCounts(report);
  expect(changes.map((c) => [c.id, c.value])).toEqual([
    ['added', 1180],
    ['updated', 0],
    ['removed', 2],
    ['unchanged', 22],
  ]);
  expect(excluded.map((c) => [c.id, c.value])).toEqual([
    ['cancelled', 4],
    ['free', 7],
  ]);
});

test('an imported calendar is described by what it spans, not the window it was read in', () => {
  expect(sourceLine(report.source, 'en-US')).toMatch(/^Mar 2024 to Nov 2026 · 1,204 occurrences · imported .*2026$/);
  expect(sourceLine({ ...report.source, occurrences: 1 }, 'en-US')).toContain('· 1 occurrence ·');
  expect(sourceLine({ ...report.source, covers: null, occurrences: 0 }, 'en-US')).toMatch(/^No meetings in it · 0 occurrences/);
});

test('the report says how the events expanded, thousands separated', () => {
  expect(expansionLine({ ...report, source: { ...report.source, occurrences: 1399 } }, 'en-US')).toBe(
    '6 events → 1,399 occurrences',
  );
  // A POSIX locale (LANG=C) would not group; its language's ordinary form does.
  expect(expansionLine({ ...report, source: { ...report.source, occurrences: 1399 } }, 'en-US-u-va-posix')).toBe(
    '6 events → 1,399 occurrences',
  );
});
