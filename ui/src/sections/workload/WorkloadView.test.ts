import { flushSync } from 'svelte';
import { beforeEach, expect, test, vi } from 'vitest';
import { render, cleanup } from '../../test/render';
import { useWorkload } from '../../test/workload';
import { reminder } from './checkinReminder.svelte';
import type { CheckInDue } from '../../api/bindings';
import { formatHours, shortDate } from './workload';
import answers from '../../test/answers/workload.json';
import WorkloadView from './WorkloadView.svelte';

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  localStorage.clear();
  reminder.dismissedOn = null;
  reminder.update(null);
});

const settle = async () => {
  for (let i = 0; i < 6; i++) await new Promise((r) => setTimeout(r, 0));
  flushSync();
};
const $ = (id: string, root: ParentNode = document) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const $$ = (id: string, root: ParentNode = document) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const input = (id: string) => $(id) as HTMLInputElement;

/** Types `text` into the focused field the way a key press does: the value, then an input event. */
function type(text: string) {
  const el = document.activeElement as HTMLInputElement | HTMLTextAreaElement;
  el.value = el.value + text;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
}

function press(key: string, over: KeyboardEventInit = {}) {
  document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...over }));
  flushSync();
}

async function setup(params = '') {
  const { answer, calls } = useWorkload(params);
  render(WorkloadView, { target: document.body });
  await settle();
  return { answer, calls };
}

// What the core answered on the recorded day (a Wednesday): this week and its calendar hours.
const due = answers.states.default.reads['checkin_due {}'] as CheckInDue;
const monday = due.week_start;
// The weeks around it (the recording's day is pinned: Wednesday 25 November 2026).
const [lastWeek, nextWeek] = ['2026-11-16', '2026-11-30'];
const hours = String(due.suggested_meeting_hours);
const report = answers.states.nocalendar.writes['import_calendar {"name":"team.ics"}'].ok!;

test('a check-in by keyboard: each digit moves on, Enter saves, and the week is named', async () => {
  const t = await setup();
  const form = $('checkin-form')!;
  expect(input('checkin-meeting-hours').value).toBe(hours);
  input('checkin-meeting-hours').focus();
  // Tab to stress: "1" may still become "10", so the focus waits; "0" completes it.
  input('checkin-stress').focus();
  type('1');
  expect(document.activeElement).toBe(input('checkin-stress'));
  type('0');
  expect(document.activeElement).toBe(input('checkin-energy'));
  type('4');
  expect(document.activeElement).toBe(input('checkin-imposter'));
  type('2');
  expect(document.activeElement).toBe($('checkin-note'));
  type('Offsite week');
  press('Enter');
  await settle();
  const save = t.calls.find((c) => c.cmd === 'save_checkin');
  expect(save?.args).toEqual({
    draft: { period: 'week', date: due.date, meeting_hours: due.suggested_meeting_hours, stress: 10, energy: 4, imposter: 2, note: 'Offsite week' },
  });
  expect($('checkin-saved')?.textContent).toBe(`Saved for the week of ${shortDate(monday)}`);
  // The saved check-in is now the one being edited.
  expect($('checkin-mode', form)?.textContent).toContain('saving replaces it');
  expect(input('checkin-stress').value).toBe('10');
  // The whole screen followed: the table has this week's stress.
  expect($('workload-table')?.querySelector(`tr[data-week="${monday}"]`)?.textContent).toContain('10');
});

test('a value out of range shows the core message inline and goes back to the field', async () => {
  const t = await setup();
  input('checkin-stress').focus();
  type('11');
  input('checkin-energy').focus();
  type('5');
  type('3');
  press('Enter');
  await settle();
  expect(t.calls.some((c) => c.cmd === 'save_checkin')).toBe(true);
  expect($('checkin-problem-stress')?.textContent).toBe('Stress is 11; give a number from 1 to 10 (1 calm, 10 overwhelmed).');
  expect($('checkin-error')).toBeNull();
  expect(document.activeElement).toBe(input('checkin-stress'));
  expect(input('checkin-stress').getAttribute('aria-invalid')).toBe('true');
  expect($('checkin-saved')).toBeNull();
});

