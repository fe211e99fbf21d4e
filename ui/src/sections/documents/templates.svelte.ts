// The templates a document starts from, as the core answers them: the built-in ones with the
// writer's changes and the writer's own, changed through the core (which checks every field).
import { api } from '../../api';
import type { DocumentKind, Template, TemplateDraft, TemplateRef } from '../../api/bindings';
import { errorMessage, errorProblems, type FieldProblem } from '../../api/errors';
import { banner } from '../../shared/banner.svelte';

/** A stable key for a template: built-in by kind, or the writer's own by id. */
export function templateKey(id: TemplateRef): string {
  return id.built_in !== undefined ? `built-in:${id.built_in}` : `own:${id.own}`;
}

export class Templates {
  all = $state<Template[]>([]);
  /** Why the form's last save was refused, field by field (`name`, `kind`, `purpose`, `body`). */
  problems = $state<FieldProblem[]>([]);
  /** A template of the writer's own just deleted, while its Undo is offered. */
  removed = $state<Template | null>(null);

  /** One built-in template per kind: the kinds a document can be, with their names. */
  readonly kinds = $derived(this.all.filter((t) => t.id.built_in !== undefined));

  kindLabel(kind: DocumentKind): string {
    return this.kinds.find((t) => t.kind === kind)?.kind_label ?? 'Document';
  }

  async load(): Promise<void> {
    try {
      this.all = await api.documentTemplates();
    } catch (e) {
      banner.show(e);
    }
  }

  /** Adds a template of the writer's own; false (with `problems`) when refused. */
  add(draft: TemplateDraft): Promise<boolean> {
    return this.save(() => api.addDocumentTemplate(draft));
  }

  edit(id: TemplateRef, draft: TemplateDraft): Promise<boolean> {
    return this.save(() => api.editDocumentTemplate(id, draft));
  }

  async reset(kind: DocumentKind): Promise<void> {
    try {
      this.all = await api.resetDocumentTemplate(kind);
    } catch (e) {
      banner.show(e);
    }
  }

  async remove(id: number): Promise<void> {
    try {
      this.removed = await api.deleteDocumentTemplate(id);
      await this.load();
    } catch (e) {
      banner.show(e);
    }
  }

  /** Adds the deleted template back, as a new template of the writer's own. */
  async undoRemove(): Promise<void> {
    const gone = this.removed;
    this.removed = null;
    if (gone && !(await this.add({ kind: gone.kind, name: gone.name, purpose: gone.purpose, body: gone.body }))) {
      banner.show(this.problems.map((p) => p.message).join('\n'));
    }
  }

  clearProblems(): void {
    this.problems = [];
  }

  private async save(call: () => Promise<Template[]>): Promise<boolean> {
    try {
      this.all = await call();
      this.problems = [];
      return true;
    } catch (e) {
      const problems = errorProblems(e);
      this.problems = problems.length ? problems : [{ field: 'name', message: errorMessage(e) }];
      return false;
    }
  }
}
