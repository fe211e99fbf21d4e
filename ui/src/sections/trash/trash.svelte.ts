// The trash's state and what the user can do there: page through it, read an entry (never
// edit it), restore one, delete one for good, empty it.
import { api } from '../../api';
import type { EntrySummary } from '../../api/bindings';
import { banner } from '../../shared/banner.svelte';
import { counts } from '../../shared/counts.svelte';
import { PAGE_SIZE } from '../journal/search';

export class Trash {
  items = $state<EntrySummary[]>([]);
  nextOffset = $state<number | null>(null);
  loaded = $state(false);
  /** The entry being read, rendered by the core; null when none is open. */
  reading = $state<{ id: number; html: string } | null>(null);

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
      this.forget(id);
    } catch (e) {
      banner.show(e);
    }
  }

  /** Opens an entry read-only below its row, or closes it when it is the one open. */
  async read(id: number): Promise<void> {
    if (this.reading?.id === id) {
      this.reading = null;
      return;
    }
    try {
      const entry = await api.entry(id);
      this.reading = { id, html: await api.renderMarkdown(entry.body) };
    } catch (e) {
      banner.show(e);
    }
  }

  async deleteForever(id: number): Promise<void> {
    try {
      await api.deleteForever(id);
      this.forget(id);
    } catch (e) {
      banner.show(e);
    }
  }

  /** The entry has left the trash (restored or deleted). */
  private forget(id: number): void {
    this.items = this.items.filter((e) => e.id !== id);
    if (this.reading?.id === id) this.reading = null;
    void counts.refresh();
  }

  async empty(): Promise<void> {
    try {
      await api.emptyTrash();
      this.reading = null;
      await this.load(0);
      void counts.refresh();
    } catch (e) {
      banner.show(e);
    }
  }
}
