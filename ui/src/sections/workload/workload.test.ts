import { expect, test } from 'vitest';
import type { WeekLoad, WeekMetrics } from '../../api/bindings';
import {
  formatHours,
  formatR,
  formatShare,
  kindInfo,
  workloadRows,
  workloadSeries,
  occurrenceDays,
  roundHours,
  rPosition,
  shortDate,
  weekMetricRows,
  weekName,
  weekRange,
} from './workload';

const load = (over: Partial<WeekLoad> = {}): WeekLoad => ({
  week_start: '2026-11-16',
  busy_hours: 5.916666666666667,
  meeting_hours: 4.916666666666667,
  blocked_hours: 1,
  working_hours: 40,
  meeting_share: 0.09791666666666667,
  focus_hours: 33,
  fragmented_hours: 2.0833333333333335,
  back_to_back_runs: 1,
  longest_run: 3,
  after_hours_meeting_hours: 1,
  meeting_count: 5,
  top_series: null,
  ...over,
});

const week = (monday: string, over: Partial<WeekMetrics> = {}): WeekMetrics => ({
  week_start: monday,
  // Only the range in the chart's tooltip reads it.
  week_end: monday,
  load: null,
  checkin: null,
  stress: null,
  energy: null,
  meeting_hours: null,
  hours_drift: null,
  ...over,
});

test('hours are rounded to one decimal for display, never shown as -0', () => {
  expect(roundHours(2.9166666)).toBe(2.9);
  expect(roundHours(2.95)).toBe(3);
  expect(Object.is(roundHours(-0.01), -0)).toBe(false);
  expect(formatHours(4.916666666666667, 'en-US')).toBe('4.9 h');
  expect(formatHours(40, 'en-US')).toBe('40 h');
  expect(formatHours(12.25, 'de-DE')).toBe('12,3 h');
  expect(formatHours(null)).toBe('—');
  expect(formatShare(0.09791666666666667)).toBe('10%');
});

test('weeks are named from how far the core says they are from today, and written as a range', () => {
  expect(weekName(0, '2026-11-23')).toBe('This week');
  expect(weekName(-1, '2026-11-16')).toBe('Last week');
  expect(weekName(1, '2026-11-30')).toBe('Next week');
  expect(weekName(-3, '2026-11-02', 'en-US')).toBe('Week of Nov 2');
  expect(shortDate('2026-11-23', 'en-US')).toBe('Nov 23');
  expect(weekRange('2026-11-23', '2026-11-29', 'en-US')).toMatch(/^Nov 23\s*–\s*29, 2026$/);
  expect(weekRange('2026-12-28', '2027-01-03', 'en-US')).toMatch(/Dec 28, 2026\s*–\s*Jan 3, 2027/);
});

test('every metric of the week is listed with its rounded value and how it is computed', () => {
  const rows = weekMetricRows(load({ top_series: { summary: 'Weekly sync', hours: 2, occurrences: 2 } }), 'en-US');
  expect(rows.map((r) => r.id)).toEqual([
    'meeting-hours',
    'share',
    'focus',
    'fragmented',
    'busy',
    'blocked',
    'back-to-back',
    'after-hours',
    'count',
    'series',
  ]);
  const value = (id: string) => rows.find((r) => r.id === id)!.value;
  expect(value('meeting-hours')).toBe('4.9 h');
  expect(value('share')).toBe('10%');
  expect(value('focus')).toBe('33 h');
  expect(value('fragmented')).toBe('2.1 h');
  expect(value('busy')).toBe('5.9 h');
  expect(value('back-to-back')).toBe('1 run, longest 3');
  expect(value('after-hours')).toBe('1 h');
  expect(value('count')).toBe('5');
  expect(value('series')).toBe('Weekly sync · 2 h (2×)');
  expect(rows.find((r) => r.id === 'share')!.explain).toContain('40 h this week');
  expect(rows.every((r) => r.explain.length > 20)).toBe(true);
  const quiet = weekMetricRows(load({ back_to_back_runs: 0, longest_run: 0 }));
  expect(quiet.find((r) => r.id === 'back-to-back')!.value).toBe('None');
  expect(quiet.find((r) => r.id === 'series')!.value).toBe('None');
});

