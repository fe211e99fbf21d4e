// The trash's state and what the user can do there: page through it, restore, empty it.
import { api } from '../../api';
import type { EntrySummary } from '../../api/bindings';
import { banner } from '../../shared/banner.svelte';
import { counts } from '../../shared/counts.svelte';
import { PAGE_SIZE } from '../journal/search';

export class Trash {
  items = $state<EntrySummary[]>([]);
  nextOffset = $state<number | null>(null);
  loaded = $state(false);

  /** The page at `offset`; 0 starts again, later pages are added below. */
  async load(offset = 0): Promise<void> {
    try {
      const page = await api.listTrash(offset, PAGE_SIZE);
      const fresh = page.items.map((h) => h.entry);
      this.items = offset === 0 ? fresh : [...this.items, ...fresh.filter((e) => !this.items.some((i) => i.id === e.id))];
      this.nextOffset = page.next_offset ?? null;
      this.loaded = true;
    } catch (e) {
      banner.show(e);
    }
  }

  async restore(id: number): Promise<void> {
    try {
      await api.restoreEntry(id);
      this.items = this.items.filter((e) => e.id !== id);
      void counts.refresh();
    } catch (e) {
      banner.show(e);
    }
  }

  async empty(): Promise<void> {
    try {
      await api.emptyTrash();
      await this.load(0);
      void counts.refresh();
    } catch (e) {
      banner.show(e);
    }
  }
}
