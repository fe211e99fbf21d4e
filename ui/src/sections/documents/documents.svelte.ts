// The documents section's state: the list (search, starred, trash), the open document as the
// editor holds it, saving as the writer types, and the writing checks of what is on screen.
// Every figure and finding is the core's answer; nothing here judges the text.
import { api } from '../../api';
import type {
  CheckReport,
  DiffPart,
  Document,
  DocumentKind,
  DocumentSummary,
  ExportFormat,
  Finding,
  Revision,
  RoiEdit,
  RoiFieldText,
  RoiFigures,
  RoiForms,
  TemplateRef,
} from '../../api/bindings';
import { errorMessage, errorProblems } from '../../api/errors';
import { banner } from '../../shared/banner.svelte';
import { notice } from '../../shared/notice.svelte';
import { debounce } from '../../shared/debounce';
import { Saver, type SaveStatus } from '../../shared/saver';
import { Glossary } from './glossary.svelte';
import { Templates } from './templates.svelte';

/** How long after a keystroke the checks run again: a typing pause, not every key. */
export const CHECK_DELAY_MS = 150;
const SAVE_DELAY_MS = 600;

type Edit = { id: number; kind: DocumentKind; title: string; body: string };
export type Panel = 'checks' | 'history' | 'roi' | 'glossary';

export class Documents {
  items = $state<DocumentSummary[]>([]);
  loaded = $state(false);
  query = $state('');
  starredOnly = $state(false);
  /** The trash instead of the live documents. */
  trashed = $state(false);
  /** What a new document starts from. */
  readonly templates = new Templates();
  /** The open document as last saved, and what the editor holds now. */
  open = $state<Document | null>(null);
  text = $state<Edit | null>(null);
  report = $state<CheckReport | null>(null);
  status = $state<SaveStatus>({ state: 'saved' });
  /** The preview (with ROI blocks drawn) instead of the text. */
  previewing = $state(false);
  /** What the column beside the editor shows. */
  panel = $state<Panel>('checks');
  /** The open text's ROI models as the form shows them (the core's reading of the text). */
  roi = $state<RoiForms | null>(null);
  /** The open document's kept revisions, newest first (loaded with the history). */
  revisions = $state<Revision[]>([]);
  /** A revision compared with the current text, word by word. */
  comparing = $state<{ revision: Revision; to: Revision | null; parts: DiffPart[] } | null>(null);
  /** The document just moved to the trash, while its Undo is offered. */
  removed = $state<{ id: number; title: string } | null>(null);
  /** Why the core refused the tags last added, one line per problem. */
  tagProblems = $state<string[]>([]);
  /** The writer's glossary; a change to it checks the text again. */
  readonly glossary = new Glossary(() => void this.check());

  private readonly saver = new Saver<Edit>({
    save: async (edit) => {
      const saved = await api.saveDocument(edit.id, { kind: edit.kind, title: edit.title, body: edit.body });
      if (this.open?.id === saved.id) this.open = saved;
      void this.refresh();
    },
    onStatus: (s) => (this.status = s),
    delay: SAVE_DELAY_MS,
  });

  /** The preview's HTML: the Markdown sanitised by the core, with its ROI blocks drawn. */
  readonly render = (markdown: string): Promise<string> => api.renderDocument(markdown);

  private checking = false;
  private checkAgain = false;
  private readonly recheck = debounce(() => void this.check(), CHECK_DELAY_MS);

  /** Drops the checks and saves still waiting on a timer: a test's teardown (the app's
   * documents live as long as its window). */
  dispose(): void {
    this.recheck.cancel();
    this.saver.reset();
  }

  async start(): Promise<void> {
    await this.templates.load();
    await this.refresh();
  }

  async refresh(): Promise<void> {
    try {
      this.items = await api.findDocuments({
        text: this.trashed ? '' : this.query,
        starred_only: this.starredOnly && !this.trashed,
        tag: null,
        trashed: this.trashed,
      });
      this.loaded = true;
    } catch (e) {
      banner.show(e);
    }
  }

