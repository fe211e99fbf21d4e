// The journal screen's state and actions: the list, the open entry, and what happens when the
// user switches, stars or trashes. Components render it; autosave and search do the timing.
import { api } from '../../api';
import { Autosaver } from './autosave';
import type { SaveStatus } from '../../shared/saver';
import { banner } from '../../shared/banner.svelte';
import { notice } from '../../shared/notice.svelte';
import { errorMessage, errorProblems, type FieldProblem } from '../../api/errors';
import type { Entry, EntryDraft, EntryKind, KeptDraft, KeptDraftSummary, TagCount } from '../../api/bindings';
import { counts } from '../../shared/counts.svelte';
import { EMPTY_LIST, EntrySearch, NO_FILTERS, isComplete, isNarrowed, type Filters, type ResultList } from './search';

/** The entry in the editor; `id` is null for a new entry until its first save. */
export interface EditorModel {
  id: number | null;
  title: string;
  body: string;
  kind: EntryKind;
  entry_date: string;
  tags: string[];
  starred: boolean;
  /** The kept draft this was reopened from: replaced if it cannot be saved again, dropped
   * once it is saved. */
  draftId: number | null;
}

export type EditableField = 'title' | 'body' | 'kind' | 'entry_date';

function fromEntry(e: Entry): EditorModel {
  return { id: e.id, title: e.title, body: e.body, kind: e.kind, entry_date: e.entry_date, tags: [...e.tags], starred: e.starred, draftId: null };
}

/** What a new entry may start with, e.g. a chosen prompt as its title and its competency tag. */
export type EntrySeed = Partial<Pick<EditorModel, 'title' | 'body' | 'kind' | 'tags'>>;

/** A new entry, dated `today` (the core's: the UI does not read the clock). */
function blankEntry(today: string): EditorModel {
  return { id: null, title: '', body: '', kind: 'reflection', entry_date: today, tags: [], starred: false, draftId: null };
}

/** The editor on a kept draft: over its entry when it still has one, else as a new entry. */
function fromKept(kept: KeptDraft, base: EditorModel): EditorModel {
  const d = kept.draft;
  return {
    ...base,
    title: d.title,
    body: d.body,
    kind: d.kind ?? base.kind,
    entry_date: d.entry_date ?? base.entry_date,
    tags: [...d.tags],
    draftId: kept.id,
  };
}

/** How a draft is named in a message. */
function draftName(title: string): string {
  const t = title.trim();
  if (!t) return 'This untitled entry';
  return `“${t.length > 60 ? `${t.slice(0, 60)}…` : t}”`;
}

function toDraft(m: EditorModel): EntryDraft {
  return { title: m.title, body: m.body, kind: m.kind, entry_date: m.entry_date, tags: [...m.tags] };
}

export class Journal {
  editor = $state<EditorModel | null>(null);
  status = $state<SaveStatus>({ state: 'saved' });
  list = $state<ResultList>(EMPTY_LIST);
  text = $state('');
  filters = $state<Filters>({ ...NO_FILTERS });
  tags = $state<TagCount[]>([]);
  /** What the last failed save said about each field (cleared by a save that works). */
  problems = $state<FieldProblem[]>([]);
  /** Why the last tags typed were not added, one line per problem. */
  tagProblems = $state<string[]>([]);
  /** Drafts that could not be saved, kept until the user finishes or discards them. */
  keptDrafts = $state<KeptDraftSummary[]>([]);
  /** The kept draft just discarded, for the undo notice. */
  discarded = $state<{ kept: KeptDraft; title: string } | null>(null);
  /** The entry just moved to the trash, for the undo notice. */
  trashed = $state<{ id: number; title: string } | null>(null);

  /** The entry closed because a new search or filter left it out, so the editor can say so. */
  leftOut = $state<{ id: number; title: string } | null>(null);

  /** The date the list was last opened at, for the list to scroll to its top. */
  jumpedTo = $state<{ date: string; offset: number } | null>(null);
  /** Why the last jump was refused. */
  jumpError = $state<string | null>(null);
  /** Counts the times the list was opened afresh (a new query, a jump, back to newest): the
   * list scrolls to its top each time. */
  listOpened = $state(0);

