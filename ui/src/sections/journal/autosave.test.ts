import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { deferred, entryFrom, recordIPC } from '../../test/ipc';
import { api } from '../../api';
import { AUTOSAVE_DELAY_MS, Autosaver } from './autosave';
import type { SaveStatus } from '../../shared/saver';
import type { Entry, EntryDraft } from '../../api/bindings';
import { FLUSH_EVENT, guardClose } from '../../shared/closeGuard';

const draft = (body: string): EntryDraft => ({ title: 'T', body, kind: 'reflection', entry_date: '2026-11-24', tags: [] });

/** A backend whose saves answer at once, or (when `hold` is set) when the test says so. */
function backend(options: { hold?: boolean; fail?: { kind: string; message: string } } = {}) {
  const answers: ReturnType<typeof deferred<Entry>>[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const calls = recordIPC((cmd, args) => {
    if (cmd !== 'create_entry' && cmd !== 'update_entry') return null;
    if (options.fail) throw options.fail;
    const result = entryFrom(cmd === 'create_entry' ? 7 : (args.id as number), args.draft as EntryDraft);
    if (!options.hold) return result;
    const answer = deferred<Entry>();
    answers.push(answer);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return answer.promise.then(() => {
      inFlight--;
      return result;
    });
  }, { shouldMockEvents: true });
  const saves = () => calls.filter((c) => c.cmd === 'create_entry' || c.cmd === 'update_entry');
  return { calls, saves, answers, maxInFlight: () => maxInFlight };
}

function autosaver() {
  const statuses: SaveStatus[] = [];
  const saved: Entry[] = [];
  const saver = new Autosaver({
    create: api.createEntry,
    update: api.updateEntry,
    onStatus: (s) => statuses.push(s),
    onSaved: (e) => saved.push(e),
  });
  return { saver, statuses, saved, status: () => statuses[statuses.length - 1] };
}

/** Lets resolved IPC promises run their continuations. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Autosaver', () => {
  test('putting back the text that is already stored saves nothing more', async () => {
    const b = backend();
    const a = autosaver();
    a.saver.load(null);
    a.saver.edit(draft('kept'));
    await a.saver.flush();
    a.saver.edit(draft('kept!'));
    a.saver.edit(draft('kept'));
    expect(await a.saver.flush()).toBe(true);
    expect(b.saves().map((c) => c.cmd)).toEqual(['create_entry']);
    expect(a.status()).toEqual({ state: 'saved' });
    a.saver.edit(draft('changed'));
    await a.saver.flush();
    expect(b.saves().map((c) => c.cmd)).toEqual(['create_entry', 'update_entry']);
  });

  test('waits for a pause, then creates the entry once, with the latest text', async () => {
    const b = backend();
    const a = autosaver();
    a.saver.load(null);
    a.saver.edit(draft('H'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 50);
    a.saver.edit(draft('He'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 50);
    a.saver.edit(draft('Hello'));
    expect(a.status().state).toBe('dirty');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(b.saves()).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(b.saves()).toEqual([{ cmd: 'create_entry', args: { draft: draft('Hello') } }]);
    expect(a.saver.entryId).toBe(7);
    expect(a.status()).toEqual({ state: 'saved' });
  });

  test('later edits update the created entry', async () => {
    const b = backend();
    const a = autosaver();
    a.saver.load(null);
    a.saver.edit(draft('one'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    a.saver.edit(draft('one two'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(b.saves().map((c) => c.cmd)).toEqual(['create_entry', 'update_entry']);
    expect(b.saves()[1].args).toEqual({ id: 7, draft: draft('one two') });
  });

  test('opening a new entry without typing stores nothing', async () => {
    const b = backend();
    const a = autosaver();
    a.saver.load(null);
    expect(await a.saver.flush()).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(b.saves()).toHaveLength(0);
    expect(a.status().state).toBe('saved');
  });

  test('an edit during a save causes exactly one more save, never two at once', async () => {
    const b = backend({ hold: true });
    const a = autosaver();
    a.saver.load(3);
    a.saver.edit(draft('first'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(b.saves()).toHaveLength(1);
    expect(a.status().state).toBe('saving');

    // Typing continues while the first save is still on its way.
    a.saver.edit(draft('second'));
    a.saver.edit(draft('third'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(b.saves()).toHaveLength(1);

    b.answers[0].resolve(entryFrom(3, draft('first')));
    await settle();
    expect(b.saves()).toHaveLength(2);
    expect(b.saves()[1].args).toEqual({ id: 3, draft: draft('third') });

    b.answers[1].resolve(entryFrom(3, draft('third')));
    await settle();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(b.saves()).toHaveLength(2);
    expect(b.maxInFlight()).toBe(1);
    expect(a.status().state).toBe('saved');
  });

  test('the update waits for the create that gives the entry its id', async () => {
    const b = backend({ hold: true });
    const a = autosaver();
    a.saver.load(null);
    a.saver.edit(draft('a'));
    const firstFlush = a.saver.flush();
    a.saver.edit(draft('ab'));
    const secondFlush = a.saver.flush();
    await settle();
    expect(b.saves().map((c) => c.cmd)).toEqual(['create_entry']);
    b.answers[0].resolve(entryFrom(7, draft('a')));
    await settle();
    expect(b.saves().map((c) => c.cmd)).toEqual(['create_entry', 'update_entry']);
    expect(b.saves()[1].args).toEqual({ id: 7, draft: draft('ab') });
    b.answers[1].resolve(entryFrom(7, draft('ab')));
    await expect(firstFlush).resolves.toBe(true);
    await expect(secondFlush).resolves.toBe(true);
  });

  test('flush also stores what is typed while it saves', async () => {
    const b = backend({ hold: true });
    const a = autosaver();
    a.saver.load(4);
    a.saver.edit(draft('before'));
    const flushed = a.saver.flush();
    a.saver.edit(draft('during'));
    b.answers[0].resolve(entryFrom(4, draft('before')));
    await settle();
    expect(b.saves()).toHaveLength(2);
    expect(b.saves()[1].args).toEqual({ id: 4, draft: draft('during') });
    b.answers[1].resolve(entryFrom(4, draft('during')));
    await expect(flushed).resolves.toBe(true);
    expect(a.status().state).toBe('saved');
  });

  test('flush saves at once, without waiting for the pause', async () => {
    const b = backend();
    const a = autosaver();
    a.saver.load(5);
    a.saver.edit(draft('now'));
    const flushed = a.saver.flush();
    expect(b.saves()).toHaveLength(1);
    await expect(flushed).resolves.toBe(true);
    // The cancelled debounce does not save the same text again.
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(b.saves()).toHaveLength(1);
  });

  test('a rejected save shows the message and keeps the words for the next try', async () => {
    const b = backend({ fail: { kind: 'invalid_input', message: 'The tag "p&l" contains \'&\'.' } });
    const a = autosaver();
    a.saver.load(5);
    a.saver.edit(draft('keep me'));
    await expect(a.saver.flush()).resolves.toBe(false);
    expect(a.status()).toEqual({ state: 'error', message: 'The tag "p&l" contains \'&\'.', problems: [] });

    // Still failing: the same draft is offered again rather than dropped.
    await expect(a.saver.flush()).resolves.toBe(false);
    expect(b.saves()).toHaveLength(2);
    expect(b.saves()[1].args).toEqual({ id: 5, draft: draft('keep me') });
  });
});

describe('close protocol', () => {
  test('a flush request saves the pending edit first, then answers flush_done', async () => {
    const b = backend();
    const a = autosaver();
    a.saver.load(9);
    const stop = await guardClose(() => a.saver.flush());
    a.saver.edit(draft('last words'));

    const { emit } = await import('@tauri-apps/api/event');
    await emit(FLUSH_EVENT);
    await settle();

    const order = b.calls.map((c) => c.cmd).filter((c) => !c.startsWith('plugin:'));
    expect(order).toEqual(['update_entry', 'flush_done']);
    expect(b.saves()[0].args).toEqual({ id: 9, draft: draft('last words') });
    stop();
  });

  test('hiding the window saves without waiting for the pause', async () => {
    const b = backend();
    const a = autosaver();
    a.saver.load(9);
    const stop = await guardClose(() => a.saver.flush());
    a.saver.edit(draft('hidden'));
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(b.saves()).toHaveLength(1);
    stop();
  });
});
