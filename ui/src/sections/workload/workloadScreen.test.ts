import { expect, test, vi } from 'vitest';
import { useWorkload } from '../../test/workload';
import { recordIPC } from '../../test/ipc';
import { banner } from '../../shared/banner.svelte';
import answers from '../../test/answers/workload.json';
import type { CheckInDue } from '../../api/bindings';
import { WorkloadScreen, OVERVIEW_WEEKS } from './workloadScreen.svelte';

// The recorded day and its week, as the core answered.
const due = answers.states.default.reads['checkin_due {}'] as CheckInDue;
const monday = due.week_start;
// The weeks before it (the recording's day is pinned: Wednesday 25 November 2026).
const [lastWeek, twoBack] = ['2026-11-16', '2026-11-09'];

function setup(params = '') {
  const { answer, calls } = useWorkload(params);
  return { answer, calls, screen: new WorkloadScreen() };
}

test('loading reads the overview, settings, calendars and the year, then opens the current week', async () => {
  const { calls, screen } = setup();
  await screen.load();
  expect(calls.slice(0, 5).map((c) => c.cmd).sort()).toEqual(['calendar_sources', 'reminder_settings', 'stress_year', 'work_settings', 'workload_overview']);
  expect(calls.find((c) => c.cmd === 'workload_overview')?.args).toEqual({ weeks: OVERVIEW_WEEKS });
  expect(calls.at(-1)).toEqual({ cmd: 'week_detail', args: { weekStart: monday, weeksLater: 0 } });
  expect(screen.overview?.weeks).toHaveLength(OVERVIEW_WEEKS);
  expect(screen.detail?.week.week_start).toBe(monday);
});

test('a saved check-in reads the overview, the open week and the year again', async () => {
  const { calls, screen } = setup();
  await screen.load();
  await screen.moveWeek(-1);
  const before = calls.length;
  const result = await screen.saveCheckin({ period: 'week', date: due.date, meeting_hours: 12, stress: 6, energy: 5, imposter: 2, note: '' });
  expect(result).toMatchObject({ ok: true, value: { stress: 6, period_start: monday } });
  const after = calls.slice(before).map((c) => c.cmd);
  expect(after).toEqual(expect.arrayContaining(['save_checkin', 'workload_overview', 'stress_year', 'week_detail']));
  // The open week stays open.
  expect(calls.at(-1)?.args).toEqual({ weekStart: lastWeek, weeksLater: 0 });
  expect(screen.overview?.checkin.this_week?.stress).toBe(6);
});

test('the core message comes back when a check-in is refused', async () => {
  const { screen } = setup();
  await screen.load();
  const result = await screen.saveCheckin({ period: 'week', date: due.date, meeting_hours: null, stress: 11, energy: 5, imposter: 2, note: '' });
  const message = 'Stress is 11; give a number from 1 to 10 (1 calm, 10 overwhelmed).';
  expect(result).toEqual({ ok: false, message, problems: [{ field: 'stress', message }] });
});

test('a file over 25 MB is refused without reading it or sending anything', async () => {
  const { calls, screen } = setup();
  const file = new File(['BEGIN:VCALENDAR'], 'huge.ics');
  Object.defineProperty(file, 'size', { value: 26 * 1024 * 1024 });
  const text = vi.spyOn(file, 'text');
  const result = await screen.importFile(file);
  expect(result.ok).toBe(false);
  expect(!result.ok && result.message).toContain('up to 25 MB');
  expect(text).not.toHaveBeenCalled();
  expect(calls).toEqual([]);
});

test('importing sends the file name and its bytes as they are, then reads the calendars and the weeks again', async () => {
  const { calls, screen } = setup('nocalendar');
  await screen.load();
  expect(screen.sources).toEqual([]);
  // "Café" in Windows-1252: the core decodes it, the UI sends the bytes untouched.
  const bytes = [0x42, 0x45, 0x47, 0x49, 0x4e, 0x3a, 0x43, 0x61, 0x66, 0xe9];
  const result = await screen.importFile(new File([new Uint8Array(bytes)], 'team.ics', { type: 'text/calendar' }));
  expect(result.ok && result.value.source.name).toBe('team.ics');
  expect(calls.find((c) => c.cmd === 'import_calendar')?.args).toEqual({ name: 'team.ics', bytes });
  expect(screen.sources.map((s) => s.name)).toEqual(['team.ics']);
  expect(screen.overview?.has_calendar).toBe(true);
  const removed = await screen.removeSource(screen.sources[0].id);
  expect(removed.ok).toBe(true);
  expect(screen.sources).toEqual([]);
  expect(screen.overview?.has_calendar).toBe(false);
});

test('of quick week changes, the last one is shown', async () => {
  const { answer, screen } = setup();
  await screen.load();
  const slow = answer;
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  recordIPC(async (cmd, args) => {
    if (cmd === 'week_detail' && args.weeksLater === -1) await gate;
    return slow(cmd, args);
  });
  const first = screen.moveWeek(-1);
  const second = screen.moveWeek(-1);
  await second;
  release();
  await first;
  expect(screen.week).toBe(twoBack);
  expect(screen.detail?.week.week_start).toBe(twoBack);
});

test('a failed read shows the banner', async () => {
  recordIPC(() => {
    throw { kind: 'storage', message: 'The database is locked.' };
  });
  const screen = new WorkloadScreen();
  await screen.load();
  expect(banner.message).toBe('The database is locked.');
  banner.dismiss();
});
