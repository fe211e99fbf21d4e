// The journal list: what the search box and filters ask for, turned into `find_entries` calls.
// Typing is debounced, only the newest response is shown, and pages are loaded on demand.
import type { EntryHit, EntryKind, EntryPage, EntryQuery } from '../../api/bindings';
import { isIsoDate } from '../../shared/dates';
import { debounce } from '../../shared/debounce';
import { errorMessage } from '../../api/errors';
import { Latest } from '../../shared/latest';

export interface Filters {
  kind: EntryKind | '';
  tag: string;
  from: string;
  to: string;
  starredOnly: boolean;
}

export const NO_FILTERS: Readonly<Filters> = { kind: '', tag: '', from: '', to: '', starredOnly: false };

export const PAGE_SIZE = 50;
/** The core's largest page; a refresh reloads what is shown in one call, up to this. */
const MAX_PAGE = 500;
export const SEARCH_DELAY_MS = 150;

export interface ResultList {
  items: EntryHit[];
  /** The offset of the first item: above 0 after a jump to a date, until the pages above are loaded. */
  start: number;
  /** Where the next page starts; null when everything matching is loaded. */
  nextOffset: number | null;
  loading: boolean;
  error: string | null;
  /** Whether the shown items answer a search or filter (rather than the plain list). */
  narrowed: boolean;
}

export const EMPTY_LIST: ResultList = { items: [], start: 0, nextOffset: null, loading: false, error: null, narrowed: false };

/** Every matching entry is loaded, so one missing from the items does not match. */
export function isComplete(list: ResultList): boolean {
  return list.start === 0 && list.nextOffset === null;
}

export function isNarrowed(text: string, f: Filters): boolean {
  return text.trim() !== '' || f.kind !== '' || f.tag !== '' || isIsoDate(f.from) || isIsoDate(f.to) || f.starredOnly;
}

/** Half-typed dates are left out rather than sent, so the list does not fail while typing. */
export function toEntryQuery(text: string, f: Filters, offset = 0, limit = PAGE_SIZE): EntryQuery {
  const q: EntryQuery = { text: text.trim(), tags: f.tag ? [f.tag] : [], starred_only: f.starredOnly, offset, limit };
  if (f.kind) q.kind = f.kind;
  if (isIsoDate(f.from)) q.from = f.from;
  if (isIsoDate(f.to)) q.to = f.to;
  return q;
}

export class EntrySearch {
  private text = '';
  private filters: Filters = { ...NO_FILTERS };
  private list: ResultList = EMPTY_LIST;
  private readonly latest = new Latest();
  private readonly typed;

  constructor(
    private readonly find: (q: EntryQuery) => Promise<EntryPage>,
    private readonly onChange: (list: ResultList) => void,
    delay = SEARCH_DELAY_MS,
  ) {
    this.typed = debounce(() => void this.run(PAGE_SIZE), delay);
  }

  setText(text: string): void {
    this.text = text;
    this.typed.call();
  }

  setFilters(filters: Filters): Promise<void> {
    this.filters = { ...filters };
    this.typed.cancel();
    return this.run(PAGE_SIZE);
  }

  /** What is asked now, for the core to place a date in (see `offset_of_date`). */
  query(): EntryQuery {
    return toEntryQuery(this.text, this.filters);
  }

  clear(): Promise<void> {
    this.text = '';
    return this.setFilters(NO_FILTERS);
  }

  /** Reloads the current query, keeping the rows shown (after an edit, say): from where the
   * list starts, as many as are loaded. */
  refresh(limit = Math.min(MAX_PAGE, Math.max(PAGE_SIZE, this.list.items.length))): Promise<void> {
    this.typed.cancel();
    return this.run(limit, this.list.start);
  }

  /** Opens the list at `offset` (where the core says a date falls); the rows above it load as
   * the list scrolls up ({@link loadBefore}). */
  jumpTo(offset: number): Promise<void> {
    this.typed.cancel();
    return this.run(PAGE_SIZE, offset);
  }

  /** Loads the page above the first row after a jump, so scrolling up reaches the newest again. */
  async loadBefore(): Promise<void> {
    const { start, loading } = this.list;
    if (start === 0 || loading) return;
    const from = Math.max(0, start - PAGE_SIZE);
    const current = this.latest.take();
    this.set({ loading: true });
    try {
      const page = await this.find(toEntryQuery(this.text, this.filters, from, start - from));
      if (!current()) return;
      const seen = new Set(this.list.items.map((h) => h.entry.id));
      const fresh = page.items.filter((h) => !seen.has(h.entry.id));
      this.set({ items: [...fresh, ...this.list.items], start: from, loading: false, error: null });
    } catch (e) {
      if (current()) this.set({ loading: false, error: errorMessage(e) });
    }
  }

  async loadMore(): Promise<void> {
    const { nextOffset, loading } = this.list;
    if (nextOffset === null || loading) return;
    const current = this.latest.take();
    this.set({ loading: true });
    try {
      const page = await this.find(toEntryQuery(this.text, this.filters, nextOffset));
      if (!current()) return;
      // Entries created meanwhile shift the offsets; never show a row twice.
      const seen = new Set(this.list.items.map((h) => h.entry.id));
      const fresh = page.items.filter((h) => !seen.has(h.entry.id));
      this.set({ items: [...this.list.items, ...fresh], nextOffset: page.next_offset ?? null, loading: false, error: null });
    } catch (e) {
      if (current()) this.set({ loading: false, error: errorMessage(e) });
    }
  }

  private async run(limit: number, start = 0): Promise<void> {
    const current = this.latest.take();
    const narrowed = isNarrowed(this.text, this.filters);
    this.set({ loading: true });
    try {
      const page = await this.find(toEntryQuery(this.text, this.filters, start, limit));
      if (!current()) return;
      this.set({ items: page.items, start, nextOffset: page.next_offset ?? null, loading: false, error: null, narrowed });
    } catch (e) {
      if (current()) this.set({ loading: false, error: errorMessage(e) });
    }
  }

  private set(patch: Partial<ResultList>): void {
    this.list = { ...this.list, ...patch };
    this.onChange(this.list);
  }
}
