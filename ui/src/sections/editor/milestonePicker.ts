// The "Link to milestone" picker's list: milestones grouped by plan and quarter, narrowed by
// what the user types, without the ones the entry already supports.
import type { MilestoneRef } from '../../api/bindings';

export interface MilestoneGroup {
  key: string;
  /** "Strategist Track 2026 · Q2 Strategic thinking" */
  label: string;
  items: MilestoneRef[];
}

/** Every word typed must appear in the milestone's title, plan or quarter focus. */
function matches(m: MilestoneRef, words: string[]): boolean {
  const hay = `${m.title} ${m.plan_title} q${m.quarter} ${m.quarter_focus}`.toLowerCase();
  return words.every((w) => hay.includes(w));
}

export function milestoneGroups(choices: MilestoneRef[], query: string, linked: number[] = []): MilestoneGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = new Map<string, MilestoneGroup>();
  for (const m of choices) {
    if (linked.includes(m.id) || !matches(m, words)) continue;
    const key = `${m.plan_id}:${m.quarter}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, label: `${m.plan_title} · Q${m.quarter} ${m.quarter_focus}`.trim(), items: [] };
      groups.set(key, g);
    }
    g.items.push(m);
  }
  // The core's order (newest plan first, then quarter and position) is kept.
  return [...groups.values()];
}

/** The options in the order the arrow keys walk them. */
export function flatOptions(groups: MilestoneGroup[]): MilestoneRef[] {
  return groups.flatMap((g) => g.items);
}
