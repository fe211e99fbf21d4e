// Dev-only stand-in for the core's competency, prompt and evidence-link commands (see
// mockBackend.ts). A rough copy of the rules in core/src/competency and core/src/prompts: just
// enough to run and look at the screens in a browser, not a second implementation to trust.
import type { Competency, CompetencyDraft, CompetencyGroup, CompetencyOverview, CompetencyProfile, CompetencyStatus, MilestoneRef, Prompt, PromptDraft, PromptSuggestion, RatingInput, RatingPoint } from '../api/bindings';
import { todayIso } from '../shared/dates';

type Args = Record<string, unknown>;

const invalid = (message: string) => ({ kind: 'invalid_input', message });

const BUILT_IN: [string, string, string, CompetencyGroup[]][] = [
  ['Strategic thinking', 'Seeing where the business is going and choosing what matters most.', 'strategic-thinking', ['leadership']],
  ['Resource allocation', 'Putting people, time and money where they return the most.', 'resource-allocation', ['leadership', 'staff_principal']],
  ['Coaching', 'Helping others grow by asking, not telling.', 'coaching', ['leadership']],
  ['Cross-functional collaboration', 'Working as one team with product, design, sales and support.', 'cross-functional', ['leadership']],
  ['Translating technical to business', 'Explaining technical work in terms of customers, money and risk.', 'tech-to-business', ['leadership']],
  ['Business metrics', 'Knowing the numbers the business runs on and how your work moves them.', 'business-metrics', ['senior']],
  ['Product strategy', 'Understanding why the product is built the way it is, and what comes next.', 'product-strategy', ['senior']],
  ['Articulating technical decisions in business terms', 'Stating trade-offs as cost, time, risk and customer impact.', 'business-terms', ['senior']],
  ['Customer needs', 'Knowing who the customers are and what problem they pay to have solved.', 'customer-needs', ['senior']],
  ['Connecting architecture to business', 'Aligning architecture with business goals and articulating its ROI.', 'architecture-roi', ['staff_principal']],
  ['Executive communication', 'Bottom line first, short, with a clear ask.', 'exec-communication', ['staff_principal']],
  ['Cross-functional influence', 'Moving decisions in teams you do not lead.', 'influence', ['staff_principal']],
  ['Strategic frameworks', 'Using tools such as OKRs, bets and Wardley maps to reason about strategy.', 'strategic-frameworks', ['manager']],
  ['Business finance', 'Reading a P&L, budgets and headcount cost.', 'business-finance', ['manager']],
  ['Decision-making under uncertainty', 'Deciding well with partial information, and saying how sure you are.', 'uncertainty', ['manager']],
  ['Culture building', 'Shaping how the team works, on purpose.', 'culture', ['manager']],
];

const QUARTER_PROMPTS: Record<number, string[]> = {
  1: ['Which line of the P&L does your team\'s work move, and by how much?', 'What surprised you in the last board or leadership meeting you attended?'],
  2: ['Which priority call did you make this week, and what did you say no to?', 'If you had to write a one-page brief to an executive today, what would the bottom line be?'],
  3: ['Who outside engineering needs to say yes for your initiative to succeed, and what do they care about?'],
  4: ['What did you teach someone about strategic thinking this week, and what did they teach you?'],
};

const COMPETENCY_PROMPTS: Record<string, string> = {
  'strategic-thinking': 'What is one decision this week that looks different when you think two years ahead?',
  coaching: 'Whom did you help grow this week, and did you ask more than you told?',
  'exec-communication': 'Write the bottom line of your current project in one sentence an executive would act on.',
  'business-metrics': 'Which metric would tell you your last release mattered to customers?',
};

const GROUPS: Record<string, CompetencyGroup[]> = {
  'ic:senior': ['leadership', 'senior', 'custom'],
  'ic:staff_principal': ['leadership', 'senior', 'staff_principal', 'custom'],
  'management:manager': ['leadership', 'manager', 'custom'],
};

function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return todayIso(d);
}

export class MemoryCompetencies {
  private competencies: Competency[];
  private profile: CompetencyProfile = { track: 'ic', target_level: 'staff_principal', target_rating: 4 };
  private reviews: { id: number; on: string; ratings: RatingInput[] }[] = [];
  private prompts: Prompt[] = [];
  private links = new Set<string>();
  private nextPrompt = 1;

