import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { recordIPC } from '../../test/ipc';
import type { CheckInDue } from '../../api/bindings';
import { notifyDesktop, reminder, REMINDER_INTERVAL_MS, reminderVisible, shouldNotify } from './checkinReminder.svelte';

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
  expect(shouldNotify(due(true), null, '2026-11-27', '2026-11-27')).toBe(false);
  expect(shouldNotify(due(true), null, '2026-11-26', '2026-11-27')).toBe(true);
  expect(shouldNotify(due(true), '2026-11-27', null, '2026-11-27')).toBe(false);
});

test('a desktop notification is only tried with permission, and never throws', () => {
  vi.stubGlobal('Notification', undefined);
  expect(notifyDesktop('t', 'b')).toBe(false);
  const shown: string[] = [];
  const Granted = Object.assign(
    function (this: unknown, title: string) {
      shown.push(title);
    },
    { permission: 'granted' },
  );
  vi.stubGlobal('Notification', Granted);
  expect(notifyDesktop('Time for your weekly check-in', 'b')).toBe(true);
  expect(shown).toEqual(['Time for your weekly check-in']);
  vi.stubGlobal('Notification', Object.assign(function () {}, { permission: 'default' }));
  expect(notifyDesktop('t', 'b')).toBe(false);
  const Throws = Object.assign(
    function () {
      throw new TypeError('Illegal constructor');
    },
    { permission: 'granted' },
  );
  vi.stubGlobal('Notification', Throws);
  expect(notifyDesktop('t', 'b')).toBe(false);
});

test('checks on start and every half hour; dismissing lasts the day; notifies once a day', async () => {
  vi.useFakeTimers();
  let answer = due(false);
  const calls = recordIPC((cmd) => (cmd === 'checkin_due' ? answer : undefined));
  const shown: string[] = [];
  vi.stubGlobal('Notification', Object.assign(function (this: unknown, title: string) { shown.push(title); }, { permission: 'granted' }));

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
  expect(shown).toHaveLength(1);

  // Still due half an hour later: no second notification the same day.
  await vi.advanceTimersByTimeAsync(REMINDER_INTERVAL_MS);
  expect(shown).toHaveLength(1);

  reminder.dismiss();
  expect(reminder.visible).toBe(false);
  expect(localStorage.getItem('waypoint.checkin-reminder.dismissed')).toBe('2026-11-24');
  stop();
  await vi.advanceTimersByTimeAsync(REMINDER_INTERVAL_MS * 2);
  expect(calls).toHaveLength(3);
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
