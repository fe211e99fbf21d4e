// Autosave for the entry being edited. Words are never dropped: a failed save keeps its draft
// for the next attempt, and at most one save is in flight, so an update can never overtake the
// create that gives the entry its id.
import type { Entry, EntryDraft } from '../api/bindings';
import { errorMessage } from '../api/errors';

export type SaveState = 'saved' | 'saving' | 'dirty' | 'error';
export type SaveStatus = { state: SaveState; message?: string };

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
  private pending: EntryDraft | null = null;
  private error: string | null = null;
  /** Set when the debounce ran out or a flush asked; the save loop only continues while set. */
  private wanted = false;
  private busy = false;
  private done: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The last draft stored for this entry, so putting back what was there saves nothing. */
  private lastStored: string | null = null;
  /** Bumped by `load`, so a save that finishes late cannot claim the next entry. */
  private session = 0;

  constructor(private readonly opts: AutosaveOptions) {}

  /** The entry being edited; null until a new entry's first save. */
  get entryId(): number | null {
    return this.id;
  }

  /** Starts editing an existing entry, or a new one (null). Flush the previous one first. */
  load(id: number | null): void {
    clearTimeout(this.timer);
    this.session++;
    this.id = id;
    this.lastStored = null;
    this.pending = null;
    this.error = null;
    this.wanted = false;
    this.report();
  }

  /** Records the whole current draft; it is saved once the user pauses. */
  edit(draft: EntryDraft): void {
    this.pending = draft;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), this.opts.delay ?? AUTOSAVE_DELAY_MS);
    this.report();
  }

  /**
   * Saves now, without waiting for the pause, including edits made while it saves; true once
   * everything is stored, false if a save failed.
   */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    do await this.save();
    while (this.pending && this.error === null);
    return this.pending === null && this.error === null;
  }

  private save(): Promise<void> {
    this.wanted = true;
    if (!this.busy) this.done = this.drain();
    return this.done;
  }

  private async drain(): Promise<void> {
    this.busy = true;
    try {
      while (this.wanted && this.pending) {
        this.wanted = false;
        const draft = this.pending;
        const { id, session } = this;
        this.pending = null;
        const stored = JSON.stringify(draft);
        if (id !== null && stored === this.lastStored) {
          this.error = null;
          continue;
        }
        this.report();
        try {
          const entry = id === null ? await this.opts.create(draft) : await this.opts.update(id, draft);
          if (session === this.session) {
            this.id = entry.id;
            this.error = null;
            this.lastStored = stored;
          }
          this.opts.onSaved(entry);
        } catch (e) {
          if (session === this.session) {
            this.error = errorMessage(e);
            // A newer draft supersedes this one; otherwise keep it for the next attempt.
            this.pending ??= draft;
          }
          break;
        }
      }
    } finally {
      this.busy = false;
      this.report();
    }
  }

  private report(): void {
    const status: SaveStatus = this.busy
      ? { state: 'saving' }
      : this.error !== null
        ? { state: 'error', message: this.error }
        : this.pending
          ? { state: 'dirty' }
          : { state: 'saved' };
    this.opts.onStatus(status);
  }
}
