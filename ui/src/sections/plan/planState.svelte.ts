// The year plan screen's state: the list of plans, the open plan, and the calls that change it.
// Every mutation answers with the whole updated plan, which replaces the one shown.
import { api } from '../../api';
import { banner } from '../../shared/banner.svelte';
import type { EntrySummary, MilestoneDraft, MilestoneStatus, Plan, PlanSummary, Step } from '../../api/bindings';
import { evidenceQuery } from './plan';
import { errorMessage } from '../../api/errors';

/** An action's outcome: null when it worked, else the core's message for the user. */
export type Outcome = string | null;

/** A picker row brought up to date with a changed plan; which plan opens first stays as listed. */
function summaryOf(p: Plan, row: PlanSummary): PlanSummary {
  const { id, title, year, start, end, months, archived, current_quarter, progress } = p;
  return { id, title, year, start, end, months, archived, current_quarter, progress, opens_first: row.opens_first };
}

/** The plan last looked at, so coming back to the view opens it again. */
let lastPlanId: number | null = null;

export class PlanState {
  plans = $state<PlanSummary[]>([]);
  plan = $state<Plan | null>(null);
  /** The start month (`YYYY-MM`) the core suggests for a new plan. */
  suggestedStart = $state('');
  /** False until the first answer, so nothing flashes an empty state while loading. */
  loaded = $state(false);
  /** The milestone just removed, for the undo notice. */
  removed = $state<{ id: number; title: string } | null>(null);

  private issued = 0;
  private applied = 0;

  async load(): Promise<void> {
    try {
      const [plans, suggested] = await Promise.all([api.listPlans(), api.suggestedPlanStart()]);
      [this.plans, this.suggestedStart] = [plans, suggested];
      const keep = plans.some((p) => p.id === lastPlanId) ? lastPlanId : null;
      const id = keep ?? plans.find((p) => p.opens_first)?.id ?? null;
      if (id !== null) this.show(await api.plan(id));
      else this.plan = null;
    } catch (e) {
      banner.show(e);
    } finally {
      this.loaded = true;
    }
  }

  async select(id: number): Promise<void> {
    if (id === this.plan?.id) return;
    try {
      this.show(await api.plan(id));
      this.removed = null;
    } catch (e) {
      banner.show(e);
    }
  }

  /** Creates a plan and opens it; the message is for the form, which keeps its input. */
  async create(startMonth: string, title: string): Promise<Outcome> {
    try {
      const plan = await api.createPlan(title.trim() ? { start_month: startMonth, title: title.trim() } : { start_month: startMonth });
      [this.plans, this.suggestedStart] = await Promise.all([api.listPlans(), api.suggestedPlanStart()]);
      this.show(plan);
      return null;
    } catch (e) {
      return errorMessage(e);
    }
  }

  /** Runs a mutation and shows its answer. Rejects with the core's error. */
  async apply(call: Promise<Plan>): Promise<Plan> {
    const mine = ++this.issued;
    const plan = await call;
    // Mutations are answered in order; an older answer never replaces a newer one, nor a
    // plan opened meanwhile.
    if (mine > this.applied && plan.id === this.plan?.id) {
      this.applied = mine;
      this.plan = plan;
      this.plans = this.plans.map((p) => (p.id === plan.id ? summaryOf(plan, p) : p));
    }
    return plan;
  }

  /** A mutation whose error belongs next to a field: returns the message instead of showing it. */
  async attempt(call: () => Promise<Plan>): Promise<Outcome> {
    try {
      await this.apply(call());
      return null;
    } catch (e) {
      return errorMessage(e);
    }
  }

  /** A mutation whose failure is unexpected: the banner says why. */
  async act(call: () => Promise<Plan>): Promise<boolean> {
    try {
      await this.apply(call());
      return true;
    } catch (e) {
      banner.show(e);
      return false;
    }
  }

  rename(title: string): Promise<Outcome> {
    const id = this.requireId();
    return this.attempt(() => api.renamePlan(id, title));
  }

  setArchived(archived: boolean): Promise<boolean> {
    const id = this.requireId();
    return this.act(() => api.setPlanArchived(id, archived));
  }

  saveQuarter(quarter: number, focus: string, goals: string): Promise<Plan> {
    return this.apply(api.updateQuarter(this.requireId(), quarter, focus, goals));
  }

  /** A new focus for a quarter; the message is for the field. */
  renameQuarter(quarter: number, focus: string, goals: string): Promise<Outcome> {
    const id = this.requireId();
    return this.attempt(() => api.updateQuarter(id, quarter, focus, goals));
  }

  addMilestone(quarter: number, title: string): Promise<Outcome> {
    const id = this.requireId();
    return this.attempt(() => api.addMilestone(id, quarter, title));
  }

  setStatus(id: number, status: MilestoneStatus): Promise<boolean> {
    return this.act(() => api.setMilestoneStatus(id, status));
  }

  move(id: number, quarter: number, position: number): Promise<boolean> {
    return this.act(() => api.moveMilestone(id, quarter, position));
  }

  /** One place up or down the plan; the core knows where that is, across quarters too. */
  step(id: number, step: Step): Promise<boolean> {
    return this.act(() => api.stepMilestone(id, step));
  }

  saveMilestone(id: number, draft: MilestoneDraft): Promise<Outcome> {
    return this.attempt(() => api.updateMilestone(id, draft));
  }

  linkEvidence(milestoneId: number, entryId: number): Promise<Outcome> {
    return this.attempt(() => api.linkEvidence(milestoneId, entryId));
  }

  unlinkEvidence(milestoneId: number, entryId: number): Promise<boolean> {
    return this.act(() => api.unlinkEvidence(milestoneId, entryId));
  }

  unlinkDocument(milestoneId: number, documentId: number): Promise<boolean> {
    return this.act(() => api.unlinkDocument(milestoneId, documentId));
  }

  /** The entries the evidence picker offers for the typed words (newest first with none). */
  async findEvidence(text: string): Promise<EntrySummary[]> {
    return (await api.findEntries(evidenceQuery(text))).items.map((h) => h.entry);
  }

  /** The title the core would give a plan starting in `startMonth` (`YYYY-MM`), or null for a bad month. */
  defaultTitle(startMonth: string): Promise<string | null> {
    return api.defaultPlanTitle(startMonth).catch(() => null);
  }

  async remove(id: number, title: string): Promise<void> {
    if (await this.act(() => api.removeMilestone(id))) this.removed = { id, title };
  }

  async undoRemove(): Promise<void> {
    const removed = this.removed;
    if (!removed) return;
    this.removed = null;
    await this.act(() => api.restoreMilestone(removed.id));
  }

  private show(plan: Plan): void {
    this.applied = ++this.issued;
    this.plan = plan;
    lastPlanId = plan.id;
  }

  private requireId(): number {
    if (!this.plan) throw new Error('No plan is open.');
    return this.plan.id;
  }
}
