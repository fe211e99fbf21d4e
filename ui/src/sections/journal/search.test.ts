import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { deferred, recordIPC } from '../../test/ipc';
import { api } from '../../api';
import type { EntryHit, EntryPage, EntryQuery } from '../../api/bindings';
import { EntrySearch, NO_FILTERS, PAGE_SIZE, SEARCH_DELAY_MS, toEntryQuery, type ResultList } from './search';

function hit(id: number, title = `Entry ${id}`): EntryHit {
  return {
    entry: { id, title, kind: 'reflection', entry_date: '2026-11-24', tags: [], starred: false, excerpt: '', updated_at: '', deleted_at: null },
    snippet: [],
  };
}

function search() {
  const lists: ResultList[] = [];
  const s = new EntrySearch(api.findEntries, (l) => lists.push(l));
  return { s, list: () => lists[lists.length - 1] };
}

const queries = (calls: { cmd: string; args: Record<string, unknown> }[]) =>
  calls.filter((c) => c.cmd === 'find_entries').map((c) => c.args.query as EntryQuery);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('toEntryQuery', () => {
  test('maps every filter to the query the core expects', () => {
    const q = toEntryQuery('  p&l  ', { kind: 'decision', tag: 'strategy', from: '2026-01-01', to: '2026-03-31', starredOnly: true }, 50);
    expect(q).toEqual({
      text: 'p&l',
      tags: ['strategy'],
      kind: 'decision',
      from: '2026-01-01',
      to: '2026-03-31',
      starred_only: true,
      offset: 50,
      limit: PAGE_SIZE,
    });
  });

  test('leaves out empty filters and half-typed dates', () => {
    const q = toEntryQuery('', { ...NO_FILTERS, from: '2026-0', to: 'soon' });
    expect(q).toEqual({ text: '', tags: [], starred_only: false, offset: 0, limit: PAGE_SIZE });
    expect('kind' in q || 'from' in q || 'to' in q).toBe(false);
  });
});

describe('EntrySearch', () => {
  test('typing is debounced into one search for the final text', async () => {
    const calls = recordIPC(() => ({ items: [] }));
    const { s } = search();
    for (const text of ['s', 'st', 'str', 'strat']) {
      s.setText(text);
      await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS - 10);
    }
    expect(queries(calls)).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(10);
    expect(queries(calls).map((q) => q.text)).toEqual(['strat']);
  });

  test('a slow answer to an older search never replaces a newer one', async () => {
    const answers = new Map<string, ReturnType<typeof deferred<EntryPage>>>();
    recordIPC((_cmd, args) => {
      const answer = deferred<EntryPage>();
      answers.set((args.query as EntryQuery).text, answer);
      return answer.promise;
    });
    const { s, list } = search();
    s.setText('old');
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS);
    s.setText('new');
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS);

    answers.get('new')!.resolve({ items: [hit(2, 'new result')] });
    await vi.advanceTimersByTimeAsync(0);
    answers.get('old')!.resolve({ items: [hit(1, 'stale result')] });
    await vi.advanceTimersByTimeAsync(0);

    expect(list().items.map((h) => h.entry.title)).toEqual(['new result']);
    expect(list().narrowed).toBe(true);
  });

  test('filters apply at once and reset paging', async () => {
    const calls = recordIPC(() => ({ items: [] }));
    const { s } = search();
    await s.setFilters({ ...NO_FILTERS, kind: 'meeting_note', starredOnly: true });
    expect(queries(calls)).toEqual([{ text: '', tags: [], kind: 'meeting_note', starred_only: true, offset: 0, limit: PAGE_SIZE }]);
  });

  test('loads the next page on demand and never shows a row twice', async () => {
    const calls = recordIPC((_cmd, args) => {
      const q = args.query as EntryQuery;
      if (q.offset === 0) return { items: [hit(1), hit(2)], next_offset: 2 };
      // An entry created meanwhile shifted the rows: entry 2 comes again.
      return { items: [hit(2), hit(3)] };
    });
    const { s, list } = search();
    await s.refresh();
    expect(list().nextOffset).toBe(2);
    await s.loadMore();
    expect(queries(calls)[1]).toMatchObject({ offset: 2, limit: PAGE_SIZE });
    expect(list().items.map((h) => h.entry.id)).toEqual([1, 2, 3]);
    expect(list().nextOffset).toBeNull();
    // Nothing more to load: no further call.
    await s.loadMore();
    expect(queries(calls)).toHaveLength(2);
  });

  test('a refresh reloads as many rows as are shown', async () => {
    const rows = Array.from({ length: 70 }, (_, i) => hit(i + 1));
    const calls = recordIPC((_cmd, args) => {
      const q = args.query as EntryQuery;
      const end = q.offset + q.limit;
      return { items: rows.slice(q.offset, end), next_offset: end < rows.length ? end : undefined };
    });
    const { s, list } = search();
    await s.refresh();
    await s.loadMore();
    expect(list().items).toHaveLength(70);
    await s.refresh();
    expect(queries(calls)[2]).toMatchObject({ offset: 0, limit: 70 });
  });

  test('a failed search shows the core\'s message', async () => {
    recordIPC(() => {
      throw { kind: 'storage', message: 'The journal database could not be read.' };
    });
    const { s, list } = search();
    await s.refresh();
    expect(list().error).toBe('The journal database could not be read.');
  });
});