  readonly narrowed = $derived(isNarrowed(this.text, this.filters));

  /** The open entry is saved but not in the (complete) list the search and filters show: an
   * edit of its own took it out. The editor says so rather than look like a match. */
  readonly outsideList = $derived.by(() => {
    const id = this.editor?.id ?? null;
    const { items, loading, narrowed } = this.list;
    return id !== null && narrowed && !loading && isComplete(this.list) && !items.some((h) => h.entry.id === id);
  });

  /** Set by a change of search or filters until its list arrives: then the editor follows. */
  private following = false;

  private tagQueue: Promise<void> = Promise.resolve();
  private readonly search = new EntrySearch(api.findEntries, (list) => {
    this.list = list;
    if (this.following && !list.loading) {
      this.following = false;
      if (!list.error) void this.followList();
    }
  });
  private readonly autosave = new Autosaver({
    create: api.createEntry,
    update: api.updateEntry,
    onStatus: (status) => {
      this.status = status;
      // Kept while the next save runs, so the messages do not flicker as the user types.
      if (status.state === 'error') this.problems = status.problems ?? [];
      else if (status.state === 'saved') this.problems = [];
    },
    onSaved: (entry) => {
      // A new entry learns its id from its first save.
      if (this.editor && this.editor.id === null) this.editor.id = this.autosave.entryId;
      // A reopened draft that now saves is no longer needed. It goes before the lists are
      // read again, or they could still show it (the two calls run side by side).
      const draftId = this.editor?.id === entry.id ? this.editor.draftId : null;
      if (this.editor && draftId !== null) this.editor.draftId = null;
      const discarded = draftId === null ? Promise.resolve() : api.discardKeptDraft(draftId).then(() => undefined, (e) => banner.show(e));
      void discarded.then(() => this.refresh());
    },
  });

  start(): Promise<void> {
    return this.refresh();
  }

  /** Reloads everything derived from the stored entries: list, tags and counts. */
  async refresh(): Promise<void> {
    await Promise.all([this.search.refresh(), this.loadTags(), this.loadKeptDrafts(), counts.refresh()]);
  }

  setText(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.queryChanged();
    this.search.setText(text);
  }

  setFilters(patch: Partial<Filters>): void {
    Object.assign(this.filters, patch);
    this.queryChanged();
    void this.search.setFilters($state.snapshot(this.filters));
  }

  clearFilters(): Promise<void> {
    this.text = '';
    this.filters = { ...NO_FILTERS };
    this.queryChanged();
    return this.search.clear();
  }

  /** A new search or filter: the editor follows its list, and a jump no longer holds. */
  private queryChanged(): void {
    this.following = true;
    this.jumpedTo = null;
    this.jumpError = null;
    this.listOpened++;
  }

  /** Clears the search and filters and opens again the entry they had left out. */
  async showLeftOut(): Promise<void> {
    const left = this.leftOut;
    if (!left) return;
    await this.clearFilters();
    await this.open(left.id);
  }

  /** A new search or filter that leaves the open entry out of its (complete) list closes it,
   * saved, so the editor never shows an entry as if it matched; one that lists it again (say,
   * the filters cleared) brings it back. A new entry being written stays. */
  private async followList(): Promise<void> {
    const left = this.leftOut;
    if (!this.editor && left && this.list.items.some((h) => h.entry.id === left.id)) {
      await this.open(left.id);
      return;
    }
    const editor = this.editor;
    if (!editor || editor.id === null || !isComplete(this.list) || this.list.items.some((h) => h.entry.id === editor.id)) return;
    const closing = { id: editor.id, title: editor.title };
    if (this.editor !== editor || !(await this.leaveCurrent())) return;
    this.show(null);
    this.leftOut = closing;
  }

  loadMore(): void {
    void this.search.loadMore();
  }

  loadBefore(): void {
    void this.search.loadBefore();
  }

  /** Back from a jump: the list from its newest entry. */
  async backToNewest(): Promise<void> {
    this.jumpedTo = null;
    this.jumpError = null;
    await this.search.jumpTo(0);
    this.listOpened++;
  }