  async search(text: string): Promise<void> {
    this.query = text;
    await this.refresh();
  }

  async showTrash(on: boolean): Promise<void> {
    this.trashed = on;
    await this.refresh();
  }

  async toggleStarredOnly(): Promise<void> {
    this.starredOnly = !this.starredOnly;
    await this.refresh();
  }

  /** A new document from a template, opened with its title to fill in. */
  async create(template: TemplateRef): Promise<boolean> {
    if (!(await this.leave())) return false;
    try {
      const doc = await api.createDocument(template, '');
      this.trashed = false;
      this.show(doc);
      await this.refresh();
      return true;
    } catch (e) {
      banner.show(e);
      return false;
    }
  }

  async select(id: number): Promise<void> {
    if (this.open?.id === id) return;
    if (!(await this.leave())) return;
    try {
      this.show(await api.document(id));
    } catch (e) {
      banner.show(e);
    }
  }

  private show(doc: Document): void {
    this.saver.reset();
    this.comparing = null;
    this.revisions = [];
    if (this.panel === 'history') void this.loadHistory(doc.id);
    this.open = doc;
    this.text = { id: doc.id, kind: doc.kind, title: doc.title, body: doc.body };
    this.report = null;
    this.roi = null;
    this.tagProblems = [];
    void this.check();
  }

  edit(patch: Partial<Omit<Edit, 'id'>>): void {
    if (!this.text) return;
    this.text = { ...this.text, ...patch };
    this.saver.edit(this.text);
    this.recheck.call();
  }

  /** Ctrl+S: saved now, and kept as a revision. */
  async saveNow(): Promise<void> {
    if (!this.open || !(await this.saver.flush())) return;
    try {
      await api.keepDocumentRevision(this.open.id, 'save');
      if (this.panel === 'history') await this.loadHistory(this.open.id);
    } catch (e) {
      banner.show(e);
    }
  }

  /**
   * Saves what is open and keeps a revision, before another document opens. Text that cannot
   * be saved is kept as a revision instead, so leaving never loses it; false only when it could
   * be neither saved nor kept (the writer stays on it and sees why).
   */
  async leave(): Promise<boolean> {
    if (!this.open) return true;
    if (!(await this.saver.flush())) return this.keepUnsaved();
    try {
      if (this.open.deleted_at === null) await api.keepDocumentRevision(this.open.id, 'close');
    } catch (e) {
      banner.show(e);
    }
    return true;
  }

  /** Saves, then writes the document into the exports folder; the notice says where. */
  async exportTo(format: ExportFormat): Promise<void> {
    const open = this.open;
    if (!open || !(await this.saver.flush())) return;
    try {
      const path = await api.exportDocumentToFolder(open.id, format);
      notice.show(`Exported to ${path}`);
    } catch (e) {
      banner.show(e);
    }
  }

  /** Saves, asks where (the save dialog), then writes there in the format the file name says. */
  async exportAs(): Promise<void> {
    const open = this.open;
    if (!open || !(await this.saver.flush())) return;
    try {
      const target = await api.chooseExportPath(this.text?.title ?? open.title);
      if (!target) return;
      await api.exportDocument(open.id, target.format, target.path);
      notice.show(`Exported to ${target.path}`);
    } catch (e) {
      banner.show(e);
    }
  }

  /** Keeps the text the editor holds, which could not be saved, as a revision. */
  private async keepUnsaved(): Promise<boolean> {
    const t = this.text;
    if (!t) return true;
    try {
      await api.keepUnsavedDocument(t.id, { kind: t.kind, title: t.title, body: t.body });
      this.saver.reset();
      notice.show(`${t.title || 'This document'} could not be saved: its text is kept in its History.`);
      return true;
    } catch (e) {
      banner.show(e);
      return false;
    }
  }

