import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { useCore } from '../../test/core';
import { banner } from '../../shared/banner.svelte';
import { Journal } from './journal.svelte';

/** The showcase journal behind `invoke`, recording which commands the controller sends. */
function setup() {
  const { calls } = useCore();
  const journal = new Journal();
  const sent = () => calls.map((c) => c.cmd).filter((c) => !['find_entries', 'list_tags', 'journal_counts', 'list_trash', 'today'].includes(c));
  return { journal, calls, sent };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  banner.dismiss();
});
afterEach(() => vi.useRealTimers());

describe('Journal', () => {
  test('pressing "new" and leaving again stores nothing', async () => {
    const { journal, sent } = setup();
    await journal.start();
    await journal.newEntry();
    await journal.open(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent()).toEqual(['entry']);
    expect(journal.editor?.id).toBe(1);
  });

  test('switching entries saves the pending edit before the next one opens', async () => {
    const { journal, sent, calls } = setup();
    await journal.start();
    await journal.open(1);
    journal.setField('body', 'changed just now');
    await journal.open(2);
    expect(sent()).toEqual(['entry', 'update_entry', 'entry']);
    expect(calls.find((c) => c.cmd === 'update_entry')!.args).toMatchObject({ id: 1, draft: { body: 'changed just now' } });
    expect(journal.editor?.id).toBe(2);
  });

  test('the first edit of a new entry creates it, and it joins the list', async () => {
    const { journal } = setup();
    await journal.start();
    await journal.newEntry();
    journal.setField('title', 'Fresh');
    await vi.advanceTimersByTimeAsync(400);
    await settle();
    expect(journal.editor?.id).toBeTypeOf('number');
    expect(journal.list.items[0].entry).toMatchObject({ id: journal.editor!.id, title: 'Fresh' });
  });

  test('trashing saves first, opens the neighbour, and can be undone', async () => {
    const { journal, sent } = setup();
    await journal.start();
    const [first, second] = journal.list.items.map((h) => h.entry.id);
    await journal.open(first);
    journal.setField('title', 'Last edit before the trash');
    await journal.trashCurrent();
    expect(sent()).toEqual(['entry', 'update_entry', 'trash_entry', 'entry']);
    expect(journal.trashed).toEqual({ id: first, title: 'Last edit before the trash' });
    expect(journal.editor?.id).toBe(second);
    expect(journal.list.items.some((h) => h.entry.id === first)).toBe(false);

    await journal.undoTrash();
    expect(journal.editor).toMatchObject({ id: first, title: 'Last edit before the trash' });
    expect(journal.list.items.some((h) => h.entry.id === first)).toBe(true);
  });

  test('a tag the core refuses is taken back, and the words are saved anyway', async () => {
    const { journal, calls } = setup();
    await journal.start();
    await journal.newEntry();
    journal.setField('body', 'Learned the P&L today.');
    await journal.addTags(['#Finance', 'p&l']);
    expect(journal.tagError).toContain('p&l');
    expect(journal.editor?.tags).toEqual([]);
    expect(journal.status.state).toBe('saved');
    // The words were stored before the tags were tried, so taking the tags back saves nothing new.
    const saves = calls.filter((c) => c.cmd === 'create_entry' || c.cmd === 'update_entry');
    expect(saves.map((c) => c.cmd)).toEqual(['create_entry', 'update_entry']);
    expect(saves[0].args).toMatchObject({ draft: { body: 'Learned the P&L today.', tags: [] } });
    expect(saves[1].args).toMatchObject({ id: journal.editor!.id, draft: { tags: ['#Finance', 'p&l'] } });
  });

  test('the reason a tag was refused goes away with the next edit', async () => {
    const { journal } = setup();
    await journal.start();
    await journal.open(1);
    await journal.addTags(['p&l']);
    expect(journal.tagError).toContain('p&l');
    journal.setField('title', 'Renamed');
    expect(journal.tagError).toBeNull();
  });

  test('tags typed in quick succession are checked one batch at a time', async () => {
    const { journal } = setup();
    await journal.start();
    await journal.open(1);
    const before = [...journal.editor!.tags];
    const first = journal.addTags(['fine']);
    const second = journal.addTags(['p&l']);
    await Promise.all([first, second]);
    expect(journal.editor?.tags).toEqual([...before, 'fine']);
    expect(journal.tagError).toContain('p&l');
  });

  test('good tags are stored in the form the core keeps', async () => {
    const { journal } = setup();
    await journal.start();
    await journal.open(1);
    await journal.addTags([' #Strategy ', 'strategy', '@Exec-Comms']);
    expect(journal.tagError).toBeNull();
    expect(journal.editor?.tags.slice(-2)).toEqual(['strategy', 'exec-comms']);
    expect(journal.status.state).toBe('saved');
  });

  test('an entry whose changes cannot be saved stays open and says why', async () => {
    const { journal } = setup();
    await journal.start();
    await journal.open(1);
    journal.setField('entry_date', 'yesterday');
    await journal.open(2);
    expect(journal.editor?.id).toBe(1);
    expect(journal.status.state).toBe('error');
    expect(banner.message).toContain('"yesterday" is not a valid date');
  });
});
