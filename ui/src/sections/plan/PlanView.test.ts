import { flushSync, tick } from 'svelte';
import { afterEach, expect, test, vi } from 'vitest';
import { render } from '../../test/render';
import type { Call } from '../../test/ipc';
import { useCore, type Core, type CoreOptions } from '../../test/core';
import type { Entry, Plan } from '../../api/bindings';
import type { Navigation } from '../../shared/navigation';
import { formatDate } from '../../shared/dates';
import { GOALS_DELAY_MS } from './plan';
import PlanView from './PlanView.svelte';

afterEach(() => {
  vi.useRealTimers();
});

const $ = <T extends Element = HTMLElement>(testid: string) => document.querySelector<T>(`[data-testid="${testid}"]`);
const $$ = (testid: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)];

async function settle() {
  for (let i = 0; i < 5; i++) {
    await tick();
    await Promise.resolve();
  }
  flushSync();
}

function navStub() {
  const opened: number[] = [];
  const nav: Navigation = { go: () => {}, newEntry: async () => {}, openEntry: async (id) => void opened.push(id), openDocument: async () => {} };
  return { nav, opened };
}

/**
 * The Strategist Track from March 2026, on 2026-11-25 (in Q3): Q1's first milestone done, its
 * second skipped, Q2's retrospective written. Returns the plan as the core then answers it.
 */
function samplePlan(core: Core): Plan {
  const created = core.call<Plan>('create_plan', { plan: { start_month: '2026-03' } });
  const [first, second] = created.quarters[0].milestones;
  core.call('set_milestone_status', { id: first.id, status: 'done' });
  core.call('set_milestone_status', { id: second.id, status: 'skipped' });
  core.call('start_retrospective', { planId: created.id, quarter: 2 });
  return core.call<Plan>('plan', { id: created.id });
}

/** The plan view on an empty journal, or with {@link samplePlan} (`withPlan`). */
async function show(options: CoreOptions & { withPlan?: boolean } = {}) {
  const { core, calls } = useCore({ empty: true, ...options });
  const plan = options.withPlan === false ? null : samplePlan(core);
  const { nav, opened } = navStub();
  render(PlanView, { target: document.body, props: { nav } });
  await settle();
  return { core, calls, opened, plan: plan! };
}

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
}

function press(el: Element, key: string, init: KeyboardEventInit = {}) {
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  flushSync();
}

const row = (id: number) => document.querySelector<HTMLElement>(`[data-milestone-id="${id}"]`)!;