test('occurrence kinds: meetings, time alone, and the reason an event is not counted', () => {
  expect(kindInfo('meeting')).toMatchObject({ kind: 'meeting', badge: 'Meeting' });
  expect(kindInfo('blocked')).toMatchObject({ kind: 'blocked', badge: 'Blocked' });
  expect(kindInfo({ excluded: 'declined' })).toMatchObject({ kind: 'excluded', badge: 'declined' });
  expect(kindInfo({ excluded: 'all_day' }).badge).toBe('all-day');
  expect(kindInfo({ excluded: 'cancelled' }).badge).toBe('cancelled');
  expect(kindInfo({ excluded: 'free' }).badge).toBe('free');
});

test('occurrences are grouped by the day they start, in time order', () => {
  const days = occurrenceDays(
    [
      { start: '2026-11-24T14:00:00', end: '2026-11-24T15:00:00', summary: 'Demo', kind: { excluded: 'declined' }, series: false },
      { start: '2026-11-23T10:00:00', end: '2026-11-23T11:00:00', summary: 'Sync', kind: 'meeting', series: true },
      { start: '2026-11-23T09:00:00', end: '2026-11-23T09:15:00', summary: '  ', kind: 'blocked', series: false },
      { start: '2026-11-24T00:00:00', end: '2026-11-25T00:00:00', summary: 'Offsite', kind: { excluded: 'all_day' }, series: false },
      { start: '2026-11-26T23:00:00', end: '2026-11-27T01:00:00', summary: 'Late call', kind: 'meeting', series: false },
    ],
    'en-GB',
  );
  expect(days.map((d) => d.date)).toEqual(['2026-11-23', '2026-11-24', '2026-11-26']);
  expect(days[0].heading).toContain('Monday');
  expect(days[0].items.map((i) => [i.time, i.summary])).toEqual([
    ['09:00 – 09:15', '(no title)'],
    ['10:00 – 11:00', 'Sync'],
  ]);
  expect(days[1].items.map((i) => i.time)).toEqual(['All day', '14:00 – 15:00']);
  expect(days[1].items[1].info.kind).toBe('excluded');
  expect(days[2].items[0].time).toBe('23:00 – 27 Nov 01:00');
  // 24-hour, as the working hours are written, whatever the locale's habit ("02:00 PM" in en-US).
  const us = occurrenceDays([{ start: '2026-11-24T14:00:00', end: '2026-11-24T15:30:00', summary: 'Demo', kind: 'meeting', series: false }], 'en-US');
  expect(us[0].items[0].time).toBe('14:00 – 15:30');
});

test('the chart leaves gaps where there is no data, and marks hours that were only checked in', () => {
  const weeks = [
    week('2026-11-02'),
    week('2026-11-09', { meeting_hours: 12, checkin: null, stress: 6, energy: 5 }),
    week('2026-11-16', { load: load(), meeting_hours: 4.916666666666667, stress: 7.5, energy: null }),
  ];
  const s = workloadSeries(weeks, 'en-US');
  expect(s.labels).toEqual(['Nov 2', 'Nov 9', 'Nov 16']);
  expect(s.meeting).toEqual([null, 12, 4.916666666666667]);
  expect(s.meetingCheckedIn).toEqual([false, true, false]);
  expect(s.focus).toEqual([null, null, 33]);
  expect(s.stress).toEqual([null, 6, 7.5]);
  expect(s.energy).toEqual([null, 5, null]);
  expect(s.any).toBe(true);
  expect(workloadSeries([week('2026-11-02')]).any).toBe(false);
  // The table: newest first, rounded, missing as a dash.
  expect(workloadRows(weeks, 'en-US')).toEqual([
    { week: '2026-11-16', meeting: '4.9 h', focus: '33 h', stress: '7.5', energy: '—' },
    { week: '2026-11-09', meeting: '12 h', focus: '—', stress: '6', energy: '5' },
    { week: '2026-11-02', meeting: '—', focus: '—', stress: '—', energy: '—' },
  ]);
});

test('the correlation places r on its scale', () => {
  expect(formatR(-0.314)).toBe('−0.31');
  expect(formatR(0.5)).toBe('0.50');
  expect(rPosition(-1)).toBe(0);
  expect(rPosition(0)).toBe(50);
  expect(rPosition(0.58)).toBe(79);
  expect(rPosition(3)).toBe(100);
});
