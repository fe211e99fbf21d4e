import { flushSync } from 'svelte';
import { expect, test } from 'vitest';
import { render } from '../../test/render';
import TagInput from './TagInput.svelte';

function setup(tags: string[], problems: string[] = [], refuse: (t: string[]) => string[] = () => []) {
  const added: string[][] = [];
  const removed: number[] = [];
  render(TagInput, {
    target: document.body,
    props: {
      tags,
      problems,
      onadd: async (t: string[]) => {
        added.push(t);
        return refuse(t);
      },
      onremove: (i: number) => removed.push(i),
    },
  });
  flushSync();
  const input = document.querySelector<HTMLInputElement>('[data-testid="tag-input"]')!;
  const type = (value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
  };
  const press = (key: string) => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    flushSync();
  };
  return { input, type, press, added, removed };
}

test('chips show exactly the tag text', () => {
  setup(['strategy', 'exec-comms']);
  const chips = [...document.querySelectorAll('[data-testid="tag-chip"]')].map((c) => c.textContent);
  expect(chips).toEqual(['strategy', 'exec-comms']);
});

test('Enter and comma add tags; the field empties', () => {
  const t = setup([]);
  t.type('planning');
  t.press('Enter');
  expect(t.added).toEqual([['planning']]);
  expect(t.input.value).toBe('');
  t.type('one,two,');
  expect(t.added).toEqual([['planning'], ['one', 'two']]);
  expect(t.input.value).toBe('');
});

test("each of the core's reasons for refusing tags is shown with the field", () => {
  setup([], ['The tag "p&l" contains \'&\'.', 'The tag "x" is long.']);
  const lines = [...document.querySelectorAll('[data-testid="tag-error"] li')].map((l) => l.textContent);
  expect(lines).toEqual(['The tag "p&l" contains \'&\'.', 'The tag "x" is long.']);
  expect(document.querySelector('[data-testid="tag-input"]')?.getAttribute('aria-invalid')).toBe('true');
});

test('refused tags go back into the field to be fixed, nothing typed is dropped', async () => {
  const t = setup([], [], (tags) => tags.filter((x) => x.includes('&')));
  t.type('fine, p&l');
  t.press('Enter');
  await Promise.resolve();
  await Promise.resolve();
  flushSync();
  expect(t.added).toEqual([['fine', ' p&l']]);
  expect(t.input.value).toBe('p&l');
});

test('Backspace in the empty field removes the last chip, not text', () => {
  const t = setup(['a', 'b']);
  t.type('x');
  t.press('Backspace');
  expect(t.removed).toEqual([]);
  t.type('');
  t.press('Backspace');
  expect(t.removed).toEqual([1]);
});

test('competency tags are marked, and their chips still read exactly the tag', () => {
  render(TagInput, {
    target: document.body,
    props: { tags: ['coaching', 'offsite'], problems: [], onadd: async () => [], onremove: () => {}, competencyTags: new Map([['coaching', 'Coaching']]) },
  });
  flushSync();
  const chips = [...document.querySelectorAll<HTMLElement>('[data-testid="tag-chip"]')];
  expect(chips.map((c) => [c.textContent, c.dataset.competency])).toEqual([
    ['coaching', 'true'],
    ['offsite', undefined],
  ]);
  expect(chips[0].title).toContain('Coaching');
});
