// The writer's glossary as the documents' side panel shows it: the core's list, changed through
// the core (which checks every field), and the checks run again after each change so the
// underlines in the text follow.
import { api } from '../../api';
import type { GlossaryDraft, GlossaryEntry, GlossaryRef } from '../../api/bindings';
import { errorMessage, errorProblems, type FieldProblem } from '../../api/errors';
import { banner } from '../../shared/banner.svelte';

/** A stable key for a term: its kind and its name or id. */
export function termKey(term: GlossaryRef): string {
  return 'built_in' in term && term.built_in !== undefined ? `built-in:${term.built_in}` : `own:${term.own}`;
}

export class Glossary {
  entries = $state<GlossaryEntry[]>([]);
  loaded = $state(false);
  /** Why the form's last save was refused, field by field (`terms`, `plain`). */
  problems = $state<FieldProblem[]>([]);
  /** A term of the writer's own just deleted, while its Undo is offered. */
  removed = $state<GlossaryEntry | null>(null);

  constructor(private readonly changed: () => void) {}

  async load(): Promise<void> {
    try {
      this.entries = await api.glossary();
      this.loaded = true;
    } catch (e) {
      banner.show(e);
    }
  }

  /** Adds a term of the writer's own; false (with `problems`) when refused. */
  add(draft: GlossaryDraft): Promise<boolean> {
    return this.save(() => api.addGlossaryTerm(draft));
  }

  edit(term: GlossaryRef, draft: GlossaryDraft): Promise<boolean> {
    return this.save(() => api.editGlossaryTerm(term, draft));
  }

  async setHidden(term: GlossaryRef, hidden: boolean): Promise<void> {
    await this.apply(() => api.setGlossaryTermHidden(term, hidden));
  }

  async reset(builtIn: string): Promise<void> {
    await this.apply(() => api.resetGlossaryTerm(builtIn));
  }

  async remove(id: number): Promise<void> {
    try {
      this.removed = await api.deleteGlossaryTerm(id);
      await this.load();
      this.changed();
    } catch (e) {
      banner.show(e);
    }
  }

  /** Adds the deleted term back (as a new term of the writer's own). */
  async undoRemove(): Promise<void> {
    const gone = this.removed;
    this.removed = null;
    if (gone) await this.apply(() => api.addGlossaryTerm({ terms: gone.terms, plain: gone.plain }));
  }

  clearProblems(): void {
    this.problems = [];
  }

  private async save(call: () => Promise<GlossaryEntry[]>): Promise<boolean> {
    try {
      this.entries = await call();
      this.problems = [];
      this.changed();
      return true;
    } catch (e) {
      const problems = errorProblems(e);
      this.problems = problems.length ? problems : [{ field: 'terms', message: errorMessage(e) }];
      return false;
    }
  }

  private async apply(call: () => Promise<GlossaryEntry[]>): Promise<void> {
    try {
      this.entries = await call();
      this.changed();
    } catch (e) {
      banner.show(e);
    }
  }
}
