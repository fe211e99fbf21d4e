import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { deferred } from '../test/ipc';
import { Saver, type SaveStatus } from './saver';

const DELAY_MS = 600;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(save: (v: string) => Promise<unknown>) {
  const statuses: SaveStatus[] = [];
  const saver = new Saver<string>({ save, onStatus: (s) => statuses.push(s), delay: DELAY_MS });
  return { saver, statuses, last: () => statuses[statuses.length - 1] };
}

test('typing is saved once, with the last text, after a pause', async () => {
  const saved: string[] = [];
  const { saver, last } = setup(async (v) => void saved.push(v));
  for (const text of ['L', 'Le', 'Learn', 'Learn the P&L']) {
    saver.edit(text);
    await vi.advanceTimersByTimeAsync(DELAY_MS - 100);
  }
  expect(saved).toEqual([]);
  expect(last().state).toBe('dirty');
  await vi.advanceTimersByTimeAsync(100);
  expect(saved).toEqual(['Learn the P&L']);
  expect(last().state).toBe('saved');
  expect(saver.dirty).toBe(false);
});

test('leaving the field saves at once, and only once', async () => {
  const saved: string[] = [];
  const { saver } = setup(async (v) => void saved.push(v));
  saver.edit('goals');
  await saver.flush();
  expect(saved).toEqual(['goals']);
  await vi.advanceTimersByTimeAsync(DELAY_MS * 2);
  await saver.flush();
  expect(saved).toEqual(['goals']);
});

test('a failed save keeps the text for the next try and shows why', async () => {
  let fail = true;
  const saved: string[] = [];
  const { saver, last } = setup(async (v) => {
    if (fail) throw { kind: 'invalid_input', message: 'The goals are 70 KiB; the limit is 64 KiB.', field: 'goals' };
    saved.push(v);
  });
  saver.edit('very long goals');
  await saver.flush();
  const message = 'The goals are 70 KiB; the limit is 64 KiB.';
  expect(last()).toEqual({ state: 'error', message, problems: [{ field: 'goals', message }] });
  expect(saver.dirty).toBe(true);
  fail = false;
  await saver.flush();
  expect(saved).toEqual(['very long goals']);
  expect(last().state).toBe('saved');
});

test('at most one save in flight; text typed meanwhile follows it', async () => {
  const answers: ReturnType<typeof deferred<void>>[] = [];
  const saved: string[] = [];
  const { saver, last } = setup((v) => {
    saved.push(v);
    const d = deferred<void>();
    answers.push(d);
    return d.promise;
  });
  saver.edit('first');
  const firstFlush = saver.flush();
  saver.edit('second');
  const secondFlush = saver.flush();
  await vi.advanceTimersByTimeAsync(0);
  expect(saved).toEqual(['first']);
  answers[0].resolve();
  await vi.advanceTimersByTimeAsync(0);
  expect(saved).toEqual(['first', 'second']);
  answers[1].resolve();
  // A flush waits for everything typed before it is done, the text typed meanwhile included.
  await expect(firstFlush).resolves.toBe(true);
  await expect(secondFlush).resolves.toBe(true);
  expect(last().state).toBe('saved');
});

test('after a reset, a save that fails late neither shows its error nor comes back', async () => {
  const answer = deferred<void>();
  const { saver, last } = setup(() => answer.promise);
  saver.edit('old field');
  const flushed = saver.flush();
  await vi.advanceTimersByTimeAsync(0);
  saver.reset();
  answer.reject({ kind: 'storage', message: 'disk full' });
  await expect(flushed).resolves.toBe(true);
  expect(last()).toEqual({ state: 'saved' });
  expect(saver.dirty).toBe(false);
});
