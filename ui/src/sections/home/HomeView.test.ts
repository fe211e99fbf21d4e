import { flushSync, tick } from 'svelte';
import { expect, test } from 'vitest';
import { render } from '../../test/render';
import { useCore, type Core, type CoreOptions } from '../../test/core';
import type { CheckInDue, Dashboard, Plan } from '../../api/bindings';
import { reminder } from '../workload/checkinReminder.svelte';
import type { View } from '../../shared/components/Sidebar.svelte';
import type { EntrySeed } from '../journal/journal.svelte';
import type { Navigation } from '../../shared/navigation';
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

async function show(options: CoreOptions = {}, prepare: (core: Core) => void = () => {}) {
  const went: View[] = [];
  const seeds: (EntrySeed | undefined)[] = [];
  const opened: number[] = [];
  const openedDocuments: number[] = [];
  const nav: Navigation = {
    go: (v) => void went.push(v),
    newEntry: async (seed) => void seeds.push(seed),
    openEntry: async (id) => void opened.push(id),
    openDocument: async (id) => void openedDocuments.push(id),
  };
  const { core, calls } = useCore({ empty: true, ...options });
  prepare(core);
  render(HomeView, { target: document.body, props: { nav } });
  await settle();
  return { core, calls, went, seeds, opened, openedDocuments };
}

/** The Strategist Track from March 2026 (on 2026-11-25, Q3 is under way), as the core answers it. */
function plan(core: Core): Plan {
  return core.call<Plan>('create_plan', { plan: { start_month: '2026-03' } });
}

test('a first start: no entries, no plan — each empty state points somewhere', async () => {
  const { went, seeds } = await show();
  // The core answers a pinned day at noon.
  expect(document.getElementById('home-heading')?.textContent).toBe('Good afternoon');
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
  await show({}, (core) => {
    const p = plan(core);
    const [q1, q2, q3] = p.quarters;
    core.call('set_milestone_status', { id: q1.milestones[0].id, status: 'done' });
    core.call('set_milestone_status', { id: q1.milestones[1].id, status: 'skipped' });
    core.call('set_milestone_status', { id: q3.milestones[0].id, status: 'in_progress' });
    core.call('update_quarter', { planId: p.id, quarter: 3, focus: q3.focus, goals: '- Own the priority list\n- Write one brief' });
    for (const quarter of [q1, q2]) core.call('start_retrospective', { planId: p.id, quarter: quarter.number });
    core.call('create_entry', { draft: { title: 'Three days ago', body: '', entry_date: '2026-11-22', tags: [] } });
  });
  expect($('home-days-since')?.textContent).toBe('Last entry 3 days ago');
  expect($('home-quarter')?.textContent).toContain('Q3 · Cross-functional leadership · Sep–Nov 2026');
  expect($('home-quarter-progress')?.textContent).toBe('0 of 3 done');
  expect($('home-quarter-goals')?.textContent).toBe('Own the priority list · Write one brief');
  expect($('home-plan-progress')?.textContent).toContain('1 of 13 done · 1 skipped · 7%');
  expect($('home-next-up')?.textContent).toContain('Lead an initiative across product, design and engineering');
  expect($('home-overdue')?.textContent).toContain('Present to executives');
  expect($('home-retro-due')).toBeNull();
});

test('a quarter without goals invites writing them', async () => {
  const { went } = await show({}, plan);
  $('home-write-goals')!.click();
  expect(went).toEqual(['plan']);
});

test('a prompt starts an entry with its question as title and its tags', async () => {
  const { core, seeds } = await show({ empty: false });
  const [first] = core.call<Dashboard>('dashboard').prompts;
  const prompts = $$('home-prompt');
  expect(prompts[0].textContent).toContain(first.reason);
  prompts[0].click();
  expect(seeds).toEqual([{ title: first.text, tags: first.tags }]);
});

test('a due retrospective is written and opened from home', async () => {
  let planId = 0;
  const { core, calls, opened } = await show({}, (core) => {
    planId = plan(core).id;
    core.call('start_retrospective', { planId, quarter: 2 });
  });
  expect($('home-retro-due')?.textContent).toContain('Q1 · Business context');
  $('home-retro-start')!.click();
  await settle();
  expect(calls.find((c) => c.cmd === 'start_retrospective')?.args).toEqual({ planId, quarter: 1 });
  expect(opened).toEqual([core.call<Plan>('plan', { id: planId }).quarters[0].retrospective_entry_id]);
});

test('"Check in" opens the meeting-load screen on the form; a due check-in is a gentle, dismissible notice', async () => {
  localStorage.clear();
  reminder.dismissedOn = null;
  const { core, went } = await show({ today: '2026-11-27' });
  const due = core.call<CheckInDue>('checkin_due');
  expect(due.due).toBe(true);
  reminder.update(due);
  flushSync();
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

test('the writing card counts documents, lists the latest and opens one; the quarter counts its evidence', async () => {
  const empty = await show();
  expect($('home-documents')?.textContent).toContain('Briefs and feature writeups');
  $('home-open-documents')!.click();
  expect(empty.went).toEqual(['documents']);
  document.body.innerHTML = '';

  let brief = 0;
  const t = await show({}, (core) => {
    const p = plan(core);
    const milestone = p.quarters[2].milestones[0].id;
    for (const title of ['Older writeup', 'Billing brief']) {
      brief = core.call<{ id: number }>('create_document', { template: { built_in: title.includes('brief') ? 'brief' : 'writeup' }, title }).id;
    }
    core.call('link_document', { milestoneId: milestone, documentId: brief });
  });
  const docs = $$('home-document');
  expect(docs.map((d) => d.querySelector('.title')?.textContent)).toEqual(['Billing brief', 'Older writeup']);
  expect(docs[0].textContent).toContain('Executive brief');
  expect($('home-open-documents')?.textContent?.trim()).toBe('All 2');
  expect(docs[0].textContent).toContain(' · 0/5 checks');
  expect($('home-quarter-evidence')?.textContent?.trim()).toBe('Evidence: 0 entries, 1 document');
  docs[0].click();
  expect(t.openedDocuments).toEqual([brief]);
});
