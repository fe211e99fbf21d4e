import { afterEach, expect, test } from 'vitest';
import { closeOnEscape, isArrow, moveFocus } from './picker';

afterEach(() => {
  document.body.innerHTML = '';
});

function options(n: number): HTMLButtonElement[] {
  document.body.innerHTML = `<input>${'<button></button>'.repeat(n)}`;
  return [...document.querySelectorAll('button')];
}

test('down walks the options and stops at the last', () => {
  const all = options(2);
  document.querySelector('input')!.focus();
  expect(moveFocus(all, true)).toBe(true);
  expect(document.activeElement).toBe(all[0]);
  moveFocus(all, true);
  moveFocus(all, true);
  expect(document.activeElement).toBe(all[1]);
});

test('up from the first option, or from outside the list, is left to the caller', () => {
  const all = options(2);
  all[1].focus();
  expect(moveFocus(all, false)).toBe(true);
  expect(document.activeElement).toBe(all[0]);
  expect(moveFocus(all, false)).toBe(false);
  expect(document.activeElement).toBe(all[0]);
  document.querySelector('input')!.focus();
  expect(moveFocus(all, false)).toBe(false);
});

test('only the up and down arrows walk the list', () => {
  expect(isArrow(new KeyboardEvent('keydown', { key: 'ArrowDown' }))).toBe(true);
  expect(isArrow(new KeyboardEvent('keydown', { key: 'ArrowUp' }))).toBe(true);
  expect(isArrow(new KeyboardEvent('keydown', { key: 'Enter' }))).toBe(false);
});

test('Escape closes the picker and goes no further', () => {
  let closed = 0;
  let outer = 0;
  document.body.innerHTML = '<div><input></div>';
  document.querySelector('div')!.addEventListener('keydown', () => outer++);
  const input = document.querySelector('input')!;
  input.addEventListener('keydown', (e) => closeOnEscape(e, () => closed++));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
  expect([closed, outer]).toEqual([1, 1]);
});