test('every bad or missing number is named at once, beside its field; Shift+Enter in the note does not save', async () => {
  const t = await setup();
  input('checkin-stress').focus();
  type('11');
  input('checkin-imposter').focus();
  type('6');
  $('checkin-note')!.focus();
  press('Enter', { shiftKey: true });
  expect(t.calls.some((c) => c.cmd === 'save_checkin')).toBe(false);
  press('Enter');
  await settle();
  expect($('checkin-problem-stress')?.textContent).toContain('Stress is 11');
  expect($('checkin-problem-energy')?.textContent).toContain('Energy is missing');
  expect($('checkin-problem-imposter')?.textContent).toContain('is 6');
  expect($('checkin-error')?.textContent).toBe('3 things need fixing; nothing was saved.');
  expect(document.activeElement).toBe(input('checkin-stress'));
  expect($('checkin-saved')).toBeNull();
});

test('daily check-ins are offered when the settings say so', async () => {
  const t = await setup();
  expect($('checkin-period-day')).toBeNull();
  t.answer('save_work_settings', { settings: { ...(t.answer('work_settings', {}) as object), daily_checkins: true } });
  cleanup();
  render(WorkloadView, { target: document.body });
  await settle();
  $('checkin-period-day')!.click();
  flushSync();
  expect($('checkin-form')?.dataset.period).toBe('day');
  expect(input('checkin-meeting-hours').value).toBe('');
  input('checkin-stress').focus();
  type('3');
  type('8');
  type('1');
  $('checkin-save')!.click();
  await settle();
  expect(t.calls.find((c) => c.cmd === 'save_checkin')?.args).toMatchObject({ draft: { period: 'day', stress: 3, energy: 8, imposter: 1, meeting_hours: null } });
  expect($('checkin-saved')?.textContent).toMatch(/^Saved for \w{3}, /);
});

test('the reminder shows while due, opens the form, and can be put away for today', async () => {
  await setup('due');
  expect($('checkin-reminder')).not.toBeNull();
  $('checkin-reminder-open')!.click();
  await settle();
  expect(document.activeElement).toBe(input('checkin-meeting-hours'));
  $('checkin-reminder-dismiss')!.click();
  flushSync();
  expect($('checkin-reminder')).toBeNull();
});

test('the week detail explains every metric and lists events with what they counted as', async () => {
  const t = await setup();
  const detail = $('week-detail')!;
  expect(detail.dataset.week).toBe(monday);
  expect($('week-metric-meeting-hours', detail)?.textContent).toContain('h');
  expect($('week-metric-share', detail)?.textContent).toMatch(/\d+%/);
  expect($('week-metric-focus', detail)?.textContent).toContain('stretches of 2 hours');
  for (const id of ['busy', 'blocked', 'fragmented', 'back-to-back', 'after-hours', 'count', 'series']) {
    expect($(`week-metric-${id}`, detail), id).not.toBeNull();
  }
  const kinds = $$('week-occurrence').map((o) => o.dataset.kind);
  expect(kinds).toEqual(expect.arrayContaining(['meeting', 'blocked', 'excluded']));
  const declined = $$('week-occurrence').find((o) => o.textContent?.includes('Vendor demo'))!;
  expect(declined.dataset.kind).toBe('excluded');
  expect(declined.textContent).toContain('declined');

  $('week-prev')!.click();
  await settle();
  expect(t.calls.at(-1)).toEqual({ cmd: 'week_detail', args: { weekStart: monday, weeksLater: -1 } });
  expect($('week-detail')?.dataset.week).toBe(lastWeek);
  expect($('week-title')?.textContent).toBe('Last week');
  $('week-next')!.click();
  $('week-next')!.click();
  await settle();
  expect($('week-detail')?.dataset.week).toBe(nextWeek);
  expect($('week-title')?.textContent).toBe('Next week');
  $('week-this')!.click();
  await settle();
  expect($('week-detail')?.dataset.week).toBe(monday);
});

