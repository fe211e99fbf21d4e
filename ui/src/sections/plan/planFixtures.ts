// Plans and dashboards shaped like the core's answers, for unit tests and the dev mock backend.
import type { Dashboard, Milestone, Plan, PlanSummary, Progress, Quarter } from '../../api/bindings';

export function progress(p: Partial<Progress> = {}): Progress {
  return { total: 0, done: 0, in_progress: 0, not_started: 0, skipped: 0, overdue: 0, percent: 0, ...p };
}

export function milestone(id: number, quarter: number, m: Partial<Milestone> = {}): Milestone {
  return {
    id,
    plan_id: 1,
    quarter,
    title: `Milestone ${id}`,
    target_date: null,
    status: 'not_started',
    status_note: '',
    overdue: false,
    evidence: [],
    ...m,
  };
}

const RANGES: [string, string][] = [
  ['2026-03-01', '2026-05-31'],
  ['2026-06-01', '2026-08-31'],
  ['2026-09-01', '2026-11-30'],
  ['2026-12-01', '2027-02-28'],
];
const FOCUS = ['Business context', 'Strategic thinking', 'Cross-functional leadership', 'Teaching and influence'];

export function quarter(number: number, q: Partial<Quarter> = {}): Quarter {
  return {
    number,
    focus: FOCUS[number - 1],
    start: RANGES[number - 1][0],
    end: RANGES[number - 1][1],
    goals: '',
    retrospective_entry_id: null,
    is_current: false,
    has_ended: false,
    progress: progress(),
    milestones: [],
    ...q,
  };
}

/** A plan from March 2026; `quarters` replaces any of the four by number. */
export function plan(p: Partial<Omit<Plan, 'quarters'>> = {}, quarters: Partial<Quarter>[] = []): Plan {
  const qs = [1, 2, 3, 4].map((n) => quarter(n, quarters.find((q) => q.number === n) ?? {}));
  return {
    id: 1,
    title: 'Strategist Track 2026–27',
    year: 2026,
    start: '2026-03-01',
    end: '2027-02-28',
    archived: false,
    current_quarter: null,
    progress: progress(),
    ...p,
    quarters: qs.map((q) => ({ ...q, milestones: q.milestones.map((m) => ({ ...m, plan_id: p.id ?? 1 })) })),
  };
}

export function summary(p: Plan): PlanSummary {
  const { id, title, year, start, end, archived, current_quarter, progress } = p;
  return { id, title, year, start, end, archived, current_quarter, progress };
}

export function dashboard(d: Partial<Dashboard> = {}): Dashboard {
  return {
    today: '2026-11-24',
    plan: null,
    quarter: null,
    next_up: [],
    overdue: [],
    retrospectives_due: [],
    radar: [],
    last_review_on: null,
    previous_review_on: null,
    last_entry_on: null,
    days_since_last_entry: null,
    entry_count: 0,
    prompts: [],
    ...d,
  };
}