  /** Opens text kept because it could not be saved, so the writer can fix it; saving tries at once. */
  async reopen(revision: Revision): Promise<void> {
    const open = this.open;
    if (!open) return;
    try {
      const draft = await api.documentRevisionDraft(revision.id);
      this.comparing = null;
      this.edit({ kind: draft.kind, title: draft.title, body: draft.body });
    } catch (e) {
      banner.show(e);
    }
  }

  /**
   * Checks the text on screen. One check at a time: asked again meanwhile, it runs once more
   * when this one ends, on the text as it is then. (Checks queued per keystroke would compete
   * with the typing on a long document.)
   */
  async check(): Promise<void> {
    if (this.checking) {
      this.checkAgain = true;
      return;
    }
    this.checking = true;
    try {
      do {
        this.checkAgain = false;
        await this.checkOnce();
      } while (this.checkAgain);
    } finally {
      this.checking = false;
    }
  }

  private async checkOnce(): Promise<void> {
    const t = this.text;
    const open = this.open;
    if (!t || !open) return;
    try {
      const report = await api.checkDocument(t.body, t.kind, open.dismissals);
      // A later edit or another document may have come meanwhile.
      if (this.text === t) this.report = report;
      if (this.panel === 'roi') await this.loadRoi();
    } catch (e) {
      banner.show(e);
    }
  }

  async showPanel(panel: Panel): Promise<void> {
    this.panel = panel;
    if (panel === 'history' && this.open) await this.loadHistory(this.open.id);
    if (panel === 'roi') await this.loadRoi();
    if (panel === 'glossary' && !this.glossary.loaded) await this.glossary.load();
  }

  /** Reads the ROI models of the text on screen, for the form. */
  private async loadRoi(): Promise<void> {
    const t = this.text;
    if (!t) return;
    try {
      const forms = await api.roiForms(t.body);
      if (this.text === t) this.roi = forms;
    } catch (e) {
      banner.show(e);
    }
  }

  /** The figures the form's fields give; rejects with every wrong field. */
  readonly roiFigures = (fields: RoiFieldText[]): Promise<RoiFigures> => api.roiFormFigures(fields);

  /** The change to the text that writes the form's model (model `index`, or a new one);
   * rejects with every wrong field, and then the text is left as it is. */
  readonly roiEdit = (index: number | null, fields: RoiFieldText[]): Promise<RoiEdit> =>
    api.applyRoiForm(this.text?.body ?? '', index, fields);

  private async loadHistory(id: number): Promise<void> {
    try {
      const revisions = await api.documentRevisions(id);
      if (this.open?.id === id || this.open === null) this.revisions = revisions;
    } catch (e) {
      banner.show(e);
    }
  }

  /** Names the current text as a version ("sent to VP"); saved first. */
  async nameVersion(name: string): Promise<boolean> {
    const open = this.open;
    if (!open || !(await this.saver.flush())) return false;
    try {
      await api.nameDocumentVersion(open.id, name);
      await this.loadHistory(open.id);
      return true;
    } catch (e) {
      banner.show(e);
      return false;
    }
  }

  /** The changes from `revision` to `to`, or to the text as it is now. */
  async compare(revision: Revision, to: Revision | null = null): Promise<void> {
    if (!(await this.saver.flush())) return;
    // Older first, whichever was picked first.
    const [from, until] = to && to.id < revision.id ? [to, revision] : [revision, to];
    try {
      this.comparing = { revision: from, to: until, parts: await api.diffDocumentRevisions(from.id, until?.id ?? null) };
      this.previewing = false;
    } catch (e) {
      banner.show(e);
    }
  }

  /** Puts a revision's text back (the current text is kept as a revision first). */
  async restoreRevision(revision: Revision): Promise<void> {
    if (!(await this.saver.flush())) return;
    try {
      const doc = await api.restoreDocumentRevision(revision.id);
      this.show(doc);
      await this.loadHistory(doc.id);
      await this.refresh();
    } catch (e) {
      banner.show(e);
    }
  }

