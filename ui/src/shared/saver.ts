// Saves what the user types: once they pause, or at once on `flush` (leaving a field, closing
// the window). Words are never dropped: at most one save is in flight, so a later save cannot
// overtake an earlier one (an update the create that gives an entry its id), and a failed
// save keeps its value for the next attempt. Every field that saves as it is typed reports
// with the same four states.
import { errorProblems, errorSummary, type FieldProblem } from '../api/errors';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error';
/** `problems`: each field the core rejected, to show next to it (the message sums them up). */
export type SaveStatus = { state: SaveState; message?: string; problems?: FieldProblem[] };

export interface SaverOptions<T> {
  /** Stores `value`; a rejection (the core's error) keeps it for the next attempt. */
  save(value: T): Promise<unknown>;
  onStatus(status: SaveStatus): void;
  /** How long the user must pause, in milliseconds. */
  delay: number;
  /** True when `value` is what is stored already, so saving it would change nothing. */
  unchanged?(value: T): boolean;
}

export class Saver<T> {
  private pending: { value: T } | null = null;
  /** Why the last save failed (the core's error), until a save succeeds. */
  private failure: { error: unknown } | null = null;
  /** Set when the pause ran out or a flush asked; the save loop only continues while set. */
  private wanted = false;
  private busy = false;
  private done: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by `reset`, so a save that finishes late cannot touch what came after it. */
  private generation = 0;

  constructor(private readonly opts: SaverOptions<T>) {}

  /** True while there is a value that is not stored yet. */
  get dirty(): boolean {
    return this.pending !== null || this.busy;
  }

  /** Records the whole current value; it is saved once the user pauses. */
  edit(value: T): void {
    this.pending = { value };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), this.opts.delay);
    this.report();
  }

  /**
   * Saves now, without waiting for the pause, including edits made while it saves; true once
   * everything is stored, false if a save failed.
   */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    do await this.save();
    while (this.pending && this.failure === null);
    return this.pending === null && this.failure === null;
  }

  /** Starts afresh (another entry, a field that went away): what is pending is dropped. */
  reset(): void {
    clearTimeout(this.timer);
    this.generation++;
    this.pending = null;
    this.failure = null;
    this.wanted = false;
    this.report();
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
        const next = this.pending;
        const generation = this.generation;
        this.pending = null;
        if (this.opts.unchanged?.(next.value)) {
          this.failure = null;
          continue;
        }
        this.report();
        try {
          await this.opts.save(next.value);
          if (generation === this.generation) this.failure = null;
        } catch (e) {
          if (generation === this.generation) {
            this.failure = { error: e };
            // A newer value supersedes this one; otherwise keep it for the next attempt.
            this.pending ??= next;
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
      : this.failure !== null
        ? { state: 'error', message: errorSummary(this.failure.error), problems: errorProblems(this.failure.error) }
        : this.pending
          ? { state: 'dirty' }
          : { state: 'saved' };
    this.opts.onStatus(status);
  }
}