  /** `tagsInUse` counts evidence from the journal's live entries. */
  constructor(
    params: URLSearchParams,
    private readonly tagsInUse: () => string[][],
  ) {
    this.competencies = BUILT_IN.map(([name, description, tag, groups], i) => ({ id: i + 1, name, description, tag, groups, archived: false }));
    for (const [q, texts] of Object.entries(QUARTER_PROMPTS)) for (const text of texts) this.addPrompt({ quarter: Number(q), text }, true);
    for (const c of this.competencies) {
      const text = COMPETENCY_PROMPTS[c.tag];
      if (text) this.addPrompt({ competency_id: c.id, text }, true);
    }
    if (params.has('empty') || params.has('unrated')) return;
    const rate = (on: string, pairs: [number, number, string?][]) =>
      this.reviews.push({ id: this.reviews.length + 1, on, ratings: pairs.map(([id, rating, note]) => ({ competency_id: id, rating, note: note ?? '' })) });
    rate(daysAgo(120), [[1, 2], [2, 2], [3, 3, 'I mostly give answers.'], [4, 3], [5, 2], [6, 1], [7, 2], [8, 2], [9, 3], [10, 2], [11, 1], [12, 2]]);
    rate(daysAgo(30), [[1, 3], [2, 2], [3, 4, 'Asked more questions in 1:1s.'], [4, 3], [5, 3], [6, 2], [7, 3], [8, 3], [9, 3], [10, 2], [11, 2, 'First exec brief went OK.'], [12, 3]]);
  }