  /** A kept review: saves, then rewrites it from today's data, the writer's parts kept. */
  async bringUpToDate(): Promise<void> {
    const open = this.open;
    if (!open || !(await this.saver.flush())) return;
    try {
      const up = await api.bringReviewUpToDate(open.id);
      this.show(up.document);
      await this.loadHistory(up.document.id);
      await this.refresh();
      notice.show(up.message);
    } catch (e) {
      banner.show(e);
    }
  }

  async toggleStar(): Promise<void> {
    if (!this.open) return;
    try {
      this.open = await api.starDocument(this.open.id, !this.open.starred);
      await this.refresh();
    } catch (e) {
      banner.show(e);
    }
  }

  /** Keeps the open document's text as a template of the writer's own, named after its title. */
  async saveAsTemplate(): Promise<void> {
    const t = this.text;
    if (!t) return;
    const name = t.title.trim() || `My ${this.templates.kindLabel(t.kind).toLowerCase()}`;
    if (await this.templates.add({ kind: t.kind, name, purpose: '', body: t.body })) {
      notice.show(`Saved “${name}” as a template: New offers it.`);
    } else {
      banner.show(this.templates.problems.map((p) => p.message).join('\n'));
      this.templates.clearProblems();
    }
  }

  /** Adds tags as typed (the core says what each becomes, or why not); resolves to those
   * refused, for the field to give back. */
  async addTags(raw: string[]): Promise<string[]> {
    const open = this.open;
    if (!open) return [];
    const fresh = [...new Set(raw)].filter((t) => t.trim() && !open.tags.includes(t));
    if (fresh.length === 0) return [];
    return (await this.setTags(open, [...open.tags, ...fresh])) ? [] : fresh;
  }

  async removeTag(index: number): Promise<void> {
    if (this.open) await this.setTags(this.open, this.open.tags.filter((_, i) => i !== index));
  }

  private async setTags(open: Document, tags: string[]): Promise<boolean> {
    try {
      const saved = await api.setDocumentTags(open.id, tags);
      if (this.open?.id === saved.id) this.open = saved;
      this.tagProblems = [];
      void this.refresh();
      return true;
    } catch (e) {
      if (this.open?.id === open.id) {
        const problems = errorProblems(e);
        this.tagProblems = problems.length ? problems.map((p) => p.message) : [errorMessage(e)];
      }
      return false;
    }
  }

  /** "Ignore here" or "ignore this rule in this document": kept with the document. */
  async dismiss(finding: Finding, scope: 'here' | 'rule'): Promise<void> {
    const open = this.open;
    if (!open) return;
    const d = open.dismissals;
    const dismissals =
      scope === 'here' ? { ...d, here: [...d.here, finding.key] } : { ...d, rules: [...d.rules, finding.rule] };
    try {
      this.open = await api.setDocumentDismissals(open.id, dismissals);
      await this.check();
      await this.refresh();
    } catch (e) {
      banner.show(e);
    }
  }

  /** Brings back every finding dismissed in this document. */
  async undismissAll(): Promise<void> {
    if (!this.open) return;
    try {
      this.open = await api.setDocumentDismissals(this.open.id, { here: [], rules: [] });
      await this.check();
      await this.refresh();
    } catch (e) {
      banner.show(e);
    }
  }

  async trashOpen(): Promise<void> {
    const open = this.open;
    if (!open || (!(await this.saver.flush()) && !(await this.keepUnsaved()))) return;
    try {
      await api.trashDocument(open.id);
      this.removed = { id: open.id, title: this.text?.title ?? open.title };
      this.open = null;
      this.text = null;
      this.report = null;
      await this.refresh();
    } catch (e) {
      banner.show(e);
    }
  }

  async restore(id: number): Promise<void> {
    try {
      const doc = await api.restoreDocument(id);
      if (this.removed?.id === id) this.removed = null;
      await this.refresh();
      if (!this.trashed) this.show(doc);
    } catch (e) {
      banner.show(e);
    }
  }
}
