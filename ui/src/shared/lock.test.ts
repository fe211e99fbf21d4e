import { emit } from '@tauri-apps/api/event';
import { tick } from 'svelte';
import { expect, test, vi } from 'vitest';
import { useCore } from '../test/core';
import { guardLock, lock, LOCK_EVENT, LOCKED_EVENT } from './lock.svelte';

async function settle() {
  for (let i = 0; i < 6; i++) {
    await tick();
    await new Promise((r) => setTimeout(r, 0));
  }
}

test('a coming lock saves first and then answers; once locked the page reloads', async () => {
  const { calls } = useCore({ empty: true });
  const done: string[] = [];
  lock.reload = () => done.push('reloaded');
  const stop = await guardLock(async () => {
    done.push('saved');
  });
  await emit(LOCK_EVENT);
  await settle();
  expect(done).toEqual(['saved']);
  expect(calls.map((c) => c.cmd).filter((c) => !c.startsWith('plugin:'))).toEqual(['lock_ready']);
  await emit(LOCKED_EVENT);
  await settle();
  expect(done).toEqual(['saved', 'reloaded']);
  stop();
});

test('key presses and clicks tell Rust the user is here, at most once in ten seconds', async () => {
  vi.useFakeTimers();
  const { calls } = useCore({ empty: true });
  const stop = await guardLock(async () => {});
  const here = () => calls.filter((c) => c.cmd === 'still_here').length;
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
  window.dispatchEvent(new PointerEvent('pointerdown'));
  expect(here()).toBe(1);
  vi.advanceTimersByTime(10_000);
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'b' }));
  expect(here()).toBe(2);
  stop();
  vi.advanceTimersByTime(10_000);
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'c' }));
  expect(here()).toBe(2);
  vi.useRealTimers();
});