  handle(cmd: string, a: Args): unknown {
    switch (cmd) {
      case 'competency_overview':
        return this.overview();
      case 'save_competency_profile': {
        const p = a.profile as CompetencyProfile;
        if (!GROUPS[`${p.track}:${p.target_level}`]) throw invalid('That level does not belong to this track.');
        if (p.target_rating < 1 || p.target_rating > 5) throw invalid(`The target rating is ${p.target_rating}; it must be from 1 to 5.`);
        this.profile = { ...p };
        return this.overview();
      }
      case 'add_competency': {
        const d = a.draft as CompetencyDraft;
        const name = d.name.trim();
        if (!name) throw invalid('The competency name is empty. Give it a short name.');
        const tag = (d.tag.trim() || name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')).replace(/^-+|-+$/g, '');
        const other = this.competencies.find((c) => c.tag === tag || c.name.toLowerCase() === name.toLowerCase());
        if (other) throw invalid(`"${other.name}" already uses this name or the tag #${tag}. Choose another name or tag.`);
        const c: Competency = { id: this.competencies.length + 1, name, description: d.description.trim(), tag, groups: ['custom'], archived: false };
        this.competencies.push(c);
        return { ...c };
      }
      case 'update_competency':
        Object.assign(this.get(a.id as number), { name: (a.name as string).trim(), description: (a.description as string).trim() });
        return this.overview();
      case 'set_competency_archived':
        this.get(a.id as number).archived = a.archived as boolean;
        return this.overview();
      case 'record_self_review': {
        const ratings = a.ratings as RatingInput[];
        if (ratings.length === 0) throw invalid('The review has no ratings. Rate at least one competency from 1 to 5.');
        for (const r of ratings) {
          const c = this.get(r.competency_id);
          if (c.archived) throw invalid(`"${c.name}" is archived. Restore it before rating it.`);
          if (r.rating < 1 || r.rating > 5) throw invalid(`The rating for "${c.name}" is ${r.rating}; ratings go from 1 (just starting) to 5 (a strength others learn from).`);
        }
        this.reviews.push({ id: this.reviews.length + 1, on: todayIso(), ratings: ratings.map((r) => ({ ...r })) });
        return this.overview();
      }
      case 'list_prompts':
        return this.listPrompts();
      case 'add_prompt':
        this.addPrompt(a.draft as PromptDraft, false);
        return this.listPrompts();
      case 'update_prompt': {
        const text = (a.text as string).trim();
        if (!text) throw invalid('The prompt is empty. Write the question.');
        this.prompt(a.id as number).text = text;
        return this.listPrompts();
      }
      case 'set_prompt_hidden':
        this.prompt(a.id as number).hidden = a.hidden as boolean;
        return this.listPrompts();
      case 'suggest_prompts':
        return this.suggest();
      case 'milestone_choices':
        return MILESTONES;
      case 'milestones_for_entry':
        return MILESTONES.filter((m) => this.links.has(`${m.id}:${a.entryId}`));
      case 'link_evidence':
        this.links.add(`${a.milestoneId}:${a.entryId}`);
        return null;
      case 'unlink_evidence':
        this.links.delete(`${a.milestoneId}:${a.entryId}`);
        return null;
    }
    return undefined;
  }

  private get(id: number): Competency {
    const c = this.competencies.find((x) => x.id === id);
    if (!c) throw { kind: 'not_found', message: `There is no competency with id ${id}.` };
    return c;
  }

  private prompt(id: number): Prompt {
    const p = this.prompts.find((x) => x.id === id);
    if (!p) throw { kind: 'not_found', message: `There is no prompt with id ${id}.` };
    return p;
  }

  private addPrompt(d: PromptDraft, builtin: boolean) {
    const text = d.text.trim();
    if (!text) throw invalid('The prompt is empty. Write the question.');
    if ((d.quarter == null) === (d.competency_id == null)) throw invalid('A prompt belongs to one quarter or one competency. Choose one of them.');
    const c = d.competency_id != null ? this.get(d.competency_id) : null;
    this.prompts.push({ id: this.nextPrompt++, quarter: d.quarter ?? null, competency_id: c?.id ?? null, competency_name: c?.name ?? null, text, builtin, hidden: false });
  }

  private listPrompts(): Prompt[] {
    const pos = (p: Prompt) => (p.quarter !== null ? p.quarter * 1000 : 10_000 + (p.competency_id ?? 0) * 10);
    return this.prompts.map((p) => ({ ...p, competency_name: p.competency_id ? this.get(p.competency_id).name : null })).sort((x, y) => pos(x) - pos(y) || x.id - y.id);
  }

  private overview(): CompetencyOverview {
    const groups = GROUPS[`${this.profile.track}:${this.profile.target_level}`];
    const entryTags = this.tagsInUse();
    const sorted = [...this.reviews].sort((x, y) => x.on.localeCompare(y.on) || x.id - y.id);
    const statuses: CompetencyStatus[] = this.competencies.map((c) => {
      const history: RatingPoint[] = sorted.flatMap((r) =>
        r.ratings.filter((x) => x.competency_id === c.id).map((x) => ({ review_id: r.id, rated_on: r.on, rating: x.rating, note: x.note })),
      );
      return {
        competency: { ...c },
        relevant: c.groups.some((g) => groups.includes(g)),
        history,
        latest: history.at(-1)?.rating ?? null,
        previous: history.at(-2)?.rating ?? null,
        evidence_count: entryTags.filter((tags) => tags.includes(c.tag)).length,
      };
    });
    statuses.sort((x, y) => Number(!x.relevant) - Number(!y.relevant));
    const active = statuses.filter((s) => s.relevant && !s.competency.archived);
    const target = this.profile.target_rating;
    const entries = (n: number) => (n === 0 ? 'no evidence yet' : n === 1 ? '1 entry of evidence' : `${n} entries of evidence`);
    const gaps = active
      .filter((s) => s.latest === null || s.latest < target)
      .sort((x, y) => Number(x.latest === null) - Number(y.latest === null) || (x.latest ?? 0) - (y.latest ?? 0) || x.evidence_count - y.evidence_count)
      .map((s) => ({
        competency_id: s.competency.id,
        name: s.competency.name,
        tag: s.competency.tag,
        latest: s.latest,
        target,
        evidence_count: s.evidence_count,
        summary: s.latest === null ? `Not rated yet · ${entries(s.evidence_count)}` : `Rated ${s.latest} of 5, target ${target} · ${entries(s.evidence_count)}`,
      }));
    const dates = [...sorted].reverse().map((r) => r.on);
    return {
      profile: { ...this.profile },
      competencies: statuses,
      radar: active.map((s) => ({ competency_id: s.competency.id, name: s.competency.name, latest: s.latest, previous: s.previous })),
      gaps,
      review_count: this.reviews.length,
      last_review_on: dates[0] ?? null,
      previous_review_on: dates[1] ?? null,
    };
  }

  private suggest(): PromptSuggestion[] {
    const visible = this.prompts.filter((p) => !p.hidden);
    const out: PromptSuggestion[] = visible
      .filter((p) => p.quarter === 2)
      .slice(0, 3)
      .map((p) => ({ prompt_id: p.id, text: p.text, reason: 'Q2 focus: Strategic thinking', tags: [] }));
    const weakest = this.overview()
      .competencies.filter((s) => s.relevant && !s.competency.archived && s.latest !== null)
      .sort((x, y) => (x.latest ?? 0) - (y.latest ?? 0));
    for (const s of weakest) {
      const p = visible.find((x) => x.competency_id === s.competency.id);
      if (!p) continue;
      out.push({ prompt_id: p.id, text: p.text, reason: `Your lowest rating: ${s.competency.name} (${s.latest} of 5)`, tags: [s.competency.tag] });
      if (out.length >= 5) break;
    }
    return out;
  }
}

const MILESTONES: MilestoneRef[] = [
  [1, 1, 'Shadow a product manager for a week'],
  [2, 1, 'Learn the P&L'],
  [3, 2, 'Write an executive brief'],
  [4, 2, 'Present to executives'],
  [5, 3, 'Lead a cross-functional initiative'],
].map(([id, quarter, title]) => ({
  id: id as number,
  plan_id: 1,
  plan_title: 'Strategist Track',
  quarter: quarter as number,
  quarter_focus: ['', 'Business context', 'Strategic thinking', 'Cross-functional leadership'][quarter as number],
  title: title as string,
  status: 'not_started',
  target_date: null,
  overdue: false,
}));
