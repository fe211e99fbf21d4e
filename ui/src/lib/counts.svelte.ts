import { api } from './api';
import { banner } from './banner.svelte';

/**
 * The trash badge counts at most this many; beyond it shows "100+". (There is no count
 * command for the trash, and listing it all just to count would not scale.)
 */
const TRASH_COUNT_CAP = 100;

class Counts {
  /** Entries outside the trash; null until loaded. */
  entries = $state<number | null>(null);
  /** Set after the first attempt, even a failed one, so the journal never waits forever. */
  loaded = $state(false);
  trash = $state(0);
  trashOverflows = $state(false);

  async refresh(): Promise<void> {
    try {
      const [entries, trash] = await Promise.all([api.countEntries(), api.listTrash(0, TRASH_COUNT_CAP)]);
      this.entries = entries;
      this.trash = trash.items.length;
      this.trashOverflows = trash.next_offset != null;
    } catch (e) {
      banner.show(e);
    } finally {
      this.loaded = true;
    }
  }

  get trashLabel(): string {
    return this.trashOverflows ? `${this.trash}+` : String(this.trash);
  }
}

export const counts = new Counts();
