// Saves a text field (a quarter's goals) once the user pauses, and at once on blur. At most one
// save is in flight; a failed save keeps its text for the next attempt, so nothing typed is lost.
import { errorMessage } from '../api/errors';

export const GOALS_DELAY_MS = 600;

export type SaverState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';
export interface SaverStatus {
  state: SaverState;
  message?: string;
}

export class DebouncedSaver<T> {
  private pending: { value: T } | null = null;
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly save: (value: T) => Promise<unknown>,
    private readonly onStatus: (status: SaverStatus) => void,
    private readonly delay = GOALS_DELAY_MS,
  ) {}

  /** True while there is text that is not stored yet. */
  get dirty(): boolean {
    return this.pending !== null || this.running !== null;
  }

  edit(value: T): void {
    this.pending = { value };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delay);
    this.onStatus({ state: 'pending' });
  }

  /** Saves what is pending now; resolves once it is stored (or has failed). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    while (this.running) await this.running;
    const next = this.pending;
    if (!next) return;
    this.pending = null;
    this.onStatus({ state: 'saving' });
    const attempt = this.save(next.value).then(
      () => null,
      (e: unknown) => {
        // Newer text typed meanwhile wins; otherwise this text waits for the next try.
        this.pending ??= next;
        return errorMessage(e);
      },
    );
    this.running = attempt.then(() => undefined);
    const failure = await attempt;
    this.running = null;
    if (failure) this.onStatus({ state: 'error', message: failure });
    else this.onStatus({ state: this.pending ? 'pending' : 'saved' });
  }

  /** Drops a pending save (the field went away with nothing worth keeping). */
  cancel(): void {
    clearTimeout(this.timer);
    this.pending = null;
  }
}
