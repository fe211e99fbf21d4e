// The journal screen's state and actions: the list, the open entry, and what happens when the
// user switches, stars or trashes. Components render it; autosave and search do the timing.
import { api } from '../../api';
import { Autosaver } from './autosave';
import type { SaveStatus } from '../../shared/saver';
import { banner } from '../../shared/banner.svelte';
import type { Entry, EntryDraft, EntryKind, TagCount } from '../../api/bindings';
import { counts } from '../../shared/counts.svelte';
import { EMPTY_LIST, EntrySearch, NO_FILTERS, isNarrowed, type Filters, type ResultList } from './search';

/** The entry in the editor; `id` is null for a new entry until its first save. */
export interface EditorModel {
  id: number | null;
  title: string;
  body: string;
  kind: EntryKind;
  entry_date: string;
  tags: string[];
  starred: boolean;
}

export type EditableField = 'title' | 'body' | 'kind' | 'entry_date';

function fromEntry(e: Entry): EditorModel {
  return { id: e.id, title: e.title, body: e.body, kind: e.kind, entry_date: e.entry_date, tags: [...e.tags], starred: e.starred };
}

/** What a new entry may start with, e.g. a chosen prompt as its title and its competency tag. */
export type EntrySeed = Partial<Pick<EditorModel, 'title' | 'body' | 'kind' | 'tags'>>;

/** A new entry, dated `today` (the core's: the UI does not read the clock). */
function blankEntry(today: string): EditorModel {
  return { id: null, title: '', body: '', kind: 'reflection', entry_date: today, tags: [], starred: false };
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
  /** Why the last tags typed were not added. */
  tagError = $state<string | null>(null);
  /** The entry just moved to the trash, for the undo notice. */
  trashed = $state<{ id: number; title: string } | null>(null);

  readonly narrowed = $derived(isNarrowed(this.text, this.filters));

  private tagQueue: Promise<void> = Promise.resolve();
  /** What the core stored at the last save: tags are shown in the form it keeps them. */
  private stored: Entry | null = null;
  private readonly search = new EntrySearch(api.findEntries, (list) => (this.list = list));
  private readonly autosave = new Autosaver({
    create: api.createEntry,
    update: api.updateEntry,
    onStatus: (status) => (this.status = status),
    onSaved: (entry) => {
      this.stored = entry;
      // A new entry learns its id from its first save.
      if (this.editor && this.editor.id === null) this.editor.id = this.autosave.entryId;
      void this.refresh();
    },
  });

  start(): Promise<void> {
    return this.refresh();
  }

  /** Reloads everything derived from the stored entries: list, tags and counts. */
  async refresh(): Promise<void> {
    await Promise.all([this.search.refresh(), this.loadTags(), counts.refresh()]);
  }

  setText(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.search.setText(text);
  }

  setFilters(patch: Partial<Filters>): void {
    Object.assign(this.filters, patch);
    void this.search.setFilters($state.snapshot(this.filters));
  }

  clearFilters(): void {
    this.text = '';
    this.filters = { ...NO_FILTERS };
    void this.search.clear();
  }

  loadMore(): void {
    void this.search.loadMore();
  }

  /** Changes one field of the open entry; a real change schedules the autosave. */
  setField<K extends EditableField>(field: K, value: EditorModel[K]): void {
    if (!this.editor || this.editor[field] === value) return;
    this.tagError = null;
    this.editor[field] = value;
    this.edit();
  }

  /**
   * Adds tags and saves at once. A tag the core rejects is taken back again (with its reason
   * in `tagError`), so one bad tag never keeps the rest of the entry from being saved.
   */
  addTags(raw: string[]): Promise<void> {
    // One batch at a time, so a rejection is blamed on the tags that caused it.
    this.tagQueue = this.tagQueue.then(() => this.addTagsNow(raw));
    return this.tagQueue;
  }

  removeTag(index: number): void {
    if (!this.editor) return;
    this.tagError = null;
    this.editor.tags.splice(index, 1);
    this.edit();
  }

  /** Saves pending edits now; never rejects (failures show in the save status). */
  flush(): Promise<boolean> {
    return this.autosave.flush();
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
    // Reaching the last loaded row fetches the next page, so the arrows never hit a false end.
    if (next >= items.length - 1) this.loadMore();
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

  private async addTagsNow(raw: string[]): Promise<void> {
    const editor = this.editor;
    if (!editor) return;
    // Sent as typed: the core says what each becomes ("#Strategy" is "strategy") or why not.
    const tags = [...new Set(raw)].filter((t) => t.trim() && !editor.tags.includes(t));
    if (tags.length === 0) return;
    this.tagError = null;
    // Save what is there first, so a failure below can only be the new tags' fault.
    const savedBefore = await this.flush();
    editor.tags.push(...tags);
    this.edit();
    if (!savedBefore) return;
    if (await this.flush()) {
      if (this.editor === editor && this.stored?.id === editor.id) editor.tags = [...this.stored.tags];
      return;
    }
    if (this.editor !== editor) return;
    this.tagError = this.status.message ?? null;
    editor.tags = editor.tags.filter((t) => !tags.includes(t));
    // A new entry that holds nothing but the rejected tags is not worth storing.
    if (editor.id === null && !editor.title && !editor.body) {
      this.autosave.load(null);
      return;
    }
    this.edit();
    await this.flush();
  }

  private edit(): void {
    if (this.editor) this.autosave.edit(toDraft($state.snapshot(this.editor)));
  }

  private show(model: EditorModel | null): void {
    this.tagError = null;
    this.autosave.load(model?.id ?? null);
    this.editor = model;
  }

  /** Saves the open entry before the editor shows another; false (and it stays open) if that fails. */
  private async leaveCurrent(): Promise<boolean> {
    if (await this.flush()) return true;
    banner.show(`This entry stays open because its changes are not saved yet: ${this.status.message ?? ''}`);
    return false;
  }

  private async loadTags(): Promise<void> {
    try {
      this.tags = await api.listTags();
    } catch (e) {
      banner.show(e);
    }
  }
}
