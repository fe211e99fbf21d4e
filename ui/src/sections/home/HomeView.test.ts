import { flushSync, tick } from 'svelte';
import { expect, test } from 'vitest';
import { render } from '../../test/render';
import { recordIPC } from '../../test/ipc';
import type { Dashboard } from '../../api/bindings';
import { reminder } from '../workload/checkinReminder.svelte';
import type { View } from '../../shared/components/Sidebar.svelte';
import type { EntrySeed } from '../journal/journal.svelte';
import type { Navigation } from '../../shared/navigation';
import { dashboard, milestone, plan, progress, summary } from '../plan/planFixtures';
import HomeView from './HomeView.svelte';

const $ = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
const $$ = (testid: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)];

async function settle() {
  for (let i = 0; i < 5; i++) {
    await tick();
    await Promise.resolve();
  }
  flushSync();
}

async function show(d: Dashboard, extra: (cmd: string, args: Record<string, unknown>) => unknown = () => undefined) {
  const went: View[] = [];
  const seeds: (EntrySeed | undefined)[] = [];
  const opened: number[] = [];
  const nav: Navigation = {
    go: (v) => void went.push(v),
    newEntry: async (seed) => void seeds.push(seed),
    openEntry: async (id) => void opened.push(id),
  };
  const calls = recordIPC((cmd, args) => (cmd === 'dashboard' ? d : extra(cmd, args)));
  render(HomeView, { target: document.body, props: { nav } });
  await settle();
  return { calls, went, seeds, opened };
}

const running = plan({ id: 2, title: 'Strategist Track 2026–27', current_quarter: 3, progress: progress({ total: 13, done: 4, skipped: 1, percent: 33 }) });
const q3 = [milestone(31, 3, { title: 'Lead an initiative', status: 'in_progress', target_date: '2026-11-30' }), milestone(32, 3, { title: 'Manage stakeholders' })];

test('a first start: no entries, no plan — each empty state points somewhere', async () => {
  const { went, seeds } = await show(dashboard());
  expect($('home-days-since')?.textContent).toBe('No entries yet');
  expect($('home-next-up')).toBeNull();
  expect($('home-overdue')).toBeNull();
  expect($('home-plan-progress')).toBeNull();
  expect($('home-radar')).not.toBeNull();
  $('home-create-plan')!.click();
  document.querySelector<HTMLElement>('[data-testid="home-rate-yourself"]')!.click();
  $('home-review-competencies')!.click();
  $('home-new-reflection')!.click();
  expect(went).toEqual(['plan', 'competencies', 'competencies']);
  expect(seeds).toEqual([undefined]);
});

test('this quarter, the year, what is next and what slipped', async () => {
  await show(
    dashboard({
      days_since_last_entry: 3,
      plan: summary(running),
      quarter: {
        plan_id: 2,
        number: 3,
        focus: 'Cross-functional leadership',
        start: '2026-09-01',
        end: '2026-11-30',
        goals: '- Own the priority list\n- Write one brief',
        progress: progress({ total: 2, in_progress: 1, not_started: 1 }),
        milestones: q3,
      },
      next_up: [q3[0]],
      overdue: [milestone(21, 2, { title: 'Present to executives', target_date: '2026-08-31', overdue: true })],
    }),
  );
  expect($('home-days-since')?.textContent).toBe('Last entry 3 days ago');
  expect($('home-quarter')?.textContent).toContain('Q3 · Cross-functional leadership · Sep–Nov 2026');
  expect($('home-quarter-progress')?.textContent).toBe('0 of 2 done');
  expect($('home-quarter-goals')?.textContent).toBe('Own the priority list · Write one brief');
  expect($('home-plan-progress')?.textContent).toContain('4 of 12 done · 1 skipped · 33%');
  expect($('home-next-up')?.textContent).toContain('Lead an initiative');
  expect($('home-overdue')?.textContent).toContain('Present to executives');
  expect($('home-retro-due')).toBeNull();
});

test('a quarter without goals invites writing them', async () => {
  const { went } = await show(
    dashboard({
      plan: summary(running),
      quarter: { plan_id: 2, number: 3, focus: 'Cross-functional leadership', start: '2026-09-01', end: '2026-11-30', goals: '  ', progress: progress(), milestones: [] },
    }),
  );
  $('home-write-goals')!.click();
  expect(went).toEqual(['plan']);
});

test('a prompt starts an entry with its question as title and its tags', async () => {
  const { seeds } = await show(
    dashboard({
      prompts: [
        { prompt_id: 1, text: 'Whom did you help grow this week?', reason: 'Your lowest rating: Coaching (2 of 5)', tags: ['coaching'] },
        { prompt_id: 2, text: 'What would the CFO ask?', reason: 'Q1 focus: Business context', tags: [] },
      ],
    }),
  );
  const prompts = $$('home-prompt');
  expect(prompts[0].textContent).toContain('Your lowest rating: Coaching (2 of 5)');
  prompts[0].click();
  expect(seeds).toEqual([{ title: 'Whom did you help grow this week?', tags: ['coaching'] }]);
});

test('a due retrospective is written and opened from home', async () => {
  const { calls, opened } = await show(
    dashboard({
      plan: summary(running),
      retrospectives_due: [{ plan_id: 2, quarter: 2, focus: 'Strategic thinking', ended_on: '2026-08-31' }],
    }),
    (cmd) => (cmd === 'start_retrospective' ? { id: 55 } : undefined),
  );
  expect($('home-retro-due')?.textContent).toContain('Q2 · Strategic thinking');
  $('home-retro-start')!.click();
  await settle();
  expect(calls.find((c) => c.cmd === 'start_retrospective')?.args).toEqual({ planId: 2, quarter: 2 });
  expect(opened).toEqual([55]);
});

test('"Check in" opens the meeting-load screen on the form; a due check-in is a gentle, dismissible notice', async () => {
  localStorage.clear();
  reminder.dismissedOn = null;
  reminder.update({ date: '2026-11-24', week_start: '2026-11-23', due: true, this_week: null, today: null, suggested_meeting_hours: null });
  const { went } = await show(dashboard());
  expect($('checkin-reminder')?.textContent).toContain('Time for your weekly check-in');
  $('home-checkin')!.click();
  expect(went).toEqual(['workload']);
  expect(reminder.takeFocusRequest()).toBe(true);
  $('checkin-reminder-open')!.click();
  expect(went).toEqual(['workload', 'workload']);
  $('checkin-reminder-dismiss')!.click();
  flushSync();
  expect($('checkin-reminder')).toBeNull();
  reminder.update(null);
});