test('with no plan: the track explained, and a form whose errors keep the input', async () => {
  const { calls } = await show({ withPlan: false });
  expect($('plan-empty')?.textContent).toContain('Strategist Track');
  const month = $<HTMLSelectElement>('plan-start-month')!;
  expect([...month.options].map((o) => o.value)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
  expect($<HTMLInputElement>('plan-start-year')!.value).toBe('2026');

  month.value = '03';
  month.dispatchEvent(new Event('change', { bubbles: true }));
  type($<HTMLInputElement>('plan-start-year')!, '1999');
  $('plan-create')!.click();
  await settle();
  expect($('plan-error')?.textContent).toContain('1999');
  expect($<HTMLInputElement>('plan-start-year')!.value).toBe('1999');

  type($<HTMLInputElement>('plan-start-year')!, '2026');
  await settle();
  expect($<HTMLInputElement>('plan-title-new')!.placeholder).toBe('Strategist Track 2026–27');
  $('plan-create')!.click();
  await settle();
  expect(calls.filter((c) => c.cmd === 'create_plan').map((c) => c.args.plan)).toEqual([{ start_month: '1999-03' }, { start_month: '2026-03' }]);
  expect($('plan-empty')).toBeNull();
  expect($('quarter-3')?.dataset.current).toBe('true');
});

test('header, quarters and milestones show what the core computed', async () => {
  const { plan } = await show();
  expect($('plan-range')?.textContent).toBe('Mar 2026–Feb 2027');
  expect($('plan-progress')?.textContent).toContain('1 of 13 done · 1 skipped · 7%');
  expect($('plan-overdue')?.textContent).toBe('6 overdue');
  expect($('plan-picker')).toBeNull();
  expect($$('quarter-3')[0].dataset.current).toBe('true');
  expect($$('quarter-1')[0].dataset.current).toBeUndefined();
  expect($('quarter-progress-1')?.textContent).toBe('1 of 3 done · 1 skipped');

  const [done, skipped, late] = plan.quarters[0].milestones;
  const rows = $$('milestone');
  expect(rows.slice(0, 3).map((r) => [r.dataset.milestoneId, r.dataset.status])).toEqual([
    [String(done.id), 'done'],
    [String(skipped.id), 'skipped'],
    [String(late.id), 'not_started'],
  ]);
  expect(rows[2].querySelector('[data-testid="milestone-overdue"]')).not.toBeNull();
  expect(rows[0].querySelector('[data-testid="milestone-overdue"]')).toBeNull();
  expect(rows[0].querySelector('[data-testid="milestone-evidence-count"]')?.textContent?.trim()).toBe('0');
});

test('retrospectives: due for an ended quarter, opened when written; both open the entry', async () => {
  const { core, calls, opened, plan } = await show();
  expect($('quarter-1')?.textContent).toContain('Q1 has ended — write its retrospective');
  expect($('retro-start-2')).toBeNull();
  expect($('retro-start-3')).toBeNull();
  $('retro-start-1')!.click();
  await settle();
  $('retro-open-2')!.click();
  await settle();
  expect(calls.filter((c) => c.cmd === 'start_retrospective').map((c) => c.args)).toEqual([
    { planId: plan.id, quarter: 1 },
    { planId: plan.id, quarter: 2 },
  ]);
  const written = core.call<Plan>('plan', { id: plan.id }).quarters.map((q) => q.retrospective_entry_id);
  expect(opened).toEqual([written[0], written[1]]);
  expect(written[0]).not.toBe(written[1]);
});

test('the status control saves at once; skipping asks why', async () => {
  const { calls, plan } = await show();
  const id = plan.quarters[2].milestones[0].id;
  const select = row(id).querySelector<HTMLSelectElement>('[data-testid="milestone-status"]')!;
  select.value = 'skipped';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
  expect(calls.find((c) => c.cmd === 'set_milestone_status' && c.args.id === id)?.args).toEqual({ id, status: 'skipped' });
  expect(row(id).dataset.status).toBe('skipped');
  expect(row(id).querySelector('[data-testid="milestone-editor"]')?.textContent).toContain('Why skipped?');
});

test('a milestone marked done says the day, which the core keeps', async () => {
  const { plan } = await show();
  const id = plan.quarters[2].milestones[0].id;
  const date = () => row(id).querySelector('[data-testid="milestone-date"]')!.textContent ?? '';
  expect(date()).toMatch(/^Due /);
  const select = row(id).querySelector<HTMLSelectElement>('[data-testid="milestone-status"]')!;
  select.value = 'done';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
  // The core's pinned day for these tests (Wednesday 25 November 2026).
  expect(date()).toMatch(/^Done .*25.*2026$/);
});

test('the editor saves title and a date picked from the month grid, shown like every other date', async () => {
  const { calls, plan } = await show();
  const q3 = plan.quarters[2];
  const id = q3.milestones[0].id;
  row(id).querySelector<HTMLButtonElement>('[data-focus="row"]')!.click();
  flushSync();
  type(row(id).querySelector<HTMLInputElement>('[data-testid="milestone-title-input"]')!, 'Lead the pricing initiative');
  const date = row(id).querySelector<HTMLButtonElement>('[data-testid="milestone-date-input"]')!;
  date.click();
  await settle();
  // The grid opens on the milestone's date, focused.
  const was = q3.milestones[0].target_date!;
  expect(date.textContent).toContain(formatDate(was));
  expect((document.activeElement as HTMLButtonElement).dataset.day).toBe(was);
  // A year on is past the plan's end: the focus stops at its last day and goes no further.
  press(document.activeElement!, 'PageDown', { shiftKey: true });
  await settle();
  expect((document.activeElement as HTMLButtonElement).dataset.day).toBe(plan.end);
  press(document.activeElement!, 'ArrowRight');
  await settle();
  expect((document.activeElement as HTMLButtonElement).dataset.day).toBe(plan.end);
  // Days before the plan's start are shown but cannot be picked.
  press(document.activeElement!, 'PageUp', { shiftKey: true });
  await settle();
  const before = [...document.querySelectorAll<HTMLButtonElement>('[data-day]')].filter((b) => b.dataset.day! < plan.start);
  expect(before.length).toBeGreaterThan(0);
  expect(before.every((b) => b.disabled)).toBe(true);
  // Closed and reopened, it starts on the date again; ↑ moves a week back, and a click picks it.
  press(document.activeElement!, 'Escape');
  await settle();
  date.click();
  await settle();
  press(document.activeElement!, 'ArrowUp');
  await settle();
  const chosen = (document.activeElement as HTMLButtonElement).dataset.day!;
  expect(new Date(was).getTime() - new Date(chosen).getTime()).toBe(7 * 86_400_000);
  (document.activeElement as HTMLButtonElement).click();
  await settle();
  expect($('milestone-date-input-panel')).toBeNull();
  expect(date.dataset.value).toBe(chosen);
  expect(date.textContent).toContain(formatDate(chosen));
  expect(date.textContent).not.toMatch(/\d{2}\/\d{2}\/\d{4}/);
  row(id).querySelector<HTMLButtonElement>('[data-testid="milestone-save"]')!.click();
  await settle();
  expect(calls.find((c) => c.cmd === 'update_milestone')?.args).toEqual({
    id,
    draft: { title: 'Lead the pricing initiative', target_date: chosen, status: 'not_started', status_note: '' },
  });
});

test('the core\'s refusal shows inline, Escape in the date grid closes only the grid, and Escape closes the editor', async () => {
  const { calls, plan } = await show();
  const id = plan.quarters[2].milestones[0].id;
  row(id).querySelector<HTMLButtonElement>('[data-focus="row"]')!.click();
  flushSync();
  type(row(id).querySelector<HTMLInputElement>('[data-testid="milestone-title-input"]')!, '   ');
  row(id).querySelector<HTMLButtonElement>('[data-testid="milestone-save"]')!.click();
  await settle();
  expect(calls.find((c) => c.cmd === 'update_milestone')).toBeDefined();
  expect(row(id).querySelector('[data-testid="milestone-error"]')?.textContent).toMatch(/title/i);
  row(id).querySelector<HTMLButtonElement>('[data-testid="milestone-date-input"]')!.click();
  await settle();
  press(document.activeElement!, 'Escape');
  await settle();
  expect($('milestone-date-input-panel')).toBeNull();
  expect(row(id).querySelector('[data-testid="milestone-editor"]')).not.toBeNull();
  press(row(id).querySelector('[data-testid="milestone-title-input"]')!, 'Escape');
  expect(row(id).querySelector('[data-testid="milestone-editor"]')).toBeNull();
});

test('Alt+↓ on the last milestone of a quarter moves it to the top of the next', async () => {
  const { calls, plan } = await show();
  const last = plan.quarters[0].milestones.at(-1)!.id;
  press(row(last).querySelector('[data-focus="row"]')!, 'ArrowDown', { altKey: true });
  await settle();
  // The core works out where one step down lands.
  expect(calls.find((c) => c.cmd === 'step_milestone')?.args).toEqual({ id: last, step: 'down' });
  expect($('quarter-2')?.querySelector('[data-testid="milestone"]')?.getAttribute('data-milestone-id')).toBe(String(last));
});

test('remove, then undo', async () => {
  const { calls, plan } = await show();
  const id = plan.quarters[2].milestones[0].id;
  row(id).querySelector<HTMLElement>('[data-focus="row"]')!.click();
  flushSync();
  $('milestone-remove')!.click();
  await settle();
  expect(calls.find((c) => c.cmd === 'remove_milestone')?.args).toEqual({ id });
  expect(document.querySelector(`[data-milestone-id="${id}"]`)).toBeNull();
  $('milestone-undo')!.click();
  await settle();
  expect(calls.find((c) => c.cmd === 'restore_milestone')?.args).toEqual({ id });
  expect($('milestone-undo')).toBeNull();
  expect(document.querySelector(`[data-milestone-id="${id}"]`)).not.toBeNull();
});

test('linking evidence: newest entries first, then narrowed by typing; a choice links it', async () => {
  const { core, calls, plan } = await show();
  const entry = (title: string, entry_date: string) => core.call<Entry>('create_entry', { draft: { title, body: '', entry_date, tags: [] } });
  const walkthrough = entry('P&L walkthrough', '2026-11-19');
  entry('Newest', '2026-11-24');
  const id = plan.quarters[2].milestones[0].id;
  row(id).querySelector<HTMLElement>('[data-focus="row"]')!.click();
  flushSync();
  $('milestone-link-entry')!.click();
  await settle();
  expect($('evidence-picker')).not.toBeNull();
  const options = () => $$('evidence-option').map((o) => o.textContent);
  expect(options().slice(0, 2)).toEqual([expect.stringContaining('Newest'), expect.stringContaining('P&L walkthrough')]);

  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  type($<HTMLInputElement>('evidence-search')!, 'walkthrough');
  await vi.advanceTimersByTimeAsync(300);
  vi.useRealTimers();
  await settle();
  const queries = calls.filter((c) => c.cmd === 'find_entries').map((c) => c.args.query as { text: string; limit: number });
  expect(queries.map((q) => [q.text, q.limit])).toEqual([
    ['', 8],
    ['walkthrough', 8],
  ]);
  expect(options()).toEqual([expect.stringContaining('P&L walkthrough')]);
  $$('evidence-option')[0].click();
  await settle();
  expect(calls.find((c: Call) => c.cmd === 'link_evidence')?.args).toEqual({ milestoneId: id, entryId: walkthrough.id });
});

test('add a milestone with Enter; the field stays for the next one', async () => {
  const { calls, plan } = await show();
  $('add-milestone-2')!.click();
  await settle();
  const input = $<HTMLInputElement>('add-milestone-input-2')!;
  type(input, 'Write a second executive brief');
  press(input, 'Enter');
  await settle();
  expect(calls.find((c) => c.cmd === 'add_milestone')?.args).toEqual({ planId: plan.id, quarter: 2, title: 'Write a second executive brief' });
  expect($<HTMLInputElement>('add-milestone-input-2')?.value).toBe('');
  expect($('quarter-2')?.textContent).toContain('Write a second executive brief');
});

test('goals are saved after a pause, with the quarter\'s focus', async () => {
  const { calls, plan } = await show();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  type($<HTMLTextAreaElement>('quarter-goals-3')!, 'Own the priority list');
  await vi.advanceTimersByTimeAsync(GOALS_DELAY_MS - 50);
  expect(calls.some((c) => c.cmd === 'update_quarter')).toBe(false);
  await vi.advanceTimersByTimeAsync(50);
  expect(calls.filter((c) => c.cmd === 'update_quarter').map((c) => c.args)).toEqual([
    { planId: plan.id, quarter: 3, focus: 'Cross-functional leadership', goals: 'Own the priority list' },
  ]);
});

test('the plan\'s first milestone cannot move up; one step down keeps it in its quarter, and Alt+↑ at the top does nothing', async () => {
  const { calls, plan } = await show();
  const [first, second] = plan.quarters[0].milestones.map((m) => m.id);
  row(first).querySelector<HTMLButtonElement>('[data-focus="row"]')!.click();
  flushSync();
  const button = (id: string) => row(first).querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)!;
  expect(button('milestone-move-up').disabled).toBe(true);
  expect(button('milestone-move-down').disabled).toBe(false);
  button('milestone-move-down').click();
  await settle();
  expect(calls.find((c) => c.cmd === 'step_milestone')?.args).toEqual({ id: first, step: 'down' });
  const order = [...$('quarter-1')!.querySelectorAll<HTMLElement>('[data-testid="milestone"]')].map((m) => Number(m.dataset.milestoneId));
  expect(order.slice(0, 2)).toEqual([second, first]);
  expect(button('milestone-move-up').disabled).toBe(false);

  const before = calls.length;
  press(row(second).querySelector('[data-focus="row"]')!, 'ArrowUp', { altKey: true });
  await settle();
  expect(calls.slice(before).map((c) => c.cmd)).not.toContain('step_milestone');
});
