// Autosave for the entry being edited: the shared `Saver`, plus what an entry needs: a new
// entry is created by its first save and updated by the later ones, putting back the text
// that is stored saves nothing, and a save that finishes after the editor moved on to
// another entry cannot claim it.
import type { Entry, EntryDraft } from '../../api/bindings';
import { Saver, type SaveStatus } from '../../shared/saver';

export const AUTOSAVE_DELAY_MS = 400;

export interface AutosaveOptions {
  create(draft: EntryDraft): Promise<Entry>;
  update(id: number, draft: EntryDraft): Promise<Entry>;
  onStatus(status: SaveStatus): void;
  /** Called after every successful save, including one that finishes after `load` moved on. */
  onSaved(entry: Entry): void;
  delay?: number;
}

export class Autosaver {
  private id: number | null = null;
  /** The last draft stored for this entry, so putting back what was there saves nothing. */
  private lastStored: string | null = null;
  /** Bumped by `load`, so a save that finishes late cannot claim the next entry. */
  private session = 0;
  private readonly saver: Saver<EntryDraft>;

  constructor(private readonly opts: AutosaveOptions) {
    this.saver = new Saver<EntryDraft>({
      save: (draft) => this.store(draft),
      unchanged: (draft) => this.id !== null && JSON.stringify(draft) === this.lastStored,
      onStatus: opts.onStatus,
      delay: opts.delay ?? AUTOSAVE_DELAY_MS,
    });
  }

  /** The entry being edited; null until a new entry's first save. */
  get entryId(): number | null {
    return this.id;
  }

  /** Starts editing an existing entry, or a new one (null). Flush the previous one first. */
  load(id: number | null): void {
    this.session++;
    this.id = id;
    this.lastStored = null;
    this.saver.reset();
  }

  /** Records the whole current draft; it is saved once the user pauses. */
  edit(draft: EntryDraft): void {
    this.saver.edit(draft);
  }

  /** Saves now, including edits made meanwhile; true once everything is stored. */
  flush(): Promise<boolean> {
    return this.saver.flush();
  }

  private async store(draft: EntryDraft): Promise<void> {
    const { id, session } = this;
    const stored = JSON.stringify(draft);
    const entry = id === null ? await this.opts.create(draft) : await this.opts.update(id, draft);
    if (session === this.session) {
      this.id = entry.id;
      this.lastStored = stored;
    }
    this.opts.onSaved(entry);
  }
}
