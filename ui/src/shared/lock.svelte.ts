// The lock of an encrypted journal, as Rust holds it: the page asks its state, shows the
// unlock screen while it is locked, saves what is being typed when a lock is coming, and
// reloads once it came, so no journal data stays in the page. Key presses and clicks tell
// Rust the user is still here; Rust keeps the idle time and decides when to lock.
import { listen } from '@tauri-apps/api/event';
import { api } from '../api';
import type { LockState } from '../api/bindings';
import { saveThenAnswer } from './closeGuard';

export const LOCK_EVENT = 'waypoint://lock-request';
export const LOCKED_EVENT = 'waypoint://locked';
/** At most one "still here" a while: the idle time is minutes, the pings need not be many. */
const PING_EVERY_MS = 10_000;

class Lock {
  /** Null until asked, or when its state could not be read (the app then says why). */
  state = $state<LockState | null>(null);
  /** How the page starts over once the journal changed under it (locked, restored). */
  reload: () => void = () => location.reload();

  async load(): Promise<void> {
    try {
      this.state = await api.lockState();
    } catch {
      // The journal failed to open: the app shows the reason on its first call.
      this.state = null;
    }
  }

  get locked(): boolean {
    return this.state?.locked ?? false;
  }

  get encrypted(): boolean {
    return this.state?.encrypted ?? false;
  }

  /** Unlocks with `passphrase`; rejects with the core's error (a wrong one is about the field). */
  async unlock(passphrase: string): Promise<void> {
    this.state = await api.unlock(passphrase);
  }

  get damaged() {
    return this.state?.damaged ?? null;
  }

  /**
   * Puts the backup at `path` in place of the journal (a damaged one too); resolves to where
   * the journal it replaced is kept. Every view then reads the journal again, by a reload.
   */
  async restore(path: string): Promise<string | null> {
    const kept = await api.restoreBackup(path);
    this.reload();
    return kept;
  }

  /** Locks now; the page reloads when Rust says it is done. */
  async lockNow(): Promise<void> {
    if (this.encrypted) await api.lockNow();
  }
}

export const lock = new Lock();

/** While the journal is open: `flush` saves before a lock, and the page reloads after it. */
export async function guardLock(flush: () => Promise<unknown>): Promise<() => void> {
  const stopAsking = await saveThenAnswer(LOCK_EVENT, flush, () => api.lockReady());
  const stopLocked = await listen(LOCKED_EVENT, () => lock.reload());
  let quiet = false;
  const active = () => {
    if (quiet) return;
    quiet = true;
    void api.stillHere();
    setTimeout(() => (quiet = false), PING_EVERY_MS);
  };
  const kinds = ['keydown', 'pointerdown', 'wheel'] as const;
  for (const k of kinds) window.addEventListener(k, active, { capture: true, passive: true });
  return () => {
    stopAsking();
    stopLocked();
    for (const k of kinds) window.removeEventListener(k, active, { capture: true });
  };
}