  /** Opens the list at the first entry dated `date` or earlier (the core knows where that is). */
  async jumpTo(date: string): Promise<void> {
    try {
      const offset = await api.offsetOfDate(this.search.query(), date);
      this.jumpError = null;
      await this.search.jumpTo(offset);
      this.jumpedTo = { date, offset };
      this.listOpened++;
    } catch (e) {
      this.jumpError = errorMessage(e);
    }
  }

  /** Changes one field of the open entry; a real change schedules the autosave. */
  setField<K extends EditableField>(field: K, value: EditorModel[K]): void {
    if (!this.editor || this.editor[field] === value) return;
    this.editor[field] = value;
    this.edit();
  }

  /**
   * Adds tags once the core has checked them, and saves. Resolves to the tags not added (each
   * problem in `tagProblems`), so the field can give them back to be fixed.
   */
  addTags(raw: string[]): Promise<string[]> {
    // One batch at a time, so each is checked against the tags the last one left.
    const next = this.tagQueue.then(() => this.addTagsNow(raw));
    this.tagQueue = next.then(() => undefined);
    return next;
  }

  removeTag(index: number): void {
    if (!this.editor) return;
    this.tagProblems = [];
    this.editor.tags.splice(index, 1);
    this.edit();
  }

  /** Saves pending edits now; never rejects (failures show in the save status). */
  flush(): Promise<boolean> {
    return this.autosave.flush();
  }

  /** Saves, or keeps what cannot be saved as a draft: for leaving (another entry, closing). */
  async saveOrKeep(): Promise<boolean> {
    return (await this.flush()) || this.keepUnsaved();
  }

  /** Reopens a kept draft in the editor; it is saved (and dropped) as soon as it can be. */
  async openKept(id: number): Promise<void> {
    if (this.editor?.draftId === id || !(await this.leaveCurrent())) return;
    try {
      const kept = await api.keptDraft(id);
      const base = kept.entry_id !== null ? fromEntry(await api.entry(kept.entry_id)) : blankEntry(await api.today());
      this.show(fromKept(kept, base));
      // Trying at once shows what still needs fixing, next to each field.
      this.edit();
      await this.flush();
    } catch (e) {
      banner.show(e);
    }
  }

  /** Drops a kept draft for good, with an undo notice. */
  async discardKept(id: number): Promise<void> {
    try {
      const kept = await api.discardKeptDraft(id);
      if (this.editor?.draftId === id) this.editor.draftId = null;
      this.discarded = { kept, title: kept.draft.title };
      await this.loadKeptDrafts();
    } catch (e) {
      banner.show(e);
    }
  }

  async undoDiscard(): Promise<void> {
    const discarded = this.discarded;
    this.discarded = null;
    if (!discarded) return;
    const { kept } = discarded;
    try {
      await api.keepDraft(null, kept.entry_id, kept.draft);
      await this.loadKeptDrafts();
    } catch (e) {
      banner.show(e);
    }
  }

  dismissDiscard(): void {
    this.discarded = null;
  }

  async open(id: number): Promise<void> {
    if (this.editor?.id === id || !(await this.leaveCurrent())) return;
    try {
      this.show(fromEntry(await api.entry(id)));
    } catch (e) {
      banner.show(e);
    }
  }

  /** Opens an empty editor (optionally started from a prompt); nothing is stored until the
   * first real edit. */
  async newEntry(seed: EntrySeed = {}): Promise<boolean> {
    if (!(await this.leaveCurrent())) return false;
    let today: string;
    try {
      today = await api.today();
    } catch (e) {
      banner.show(e);
      return false;
    }
    this.show({ ...blankEntry(today), ...seed, tags: [...(seed.tags ?? [])] });
    return true;
  }

  /** Opens the next (+1) or previous (-1) entry of the list. */
  async move(step: 1 | -1): Promise<void> {
    const items = this.list.items;
    const at = items.findIndex((h) => h.entry.id === this.editor?.id);
    const next = at === -1 ? (step > 0 ? 0 : items.length - 1) : at + step;
    if (next >= 0 && next < items.length) await this.open(items[next].entry.id);
    // Reaching the last loaded row fetches the next page, so the arrows never hit a false end;
    // the first, after a jump, the page above.
    if (next >= items.length - 1) this.loadMore();
    if (next <= 0) this.loadBefore();
  }

