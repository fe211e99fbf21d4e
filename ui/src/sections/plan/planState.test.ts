import { describe, expect, test } from 'vitest';
import { deferred } from '../../test/ipc';
import { useCore } from '../../test/core';
import type { Plan } from '../../api/bindings';
import { PlanState } from './planState.svelte';

/** Two plans in the core on 2026-11-25: 2024's, and the running one from March 2026. */
function twoPlans(options: Parameters<typeof useCore>[0] = {}) {
  const t = useCore({ empty: true, ...options });
  const old = t.core.call<Plan>('create_plan', { plan: { start_month: '2024-01', title: 'Old' } });
  const running = t.core.call<Plan>('create_plan', { plan: { start_month: '2026-03', title: 'Running' } });
  return { ...t, old, running };
}

describe('PlanState', () => {
  test('opens the plan the core marks first, and the last one looked at afterwards', async () => {
    const { old, running } = twoPlans();
    const a = new PlanState();
    await a.load();
    expect(a.loaded).toBe(true);
    expect(a.plan?.id).toBe(running.id);
    await a.select(old.id);
    expect(a.plan?.title).toBe('Old');

    const b = new PlanState();
    await b.load();
    expect(b.plan?.id).toBe(old.id);
  });

  test('with no plans there is nothing open, and it still counts as loaded', async () => {
    useCore({ empty: true });
    const s = new PlanState();
    await s.load();
    expect(s.plan).toBeNull();
    expect(s.loaded).toBe(true);
  });

  test('a mutation\'s answer replaces the plan and its row in the picker', async () => {
    const { calls, running } = twoPlans();
    const s = new PlanState();
    await s.load();
    await s.select(running.id);
    expect(await s.rename('Renamed')).toBeNull();
    expect(calls.find((c) => c.cmd === 'rename_plan')?.args).toEqual({ id: running.id, title: 'Renamed' });
    expect(s.plan?.title).toBe('Renamed');
    expect(s.plans.find((p) => p.id === running.id)).toMatchObject({ title: 'Renamed' });
  });

  test('a form\'s error comes back as the core\'s message and changes nothing', async () => {
    const { running } = twoPlans();
    const s = new PlanState();
    await s.load();
    await s.select(running.id);
    expect(await s.create('2026-03', '')).toContain('There is already a plan for 2026');
    expect(s.plan?.id).toBe(running.id);
    expect(s.plans).toHaveLength(2);
  });

  test('creating sends the title only when one is typed, then opens the plan', async () => {
    const { calls } = twoPlans();
    const s = new PlanState();
    await s.load();
    await s.create('2027-01', '  ');
    await s.create('2028-01', ' Year two ');
    const sent = calls.filter((c) => c.cmd === 'create_plan').map((c) => c.args.plan);
    expect(sent).toEqual([{ start_month: '2027-01' }, { start_month: '2028-01', title: 'Year two' }]);
    expect(s.plan?.title).toBe('Year two');
    expect(s.plans.map((p) => p.title)).toContain('Strategist Track 2027');
  });

  test('an older answer never replaces a newer one', async () => {
    const { running } = twoPlans();
    const slow = deferred<Plan>();
    const s = new PlanState();
    await s.load();
    await s.select(running.id);
    const first = s.apply(slow.promise);
    await s.apply(Promise.resolve({ ...running, title: 'Newer' }));
    slow.resolve({ ...running, title: 'Older' });
    await first;
    expect(s.plan?.title).toBe('Newer');
  });

  test('an answer for a plan no longer open is not shown', async () => {
    const { old, running } = twoPlans();
    const slow = deferred<Plan>();
    const s = new PlanState();
    await s.load();
    await s.select(running.id);
    const pending = s.apply(slow.promise);
    await s.select(old.id);
    slow.resolve({ ...running, title: 'Late' });
    await pending;
    expect(s.plan?.id).toBe(old.id);
  });

  test('removing offers an undo that restores the milestone', async () => {
    const { calls, running } = twoPlans();
    const [first, second] = running.quarters[0].milestones;
    const s = new PlanState();
    await s.load();
    await s.select(running.id);
    await s.remove(second.id, second.title);
    expect(s.removed).toEqual({ id: second.id, title: second.title });
    expect(s.plan?.quarters[0].milestones.map((m) => m.id)).not.toContain(second.id);
    await s.undoRemove();
    expect(calls.filter((c) => c.cmd === 'restore_milestone').map((c) => c.args)).toEqual([{ id: second.id }]);
    expect(s.removed).toBeNull();
    // The core brings it back at the end of its quarter.
    const ids = s.plan!.quarters[0].milestones.map((m) => m.id);
    expect(ids[0]).toBe(first.id);
    expect(ids.at(-1)).toBe(second.id);
  });
});