test('without a calendar: the import is taught, the week says so, and the chart leaves gaps', async () => {
  await setup('nocalendar');
  expect($('calendar-empty')?.textContent).toContain('Google Calendar');
  expect($('calendar-empty')?.textContent).toContain('Outlook');
  expect($('calendar-empty')?.textContent).toContain('Apple Calendar');
  expect($('week-detail')?.textContent).toContain('No imported calendar covers this week');
  const rows = [...$('workload-table')!.querySelectorAll('tbody tr')];
  // Check-ins exist, calendar hours do not: a dash, never 0.
  expect(rows.some((r) => r.children[3].textContent !== '—')).toBe(true);
  expect(rows.every((r) => r.children[2].textContent === '—')).toBe(true);
});

test('an .ics file is imported from the file dialog and its report shown; a huge one is refused', async () => {
  const t = await setup('nocalendar');
  const file = input('calendar-file');
  expect(file.type).toBe('file');
  expect(file.accept).toBe('.ics,text/calendar');
  const click = vi.spyOn(file, 'click').mockImplementation(() => {});
  $('calendar-import')!.click();
  expect(click).toHaveBeenCalled();

  const pick = async (f: File) => {
    Object.defineProperty(file, 'files', { value: [f], configurable: true });
    file.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
  };
  const huge = new File(['x'], 'everything.ics');
  Object.defineProperty(huge, 'size', { value: 40 * 1024 * 1024 });
  const before = t.calls.length;
  await pick(huge);
  expect($('import-error')?.textContent).toContain('everything.ics is 40 MB');
  expect(t.calls.length).toBe(before);

  await pick(new File(['BEGIN:VCALENDAR\nEND:VCALENDAR\n'], 'team.ics'));
  expect($('import-error')).toBeNull();
  const shown = $('import-report')!;
  expect($('import-added', shown)?.textContent).toContain(String(report.added));
  expect($('import-excluded', shown)?.textContent).toContain(`${report.cancelled} cancelled`);
  expect($('import-excluded', shown)?.textContent).toContain(`${report.all_day} all-day`);
  const issue = $('import-issue', shown)!;
  expect(issue.textContent).toContain(`Line ${report.source.issues[0].line}`);
  expect(issue.textContent).toContain('broken-1@example.com');
  expect($$('calendar-source').map((s) => s.textContent)).toEqual([expect.stringContaining('team.ics')]);

  await pick(new File(['not a calendar'], 'notes.ics'));
  expect($('import-error')?.textContent).toContain('notes.ics is not an iCalendar file');

  $('calendar-remove')!.click();
  await settle();
  expect(t.calls.some((c) => c.cmd === 'remove_calendar_source')).toBe(true);
  expect($$('calendar-source')).toHaveLength(0);
  expect($('calendar-removed')?.textContent).toContain('Removed team.ics');
});

test('signals, the relation to stress and the year in pixels come from the overview', async () => {
  await setup();
  const signals = $$('signal');
  expect(signals).toHaveLength(4);
  expect(signals.filter((s) => s.dataset.active === 'true').map((s) => s.dataset.signalId)).toEqual(['focus']);
  expect(signals[0].textContent).toContain('Focus time (free blocks of 2 hours or more');
  expect(signals.every((s) => !/burnout|depress|anxiety|disorder/i.test(s.textContent ?? ''))).toBe(true);
  // The recorded weeks: r = 0.189 over 12 weeks, shown to two places.
  expect($('correlation')?.textContent).toContain('r = 0.19 · 12 weeks');
  const cells = document.querySelectorAll<HTMLElement>('[data-testid="stress-pixels"] [data-date]');
  expect(cells.length).toBeGreaterThanOrEqual(365);
  const withStress = [...cells].filter((c) => c.dataset.stress);
  expect(withStress.length).toBeGreaterThan(0);
  expect(withStress.every((c) => c.dataset.fromWeek === 'true')).toBe(true);
  expect($('stress-year')?.textContent).toBe(due.date.slice(0, 4));
});

test('an empty journal gets the chart\'s invitation, not a table of dashes', async () => {
  await setup('empty');
  expect($('workload-chart-empty')?.textContent).toContain('Your weeks will be drawn here.');
  expect($('workload-table')).toBeNull();
});

test('too few weeks for a correlation says so plainly', async () => {
  await setup('empty');
  expect($('correlation')?.textContent).toContain('Not enough data yet');
  expect($('correlation-progress')?.textContent).toContain('0 of 8 weeks');
  expect($('workload-chart-empty')).not.toBeNull();
  expect($('stress-pixels-empty')).not.toBeNull();
});

