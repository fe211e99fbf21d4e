import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { recordIPC } from '../../test/ipc';
import type { CheckInDue } from '../../api/bindings';
import { reminder, REMINDER_INTERVAL_MS, reminderVisible } from './checkinReminder.svelte';

const due = (isDue: boolean): CheckInDue => ({ date: '2026-11-24', week_start: '2026-11-23', due: isDue, this_week: null, today: null, suggested_meeting_hours: null, hours_drift: null });

beforeEach(() => {
  localStorage.clear();
  reminder.dismissedOn = null;
  reminder.update(null);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

test('shown while due, away for the rest of the day once dismissed', () => {
  expect(reminderVisible(null, null, '2026-11-27')).toBe(false);
  expect(reminderVisible(due(false), null, '2026-11-27')).toBe(false);
  expect(reminderVisible(due(true), null, '2026-11-27')).toBe(true);
  expect(reminderVisible(due(true), '2026-11-27', '2026-11-27')).toBe(false);
  expect(reminderVisible(due(true), '2026-11-26', '2026-11-27')).toBe(true);
});

test('checks on start and every half hour; dismissing lasts the day', async () => {
  vi.useFakeTimers();
  let answer = due(false);
  const calls = recordIPC((cmd) => (cmd === 'checkin_due' ? answer : undefined));

  const stop = reminder.start();
  await vi.advanceTimersByTimeAsync(0);
  expect(calls.filter((c) => c.cmd === 'checkin_due')).toHaveLength(1);
  expect(reminder.visible).toBe(false);

  answer = due(true);
  await vi.advanceTimersByTimeAsync(REMINDER_INTERVAL_MS - 1);
  expect(calls).toHaveLength(1);
  await vi.advanceTimersByTimeAsync(1);
  expect(calls).toHaveLength(2);
  expect(reminder.visible).toBe(true);

  reminder.dismiss();
  expect(reminder.visible).toBe(false);
  expect(localStorage.getItem('waypoint.checkin-reminder.dismissed')).toBe('2026-11-24');
  stop();
  await vi.advanceTimersByTimeAsync(REMINDER_INTERVAL_MS * 2);
  expect(calls).toHaveLength(2);
});

test('a failed check leaves the reminder as it was', async () => {
  reminder.update(due(true));
  recordIPC(() => {
    throw { kind: 'storage', message: 'locked' };
  });
  await reminder.check();
  expect(reminder.visible).toBe(true);
  await expect(reminder.settled()).resolves.toBeUndefined();
});

test('the check-in form can be asked for once, from another screen', () => {
  const went: string[] = [];
  reminder.openForm({ go: (v) => void went.push(v) });
  expect(went).toEqual(['workload']);
  expect(reminder.takeFocusRequest()).toBe(true);
  expect(reminder.takeFocusRequest()).toBe(false);
});
