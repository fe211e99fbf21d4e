// The prompt library's grouping and the editor's "start from a prompt" rules. Which prompts are
// suggested, and why, is decided by the core.
import type { Competency, Prompt, PromptSuggestion } from '../../api/bindings';
import type { EditorModel, EntrySeed } from '../journal/journal.svelte';
import { reference } from '../../shared/reference';

/** "Q1 Business context": a quarter of the Strategist Track, as the built-in prompts are
 * written for them (the themes come from the core). */
export function quarterTitle(quarter: number): string {
  return `Q${quarter} ${reference().quarter_focus[quarter - 1] ?? ''}`.trim();
}

export interface PromptGroup {
  key: string;
  title: string;
  /** Where a prompt added to this group belongs: exactly one of the two. */
  quarter: number | null;
  competencyId: number | null;
  archived: boolean;
  prompts: Prompt[];
  hiddenCount: number;
}

function group(key: string, title: string, quarter: number | null, competencyId: number | null, prompts: Prompt[], archived = false): PromptGroup {
  return { key, title, quarter, competencyId, archived, prompts, hiddenCount: prompts.filter((p) => p.hidden).length };
}

/** One group per quarter, Q1 to Q4, even when a quarter has no prompts yet. */
export function byQuarter(prompts: Prompt[]): PromptGroup[] {
  return reference().quarter_focus.map((_, i) => i + 1).map((q) =>
    group(`q${q}`, quarterTitle(q), q, null, prompts.filter((p) => p.quarter === q)),
  );
}

/**
 * One group per competency, in the given order (the overview's: relevant first), so the user's
 * own competencies can get prompts too. Archived competencies come last, and only when they
 * have prompts.
 */
export function byCompetency(prompts: Prompt[], competencies: Competency[]): PromptGroup[] {
  const of = (id: number) => prompts.filter((p) => p.competency_id === id);
  const active = competencies.filter((c) => !c.archived);
  const archived = competencies.filter((c) => c.archived && of(c.id).length > 0);
  const known = new Set(competencies.map((c) => c.id));
  // A prompt whose competency is not in the list (should not happen) is still shown.
  const strays = [...new Set(prompts.filter((p) => p.competency_id !== null && !known.has(p.competency_id)).map((p) => p.competency_id!))];
  return [
    ...active.map((c) => group(`c${c.id}`, c.name, null, c.id, of(c.id))),
    ...archived.map((c) => group(`c${c.id}`, c.name, null, c.id, of(c.id), true)),
    ...strays.map((id) => {
      const list = of(id);
      return group(`c${id}`, list[0].competency_name ?? `Competency ${id}`, null, id, list);
    }),
  ];
}

/** What a new entry starts with when the user picks a suggestion. */
export function seedFrom(s: PromptSuggestion): EntrySeed {
  return { title: s.text, tags: [...s.tags] };
}

/** What a new entry started from the library gets: the question as title, and a competency
 * prompt's tag so the entry counts as evidence. */
export function seedFromPrompt(p: Prompt, competencies: Competency[]): EntrySeed {
  const tag = competencies.find((c) => c.id === p.competency_id)?.tag;
  return { title: p.text, tags: tag ? [tag] : [] };
}

/** A new entry nobody has written in yet: the moment to offer prompts. */
export function isBlankNewEntry(m: Pick<EditorModel, 'id' | 'title' | 'body'> | null): boolean {
  return !!m && m.id === null && m.title.trim() === '' && m.body.trim() === '';
}