test('settings are saved through the core; its message shows inline', async () => {
  const t = await setup();
  const settings = $('work-settings')!;
  (settings.querySelector('[data-testid="settings-day-6"]') as HTMLInputElement).click();
  const start = input('settings-day-start');
  start.value = '25:00';
  start.dispatchEvent(new Event('input', { bubbles: true }));
  const zone = input('settings-time-zone');
  zone.value = 'Mars/Olympus';
  zone.dispatchEvent(new Event('input', { bubbles: true }));
  $('settings-save')!.click();
  await settle();
  expect(t.calls.find((c) => c.cmd === 'save_work_settings')?.args).toMatchObject({ settings: { work_days: [1, 2, 3, 4, 5, 6], day_start: '25:00' } });
  const lines = [...$('settings-problem-hours')!.querySelectorAll('li')].map((l) => l.textContent);
  expect(lines).toHaveLength(2);
  expect(lines[0]).toContain('Mars/Olympus');
  expect(lines[1]).toContain('HH:MM');
  expect(start.getAttribute('aria-invalid')).toBe('true');
  expect(zone.getAttribute('aria-invalid')).toBe('true');
  expect($('settings-error')?.textContent).toBe('2 things need fixing; nothing was saved.');
  start.value = '08:30';
  start.dispatchEvent(new Event('input', { bubbles: true }));
  zone.value = 'Europe/Berlin';
  zone.dispatchEvent(new Event('input', { bubbles: true }));
  $('settings-save')!.click();
  await settle();
  expect($('settings-error')).toBeNull();
  expect($('settings-problem-hours')).toBeNull();
  expect($('settings-saved')).not.toBeNull();
  expect(t.calls.filter((c) => c.cmd === 'workload_overview').length).toBeGreaterThan(1);
});

test('what was typed in the check-in survives a calendar import; empty hours take the calendar\'s', async () => {
  await setup('nocalendar');
  expect(input('checkin-meeting-hours').value).toBe('');
  input('checkin-stress').focus();
  type('6');
  const file = input('calendar-file');
  Object.defineProperty(file, 'files', { value: [new File(['BEGIN:VCALENDAR\n'], 'team.ics')], configurable: true });
  file.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
  expect($('import-report')).not.toBeNull();
  expect(input('checkin-stress').value).toBe('6');
  expect(input('checkin-meeting-hours').value).toBe(hours);
});

test('a check-in keeps its hours "when you checked in"; when the calendars count others, one click updates it', async () => {
  const t = await setup();
  const checkedIn = answers.states['checked-in-6'].reads['checkin_due {}'] as CheckInDue;
  const drift = checkedIn.hours_drift!;
  input('checkin-meeting-hours').focus();
  input('checkin-meeting-hours').value = '';
  type(String(drift.checked_in));
  input('checkin-stress').focus();
  type('6');
  type('5');
  type('2');
  press('Enter');
  await settle();
  expect($('week-checkin-hours')?.textContent).toBe(`${formatHours(drift.checked_in)} of meetings when you checked in`);
  expect($('week-hours-drift')?.textContent).toContain(`The calendars now count ${formatHours(drift.calendar)} of meetings this week`);
  // The form says so too, and can take the calendar's figure without saving it.
  expect($('checkin-hours-drift')?.textContent).toContain(`the calendars now count ${formatHours(drift.calendar)}`);
  $('checkin-use-calendar-hours')!.click();
  flushSync();
  expect(input('checkin-meeting-hours').value).toBe(String(drift.calendar));
  expect(t.calls.some((c) => c.cmd === 'update_checkin_hours')).toBe(false);

  $('week-hours-update')!.click();
  await settle();
  expect(t.calls.find((c) => c.cmd === 'update_checkin_hours')?.args).toEqual({ weekStart: monday });
  expect($('week-hours-drift')).toBeNull();
  expect($('checkin-hours-drift')).toBeNull();
  expect($('week-checkin-hours')?.textContent).toBe(`${formatHours(drift.calendar)} of meetings when you checked in`);
});