  async toggleStar(): Promise<void> {
    // A new entry must exist before it can be starred.
    if (!this.editor || !(await this.flush())) return;
    const editor = this.editor;
    if (editor.id === null) return;
    editor.starred = !editor.starred;
    try {
      await api.setStarred(editor.id, editor.starred);
      void this.search.refresh();
    } catch (e) {
      editor.starred = !editor.starred;
      banner.show(e);
    }
  }

  async trashCurrent(): Promise<void> {
    if (!this.editor || !(await this.leaveCurrent())) return;
    const { id, title } = this.editor;
    if (id === null) {
      // Never saved, so there was nothing written: just close it.
      this.show(null);
      return;
    }
    const items = this.list.items;
    const at = items.findIndex((h) => h.entry.id === id);
    const neighbour = at === -1 ? undefined : (items[at + 1] ?? items[at - 1]);
    try {
      await api.trashEntry(id);
    } catch (e) {
      banner.show(e);
      return;
    }
    this.trashed = { id, title };
    this.show(null);
    if (neighbour) await this.open(neighbour.entry.id);
    await this.refresh();
  }

  async undoTrash(): Promise<void> {
    const trashed = this.trashed;
    this.trashed = null;
    if (!trashed) return;
    try {
      const entry = await api.restoreEntry(trashed.id);
      if (await this.leaveCurrent()) this.show(fromEntry(entry));
      await this.refresh();
    } catch (e) {
      banner.show(e);
    }
  }

  dismissUndo(): void {
    this.trashed = null;
  }

  private async addTagsNow(raw: string[]): Promise<string[]> {
    const editor = this.editor;
    if (!editor) return [];
    // Sent as typed: the core says what each becomes ("#Strategy" is "strategy") or why not.
    const fresh = [...new Set(raw)].filter((t) => t.trim() && !editor.tags.includes(t));
    if (fresh.length === 0) return [];
    let tags: string[];
    try {
      tags = await api.checkTags([...editor.tags, ...fresh]);
    } catch (e) {
      if (this.editor === editor) {
        const problems = errorProblems(e);
        this.tagProblems = problems.length ? problems.map((p) => p.message) : [errorMessage(e)];
      }
      return fresh;
    }
    if (this.editor !== editor) return [];
    this.tagProblems = [];
    editor.tags = tags;
    this.edit();
    await this.flush();
    return [];
  }

  private edit(): void {
    if (this.editor) this.autosave.edit(toDraft($state.snapshot(this.editor)));
  }

  private show(model: EditorModel | null): void {
    this.leftOut = null;
    this.tagProblems = [];
    this.problems = [];
    this.autosave.load(model?.id ?? null);
    this.editor = model;
  }

  /** Saves the open entry before the editor shows another, or keeps it as a draft when it
   * cannot be saved; false (and it stays open) only if it could be neither saved nor kept. */
  private leaveCurrent(): Promise<boolean> {
    return this.saveOrKeep();
  }

  /** Keeps the open entry's unsaveable changes as a draft and closes them out of the autosave. */
  private async keepUnsaved(): Promise<boolean> {
    const editor = this.editor;
    if (!editor) return true;
    try {
      const kept = await api.keepDraft(editor.draftId, editor.id, toDraft($state.snapshot(editor)));
      editor.draftId = kept.id;
      this.autosave.load(editor.id);
      notice.show(`${draftName(editor.title)} could not be saved yet: it is kept under Kept drafts.`);
      await this.loadKeptDrafts();
      return true;
    } catch (e) {
      banner.show(`This entry stays open: its changes could be neither saved nor kept as a draft. ${errorMessage(e)}`);
      return false;
    }
  }

  private async loadKeptDrafts(): Promise<void> {
    try {
      this.keptDrafts = await api.keptDrafts();
    } catch (e) {
      banner.show(e);
    }
  }

  private async loadTags(): Promise<void> {
    try {
      this.tags = await api.listTags();
    } catch (e) {
      banner.show(e);
    }
  }
}
