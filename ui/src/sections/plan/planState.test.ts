import { describe, expect, test } from 'vitest';
import { deferred, recordIPC } from '../../test/ipc';
import type { Plan } from '../../api/bindings';
import { milestone, plan, summary } from './planFixtures';
import { PlanState } from './planState.svelte';

const running = plan({ id: 3, title: 'Running', current_quarter: 3 }, [{ number: 1, milestones: [milestone(1, 1), milestone(2, 1)] }]);
const old = plan({ id: 1, title: 'Old', year: 2024, start: '2024-01-01', end: '2024-12-31' });

function backend(plans: Plan[], extra: (cmd: string, args: Record<string, unknown>) => unknown = () => undefined) {
  return recordIPC((cmd, args) => {
    const answer = extra(cmd, args);
    if (answer !== undefined) return answer;
    if (cmd === 'list_plans') return plans.map(summary);
    if (cmd === 'plan') return plans.find((p) => p.id === args.id);
    throw { kind: 'not_found', message: `no ${cmd}` };
  });
}

describe('PlanState', () => {
  test('opens the running plan first, and the last one looked at afterwards', async () => {
    backend([running, old]);
    const a = new PlanState();
    await a.load();
    expect(a.loaded).toBe(true);
    expect(a.plan?.id).toBe(3);
    await a.select(1);
    expect(a.plan?.title).toBe('Old');

    const b = new PlanState();
    await b.load();
    expect(b.plan?.id).toBe(1);
  });

  test('with no plans there is nothing open, and it still counts as loaded', async () => {
    backend([]);
    const s = new PlanState();
    await s.load();
    expect(s.plan).toBeNull();
    expect(s.loaded).toBe(true);
  });

  test('a mutation\'s answer replaces the plan and its row in the picker', async () => {
    const renamed = { ...running, title: 'Renamed', progress: { ...running.progress, total: 9 } };
    const calls = backend([running, old], (cmd) => (cmd === 'rename_plan' ? renamed : undefined));
    const s = new PlanState();
    await s.load();
    await s.select(3);
    expect(await s.rename('Renamed')).toBeNull();
    expect(calls.find((c) => c.cmd === 'rename_plan')?.args).toEqual({ id: 3, title: 'Renamed' });
    expect(s.plan?.title).toBe('Renamed');
    expect(s.plans.find((p) => p.id === 3)).toMatchObject({ title: 'Renamed', progress: { total: 9 } });
  });

  test('a form\'s error comes back as the core\'s message and changes nothing', async () => {
    backend([running], (cmd) => {
      if (cmd === 'create_plan') throw { kind: 'invalid_input', message: 'There is already a plan for 2026.' };
      return undefined;
    });
    const s = new PlanState();
    await s.load();
    expect(await s.create('2026-03', '')).toBe('There is already a plan for 2026.');
    expect(s.plan?.id).toBe(3);
  });

  test('creating sends the title only when one is typed, then opens the plan', async () => {
    const created = plan({ id: 7, title: 'Strategist Track 2027', year: 2027, start: '2027-01-01', end: '2027-12-31' });
    const calls = backend([running], (cmd) => (cmd === 'create_plan' ? created : undefined));
    const s = new PlanState();
    await s.load();
    await s.create('2027-01', '  ');
    await s.create('2027-01', ' Year two ');
    const sent = calls.filter((c) => c.cmd === 'create_plan').map((c) => c.args.plan);
    expect(sent).toEqual([{ start_month: '2027-01' }, { start_month: '2027-01', title: 'Year two' }]);
    expect(s.plan?.id).toBe(7);
    expect(s.plans.map((p) => p.id)).toContain(7);
  });

  test('an older answer never replaces a newer one', async () => {
    const slow = deferred<Plan>();
    const s = new PlanState();
    backend([running]);
    await s.load();
    const first = s.apply(slow.promise);
    await s.apply(Promise.resolve({ ...running, title: 'Newer' }));
    slow.resolve({ ...running, title: 'Older' });
    await first;
    expect(s.plan?.title).toBe('Newer');
  });

  test('an answer for a plan no longer open is not shown', async () => {
    const slow = deferred<Plan>();
    backend([running, old]);
    const s = new PlanState();
    await s.load();
    const pending = s.apply(slow.promise);
    await s.select(1);
    slow.resolve({ ...running, title: 'Late' });
    await pending;
    expect(s.plan?.id).toBe(1);
  });

  test('removing offers an undo that restores the milestone', async () => {
    const without = { ...running, quarters: running.quarters.map((q) => ({ ...q, milestones: q.milestones.filter((m) => m.id !== 2) })) };
    const calls = backend([running], (cmd) => (cmd === 'remove_milestone' ? without : cmd === 'restore_milestone' ? running : undefined));
    const s = new PlanState();
    await s.load();
    await s.remove(2, 'Milestone 2');
    expect(s.removed).toEqual({ id: 2, title: 'Milestone 2' });
    expect(s.plan?.quarters[0].milestones.map((m) => m.id)).toEqual([1]);
    await s.undoRemove();
    expect(calls.filter((c) => c.cmd === 'restore_milestone').map((c) => c.args)).toEqual([{ id: 2 }]);
    expect(s.removed).toBeNull();
    expect(s.plan?.quarters[0].milestones.map((m) => m.id)).toEqual([1, 2]);
  });
});
