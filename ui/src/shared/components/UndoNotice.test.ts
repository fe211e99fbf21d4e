import { flushSync } from 'svelte';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { render, cleanup } from '../../test/render';
import UndoNotice from './UndoNotice.svelte';

beforeEach(() => vi.useFakeTimers());

afterEach(() => {
  vi.useRealTimers();
});

function show(props: { takeFocus?: boolean } = {}) {
  const calls = { undo: vi.fn(), dismiss: vi.fn() };
  render(UndoNotice, {
    target: document.body,
    props: {
      removed: { id: 1 },
      message: 'Removed “Learn the P&L”',
      testid: 'milestone-undo',
      onundo: calls.undo,
      ondismiss: calls.dismiss,
      ...props,
    },
  });
  flushSync();
  return calls;
}

const undo = () => document.querySelector<HTMLButtonElement>('[data-testid="milestone-undo"]');

test('shows the message with Undo, and dismisses itself after a while', () => {
  const calls = show();
  expect(document.querySelector('[role="status"]')?.textContent).toContain('Removed “Learn the P&L”');
  undo()!.click();
  expect(calls.undo).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(9_999);
  expect(calls.dismiss).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(calls.dismiss).toHaveBeenCalledTimes(1);
});

test('nothing is shown while nothing was removed', () => {
  render(UndoNotice, { target: document.body, props: { removed: null, message: '', testid: 'undo-trash', onundo: () => {}, ondismiss: () => {} } });
  flushSync();
  expect(document.querySelector('[role="status"]')).toBeNull();
});

test('takes the focus only when asked and nothing else has it', () => {
  show();
  expect(document.activeElement).toBe(document.body);
  cleanup();
  show({ takeFocus: true });
  expect(document.activeElement).toBe(undo());
});
