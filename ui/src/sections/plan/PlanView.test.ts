import { flushSync, tick } from 'svelte';
import { afterEach, expect, test, vi } from 'vitest';
import { render } from '../../test/render';
import { recordIPC, type Call } from '../../test/ipc';
import type { Plan } from '../../api/bindings';
import type { Navigation } from '../../shared/navigation';
import { milestone, plan, progress, summary } from './planFixtures';
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
  const nav: Navigation = { go: () => {}, newEntry: async () => {}, openEntry: async (id) => void opened.push(id) };
  return { nav, opened };
}

async function show(handler: (cmd: string, args: Record<string, unknown>) => unknown) {
  const calls = recordIPC(handler);
  const { nav, opened } = navStub();
  render(PlanView, { target: document.body, props: { nav } });
  await settle();
  return { calls, opened };
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

const sample = plan(
  { id: 1, current_quarter: 3, progress: progress({ total: 3, done: 1, skipped: 1, not_started: 1, overdue: 1, percent: 50 }) },
  [
    {
      number: 1,
      has_ended: true,
      progress: progress({ total: 2, done: 1, skipped: 1, percent: 100 }),
      milestones: [
        milestone(11, 1, { title: 'Shadow product', status: 'done', target_date: '2026-05-31' }),
        milestone(12, 1, { title: 'Attend board meetings', status: 'skipped' }),
      ],
    },
    { number: 2, has_ended: true, retrospective_entry_id: 40 },
    {
      number: 3,
      is_current: true,
      progress: progress({ total: 1, not_started: 1, overdue: 1 }),
      milestones: [milestone(31, 3, { title: 'Lead an initiative', target_date: '2026-11-10', overdue: true })],
    },
  ],
);

/** A backend holding one plan; mutations answer with it (changed where a test needs it). */
function withPlan(p: Plan, answers: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  return (cmd: string, args: Record<string, unknown>) => {
    if (answers[cmd]) return answers[cmd](args);
    if (cmd === 'list_plans') return [summary(p)];
    if (cmd === 'plan') return p;
    return p;
  };
}

test('with no plan: the track explained, and a form whose errors keep the input', async () => {
  let plans: Plan[] = [];
  const created = plan({ id: 5, current_quarter: 1 }, [{ number: 1, is_current: true }]);
  const { calls } = await show((cmd, args) => {
    if (cmd === 'list_plans') return plans.map(summary);
    if (cmd === 'create_plan') {
      const { start_month } = args.plan as { start_month: string };
      if (start_month.startsWith('1999')) throw { kind: 'invalid_input', message: 'A plan can start between 2000 and 2031; 1999-03 is outside that. Check the year.' };
      plans = [created];
      return created;
    }
    throw { kind: 'not_found', message: cmd };
  });
  expect($('plan-empty')?.textContent).toContain('Strategist Track');
  const month = $<HTMLSelectElement>('plan-start-month')!;
  expect([...month.options].map((o) => o.value)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
  expect($<HTMLInputElement>('plan-start-year')!.value).toBe(String(new Date().getFullYear()));

  month.value = '03';
  month.dispatchEvent(new Event('change', { bubbles: true }));
  type($<HTMLInputElement>('plan-start-year')!, '1999');
  $('plan-create')!.click();
  await settle();
  expect($('plan-error')?.textContent).toBe('A plan can start between 2000 and 2031; 1999-03 is outside that. Check the year.');
  expect($<HTMLInputElement>('plan-start-year')!.value).toBe('1999');

  type($<HTMLInputElement>('plan-start-year')!, '2026');
  $('plan-create')!.click();
  await settle();
  expect(calls.filter((c) => c.cmd === 'create_plan').map((c) => c.args.plan)).toEqual([{ start_month: '1999-03' }, { start_month: '2026-03' }]);
  expect($('plan-empty')).toBeNull();
  expect($('quarter-1')?.dataset.current).toBe('true');
});

test('header, quarters and milestones show what the core computed', async () => {
  await show(withPlan(sample));
  expect($('plan-progress')?.textContent).toContain('1 of 2 done · 1 skipped · 50%');
  expect($('plan-overdue')?.textContent).toBe('1 overdue');
  expect($('plan-picker')).toBeNull();
  expect($$('quarter-3')[0].dataset.current).toBe('true');
  expect($$('quarter-1')[0].dataset.current).toBeUndefined();
  expect($('quarter-progress-1')?.textContent).toBe('1 of 1 done · 1 skipped');

  const rows = $$('milestone');
  expect(rows.map((r) => [r.dataset.milestoneId, r.dataset.status])).toEqual([
    ['11', 'done'],
    ['12', 'skipped'],
    ['31', 'not_started'],
  ]);
  expect(rows[2].querySelector('[data-testid="milestone-overdue"]')).not.toBeNull();
  expect(rows[0].querySelector('[data-testid="milestone-overdue"]')).toBeNull();
  expect(rows[0].querySelector('[data-testid="milestone-evidence-count"]')?.textContent?.trim()).toBe('0');
});

test('retrospectives: due for an ended quarter, opened when written; both open the entry', async () => {
  const { calls, opened } = await show(withPlan(sample, { start_retrospective: (a) => ({ id: a.quarter === 1 ? 77 : 40 }) }));
  expect($('quarter-1')?.textContent).toContain('Q1 has ended — write its retrospective');
  expect($('retro-start-2')).toBeNull();
  expect($('retro-start-3')).toBeNull();
  $('retro-start-1')!.click();
  await settle();
  $('retro-open-2')!.click();
  await settle();
  expect(calls.filter((c) => c.cmd === 'start_retrospective').map((c) => c.args)).toEqual([
    { planId: 1, quarter: 1 },
    { planId: 1, quarter: 2 },
  ]);
  expect(opened).toEqual([77, 40]);
});

test('the status control saves at once; skipping asks why', async () => {
  const skipped = structuredClone(sample);
  skipped.quarters[2].milestones[0].status = 'skipped';
  const { calls } = await show(withPlan(sample, { set_milestone_status: () => skipped }));
  const select = $$('milestone')[2].querySelector<HTMLSelectElement>('[data-testid="milestone-status"]')!;
  select.value = 'skipped';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
  expect(calls.find((c) => c.cmd === 'set_milestone_status')?.args).toEqual({ id: 31, status: 'skipped' });
  const row = document.querySelector<HTMLElement>('[data-milestone-id="31"]')!;
  expect(row.dataset.status).toBe('skipped');
  expect(row.querySelector('[data-testid="milestone-editor"]')?.textContent).toContain('Why skipped?');
});

test('the editor saves title, date and note; the core\'s refusal shows inline and Escape closes', async () => {
  const { calls } = await show(
    withPlan(sample, {
      update_milestone: () => {
        throw { kind: 'invalid_input', message: 'The target date 2028-01-01 is outside this plan, which runs from 2026-03-01 to 2027-02-28.' };
      },
    }),
  );
  const row = document.querySelector<HTMLElement>('[data-milestone-id="31"]')!;
  row.querySelector<HTMLButtonElement>('[data-focus="row"]')!.click();
  flushSync();
  type(row.querySelector<HTMLInputElement>('[data-testid="milestone-title-input"]')!, 'Lead the pricing initiative');
  type(row.querySelector<HTMLInputElement>('[data-testid="milestone-date-input"]')!, '2028-01-01');
  row.querySelector<HTMLButtonElement>('[data-testid="milestone-save"]')!.click();
  await settle();
  expect(calls.find((c) => c.cmd === 'update_milestone')?.args).toEqual({
    id: 31,
    draft: { title: 'Lead the pricing initiative', target_date: '2028-01-01', status: 'not_started', status_note: '' },
  });
  expect(row.querySelector('[data-testid="milestone-error"]')?.textContent).toContain('outside this plan');
  press(row.querySelector('[data-testid="milestone-title-input"]')!, 'Escape');
  expect(row.querySelector('[data-testid="milestone-editor"]')).toBeNull();
});

test('Alt+↓ on the last milestone of a quarter moves it to the top of the next', async () => {
  const { calls } = await show(withPlan(sample));
  const rowButton = document.querySelector<HTMLElement>('[data-milestone-id="12"] [data-focus="row"]')!;
  press(rowButton, 'ArrowDown', { altKey: true });
  await settle();
  expect(calls.find((c) => c.cmd === 'move_milestone')?.args).toEqual({ id: 12, quarter: 2, position: 0 });
});

test('remove, then undo', async () => {
  const { calls } = await show(withPlan(sample));
  document.querySelector<HTMLElement>('[data-milestone-id="31"] [data-focus="row"]')!.click();
  flushSync();
  $('milestone-remove')!.click();
  await settle();
  expect(calls.find((c) => c.cmd === 'remove_milestone')?.args).toEqual({ id: 31 });
  $('milestone-undo')!.click();
  await settle();
  expect(calls.find((c) => c.cmd === 'restore_milestone')?.args).toEqual({ id: 31 });
  expect($('milestone-undo')).toBeNull();
});

test('linking evidence: newest entries first, then narrowed by typing; a choice links it', async () => {
  const entry = (id: number, title: string) => ({
    entry: { id, title, kind: 'reflection', entry_date: '2026-11-20', tags: [], starred: false, excerpt: '', updated_at: '', deleted_at: null },
    snippet: [],
  });
  const { calls } = await show(
    withPlan(sample, {
      find_entries: (a) => ({ items: (a.query as { text: string }).text ? [entry(9, 'P&L walkthrough')] : [entry(8, 'Newest'), entry(9, 'P&L walkthrough')] }),
    }),
  );
  document.querySelector<HTMLElement>('[data-milestone-id="31"] [data-focus="row"]')!.click();
  flushSync();
  $('milestone-link-entry')!.click();
  await settle();
  expect($('evidence-picker')).not.toBeNull();
  expect($$('evidence-option').map((o) => o.textContent)).toEqual([expect.stringContaining('Newest'), expect.stringContaining('P&L walkthrough')]);

  vi.useFakeTimers();
  type($<HTMLInputElement>('evidence-search')!, 'p&l');
  await vi.advanceTimersByTimeAsync(300);
  vi.useRealTimers();
  await settle();
  const queries = calls.filter((c) => c.cmd === 'find_entries').map((c) => c.args.query as { text: string; limit: number });
  expect(queries.map((q) => [q.text, q.limit])).toEqual([
    ['', 8],
    ['p&l', 8],
  ]);
  $$('evidence-option')[0].click();
  await settle();
  expect(calls.find((c: Call) => c.cmd === 'link_evidence')?.args).toEqual({ milestoneId: 31, entryId: 9 });
});

test('add a milestone with Enter; the field stays for the next one', async () => {
  const { calls } = await show(withPlan(sample));
  $('add-milestone-2')!.click();
  await settle();
  const input = $<HTMLInputElement>('add-milestone-input-2')!;
  type(input, 'Write an executive brief');
  press(input, 'Enter');
  await settle();
  expect(calls.find((c) => c.cmd === 'add_milestone')?.args).toEqual({ planId: 1, quarter: 2, title: 'Write an executive brief' });
  expect($<HTMLInputElement>('add-milestone-input-2')?.value).toBe('');
});

test('goals are saved after a pause, with the quarter\'s focus', async () => {
  const { calls } = await show(withPlan(sample));
  vi.useFakeTimers();
  type($<HTMLTextAreaElement>('quarter-goals-3')!, 'Own the priority list');
  await vi.advanceTimersByTimeAsync(GOALS_DELAY_MS - 50);
  expect(calls.some((c) => c.cmd === 'update_quarter')).toBe(false);
  await vi.advanceTimersByTimeAsync(50);
  expect(calls.filter((c) => c.cmd === 'update_quarter').map((c) => c.args)).toEqual([
    { planId: 1, quarter: 3, focus: 'Cross-functional leadership', goals: 'Own the priority list' },
  ]);
});
