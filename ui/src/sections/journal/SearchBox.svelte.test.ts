import { flushSync } from 'svelte';
import { expect, test } from 'vitest';
import { render } from '../../test/render';
import type { Journal } from './journal.svelte';
import SearchBox from './SearchBox.svelte';

test('Escape clears the search first, and a second Escape leaves the box', () => {
  // Only what the box reads and calls; the search itself is tested in search.test.ts.
  const journal = $state({ text: 'pricing', setText: (t: string) => (journal.text = t) });
  render(SearchBox, { target: document.body, props: { journal: journal as unknown as Journal } });
  flushSync();
  const input = document.querySelector<HTMLInputElement>('[data-testid="search-input"]')!;
  input.focus();
  const escape = () => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    flushSync();
  };
  escape();
  expect(journal.text).toBe('');
  expect(input.value).toBe('');
  expect(document.activeElement).toBe(input);
  escape();
  expect(document.activeElement).not.toBe(input);
});
