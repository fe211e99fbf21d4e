import { api } from '../api';
import { banner } from './banner.svelte';

class Counts {
  /** Entries outside the trash; null until loaded. */
  entries = $state<number | null>(null);
  /** Set after the first attempt, even a failed one, so the journal never waits forever. */
  loaded = $state(false);
  trash = $state(0);

  async refresh(): Promise<void> {
    try {
      const counts = await api.journalCounts();
      this.entries = counts.entries;
      this.trash = counts.trash;
    } catch (e) {
      banner.show(e);
    } finally {
      this.loaded = true;
    }
  }
}

export const counts = new Counts();
