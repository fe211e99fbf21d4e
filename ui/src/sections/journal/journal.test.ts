import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { useCore } from '../../test/core';
import { banner } from '../../shared/banner.svelte';
import { notice } from '../../shared/notice.svelte';
import { Journal } from './journal.svelte';

/** The showcase journal behind `invoke`, recording which commands the controller sends. */
function setup() {
  const { calls } = useCore();
  const journal = new Journal();
  const sent = () => calls.map((c) => c.cmd).filter((c) => !['find_entries', 'list_tags', 'journal_counts', 'list_trash', 'today', 'kept_drafts'].includes(c));
  return { journal, calls, sent };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  banner.dismiss();
  notice.dismiss();
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

  test('a filter that leaves the open entry out closes it, saved, and says so; it can be shown again', async () => {
    const { journal, calls } = setup();
    await journal.start();
    const open = journal.list.items[0].entry;
    const other = journal.list.items.find((h) => h.entry.kind !== open.kind)!.entry;
    await journal.open(open.id);
    journal.setField('body', 'written just before filtering');
    journal.setFilters({ kind: other.kind });
    await settle();
    await settle();
    expect(journal.list.items.every((h) => h.entry.kind === other.kind)).toBe(true);
    expect(journal.editor).toBeNull();
    expect(journal.leftOut).toEqual({ id: open.id, title: open.title });
    expect(calls.find((c) => c.cmd === 'update_entry')?.args).toMatchObject({ id: open.id, draft: { body: 'written just before filtering' } });
    // Filters that list it again bring it back.
    journal.setFilters({ kind: open.kind });
    await settle();
    await settle();
    expect(journal.editor?.id).toBe(open.id);
    expect(journal.leftOut).toBeNull();
    // The button beside the message clears everything and shows it.
    journal.setFilters({ kind: other.kind });
    await settle();
    await settle();
    expect(journal.editor).toBeNull();
    await journal.showLeftOut();
    await settle();
    expect(journal.narrowed).toBe(false);
    expect(journal.editor?.id).toBe(open.id);
    expect(journal.leftOut).toBeNull();
  });

  test('a filter the open entry still matches leaves it open', async () => {
    const { journal } = setup();
    await journal.start();
    const open = journal.list.items[0].entry;
    await journal.open(open.id);
    journal.setFilters({ kind: open.kind });
    await settle();
    await settle();
    expect(journal.editor?.id).toBe(open.id);
    expect(journal.outsideList).toBe(false);
    expect(journal.leftOut).toBeNull();
  });

  test('an edit that takes the open entry out of the filtered list keeps it open, marked as outside', async () => {
    const { journal } = setup();
    await journal.start();
    const open = journal.list.items[0].entry;
    const other = journal.list.items.find((h) => h.entry.kind !== open.kind)!.entry;
    await journal.open(open.id);
    journal.setFilters({ kind: open.kind });
    await settle();
    await settle();
    journal.setField('kind', other.kind);
    await vi.advanceTimersByTimeAsync(2000);
    await settle();
    expect(journal.editor?.id).toBe(open.id);
    expect(journal.list.items.some((h) => h.entry.id === open.id)).toBe(false);
    expect(journal.outsideList).toBe(true);
  });

  test('a jump to a date opens the list there, and the entries above load on the way back up', async () => {
    const { journal, calls } = setup();
    await journal.start();
    const all = journal.list.items.map((h) => h.entry);
    const target = all[Math.floor(all.length / 2)].entry_date;
    await journal.jumpTo(target);
    await settle();
    expect(calls.find((c) => c.cmd === 'offset_of_date')?.args).toMatchObject({ date: target });
    expect(journal.jumpedTo?.date).toBe(target);
    expect(journal.list.start).toBeGreaterThan(0);
    // The first row is the first entry on or before the date; every newer one is above it.
    expect(journal.list.items[0].entry.entry_date <= target).toBe(true);
    expect(all.slice(0, journal.list.start).every((e) => e.entry_date > target)).toBe(true);
    // Alt+↑ from the first row loads the page above; the next Alt+↑ opens the entry there.
    const first = journal.list.items[0].entry;
    await journal.open(first.id);
    await journal.move(-1);
    await settle();
    await settle();
    expect(journal.list.start).toBe(0);
    expect(journal.list.items.map((h) => h.entry.id)).toEqual(all.map((e) => e.id));
    await journal.move(-1);
    expect(journal.editor?.id).toBe(all[all.findIndex((e) => e.id === first.id) - 1].id);
    // A new filter starts from the top again, and the jump no longer holds.
    journal.setFilters({ starredOnly: true });
    await settle();
    expect(journal.jumpedTo).toBeNull();
    expect(journal.list.start).toBe(0);
  });

  test('a jump while searching is refused with the core\'s reason, and the list stays', async () => {
    const { journal } = setup();
    await journal.start();
    journal.setText('pricing');
    await vi.advanceTimersByTimeAsync(400);
    await settle();
    const shown = journal.list.items.map((h) => h.entry.id);
    await journal.jumpTo('2026-01-01');
    expect(journal.jumpError).toContain('Clear the search words');
    expect(journal.list.items.map((h) => h.entry.id)).toEqual(shown);
    expect(journal.jumpedTo).toBeNull();
  });

  test('tags are checked as they are added: a refused batch is never shown as chips, and the words save anyway', async () => {
    const { journal, calls } = setup();
    await journal.start();
    await journal.newEntry();
    journal.setField('body', 'Learned the P&L today.');
    const refused = await journal.addTags(['#Finance', 'p&l', 'x'.repeat(200)]);
    expect(refused).toEqual(['#Finance', 'p&l', 'x'.repeat(200)]);
    expect(journal.tagProblems).toHaveLength(2);
    expect(journal.tagProblems[0]).toContain('p&l');
    expect(journal.tagProblems[1]).toContain('200 characters');
    expect(journal.editor?.tags).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    await settle();
    expect(journal.status.state).toBe('saved');
    const saves = calls.filter((c) => c.cmd === 'create_entry' || c.cmd === 'update_entry');
    expect(saves.map((c) => c.cmd)).toEqual(['create_entry']);
    expect(saves[0].args).toMatchObject({ draft: { body: 'Learned the P&L today.', tags: [] } });
  });

  test('the reasons a tag was refused stay until the tags change', async () => {
    const { journal } = setup();
    await journal.start();
    await journal.open(1);
    await journal.addTags(['p&l']);
    expect(journal.tagProblems[0]).toContain('p&l');
    journal.setField('title', 'Renamed');
    expect(journal.tagProblems).toHaveLength(1);
    await journal.addTags(['pnl']);
    expect(journal.tagProblems).toEqual([]);
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
    expect(journal.tagProblems[0]).toContain('p&l');
  });

  test('good tags are stored in the form the core keeps', async () => {
    const { journal } = setup();
    await journal.start();
    await journal.open(1);
    await journal.addTags([' #Strategy ', 'strategy', '@Exec-Comms']);
    expect(journal.tagProblems).toEqual([]);
    expect(journal.editor?.tags.slice(-2)).toEqual(['strategy', 'exec-comms']);
    expect(journal.status.state).toBe('saved');
  });

  test('every problem of a draft is reported at once, each with its field', async () => {
    const { journal } = setup();
    await journal.start();
    await journal.newEntry();
    journal.setField('title', 't'.repeat(419));
    journal.setField('entry_date', '2026-02-30');
    expect(await journal.flush()).toBe(false);
    expect(journal.problems.map((p) => p.field)).toEqual(['title', 'entry_date']);
    expect(journal.status.message).toBe('2 things need fixing; nothing was saved.');
    // Typing on keeps them in place until a save works.
    journal.setField('entry_date', '2026-02-28');
    expect(journal.problems).toHaveLength(2);
    expect(await journal.flush()).toBe(false);
    expect(journal.problems.map((p) => p.field)).toEqual(['title']);
  });

  test('an entry that cannot be saved never traps: leaving keeps it as a draft to come back to', async () => {
    const { journal } = setup();
    await journal.start();
    await journal.open(1);
    const stored = journal.editor!.title;
    journal.setField('entry_date', 'yesterday');
    journal.setField('body', 'Words that must not be lost.');
    await journal.open(2);
    expect(journal.editor?.id).toBe(2);
    expect(banner.message).toBeNull();
    expect(notice.current?.message).toContain('kept under Kept drafts');
    expect(journal.keptDrafts).toHaveLength(1);
    expect(journal.keptDrafts[0]).toMatchObject({ entry_id: 1, title: stored });
    expect(journal.keptDrafts[0].reason).toContain('"yesterday" is not a valid date');

    // Back to it: the draft is in the editor, with what still needs fixing.
    await journal.openKept(journal.keptDrafts[0].id);
    expect(journal.editor).toMatchObject({ id: 1, entry_date: 'yesterday', body: 'Words that must not be lost.' });
    expect(journal.problems.map((p) => p.field)).toEqual(['entry_date']);
    journal.setField('entry_date', '2026-11-20');
    expect(await journal.flush()).toBe(true);
    await settle();
    expect(journal.keptDrafts).toEqual([]);
  });

  test('trashing an unsaveable new entry keeps it as a draft, and a discarded draft can be undone', async () => {
    const { journal } = setup();
    await journal.start();
    await journal.newEntry();
    journal.setField('title', 't'.repeat(419));
    await journal.trashCurrent();
    expect(journal.editor).toBeNull();
    expect(journal.keptDrafts).toHaveLength(1);
    expect(journal.keptDrafts[0].entry_id).toBeNull();
    await journal.discardKept(journal.keptDrafts[0].id);
    expect(journal.keptDrafts).toEqual([]);
    expect(journal.discarded?.title).toBe('t'.repeat(419));
    await journal.undoDiscard();
    expect(journal.keptDrafts).toHaveLength(1);
  });
});
