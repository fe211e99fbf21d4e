import { flushSync } from 'svelte';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { render } from '../../test/render';
import { banner } from '../../shared/banner.svelte';
import { Journal } from '../journal/journal.svelte';
import { useCore } from '../../test/core';
import Editor from './Editor.svelte';

beforeEach(() => {
  vi.useFakeTimers();
  banner.dismiss();
});

afterEach(() => {
  vi.useRealTimers();
});

async function setup() {
  const { core, calls } = useCore();
  // A plan for the entry to support: the Strategist Track from March, in its third quarter.
  core.call('create_plan', { plan: { start_month: '2026-03' } });
  const journal = new Journal();
  await journal.start();
  await journal.newEntry();
  render(Editor, { target: document.body, props: { journal } });
  await settle();
  const all = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  return { journal, calls, core, all };
}

async function settle() {
  await vi.advanceTimersByTimeAsync(0);
  flushSync();
}

test('a new, empty entry offers prompts; choosing one fills the title, adds its tag and saves', async () => {
  const { journal, calls, all } = await setup();
  const offered = all('prompt-suggestion');
  expect(offered.length).toBeGreaterThan(0);
  const withTag = offered.find((b) => b.textContent?.includes('#'))!;
  const text = withTag.querySelector('.text')!.textContent!;
  withTag.click();
  await vi.advanceTimersByTimeAsync(1000);
  flushSync();

  expect(journal.editor).toMatchObject({ title: text });
  expect(journal.editor?.id).toBeTypeOf('number');
  const tag = journal.editor!.tags[0];
  expect(tag).toBeTruthy();
  expect(document.activeElement?.id).toBe('body-input');
  // Stored through the normal save path, with the tag.
  const saved = calls.filter((c) => c.cmd === 'create_entry' || c.cmd === 'update_entry').at(-1)!;
  expect(saved.args.draft).toMatchObject({ title: text, tags: [tag] });
  // Once written in, the prompts step aside.
  expect(all('prompt-suggestion')).toEqual([]);
  // The competency tag is marked as one.
  expect(all('tag-chip')[0].dataset.competency).toBe('true');
});

test('the competency picker adds the chosen competency\'s tag like a typed tag', async () => {
  const { journal, all } = await setup();
  journal.setField('body', 'Asked instead of told.');
  all('competency-tag-picker')[0].click();
  await settle();
  const coaching = all('competency-tag-option').find((o) => o.dataset.tag === 'coaching')!;
  coaching.click();
  await vi.advanceTimersByTimeAsync(1000);
  flushSync();
  expect(journal.editor?.tags).toEqual(['coaching']);
  expect(journal.editor?.id).toBeTypeOf('number');
  all('competency-tag-picker')[0].click();
  await settle();
  const again = all('competency-tag-option').find((o) => o.dataset.tag === 'coaching') as HTMLButtonElement;
  expect(again.disabled).toBe(true);
});

test('a saved entry links to a milestone and unlinks again; a new one explains it must be saved first', async () => {
  const { journal, calls, all } = await setup();
  expect(all('entry-milestones')[0].textContent).toContain('once it is saved');
  expect(all('entry-milestone-link')).toEqual([]);

  journal.setField('body', 'Drafted the brief.');
  await vi.advanceTimersByTimeAsync(1000);
  flushSync();
  all('entry-milestone-link')[0].click();
  await settle();
  const option = all('milestone-option').find((o) => o.textContent?.includes('executive brief'))!;
  option.click();
  await settle();
  const id = journal.editor!.id;
  expect(calls.find((c) => c.cmd === 'link_evidence')?.args).toEqual({ milestoneId: Number(option.dataset.milestoneId), entryId: id });
  expect(all('entry-milestone').map((c) => c.textContent)).toEqual([expect.stringContaining('Write an executive brief')]);

  all('entry-milestone-unlink')[0].click();
  await settle();
  expect(all('entry-milestone')).toEqual([]);
});

test('the pickers close on Escape (focus back on their button) and on a click outside; arrows and Enter pick', async () => {
  const { journal, calls, all } = await setup();
  const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

  const tagButton = all('competency-tag-picker')[0];
  tagButton.click();
  await settle();
  expect(tagButton.getAttribute('aria-expanded')).toBe('true');
  const first = all('competency-tag-option')[0];
  expect(document.activeElement).toBe(first);
  key(first, 'ArrowDown');
  expect(document.activeElement).toBe(all('competency-tag-option')[1]);
  key(document.activeElement!, 'ArrowUp');
  key(document.activeElement!, 'ArrowUp');
  expect(document.activeElement).toBe(first);
  key(first, 'Escape');
  flushSync();
  expect(all('competency-tag-option')).toEqual([]);
  expect(tagButton.getAttribute('aria-expanded')).toBe('false');
  expect(document.activeElement).toBe(tagButton);

  tagButton.click();
  await settle();
  document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
  flushSync();
  expect(all('competency-tag-option')).toEqual([]);

  journal.setField('body', 'Drafted the brief.');
  await vi.advanceTimersByTimeAsync(1000);
  flushSync();
  const linkButton = all('entry-milestone-link')[0];
  linkButton.click();
  await settle();
  const filter = all('milestone-filter')[0];
  expect(document.activeElement).toBe(filter);
  key(filter, 'ArrowDown');
  flushSync();
  const second = all('milestone-option')[1];
  expect(second.getAttribute('aria-selected')).toBe('true');
  key(filter, 'Enter');
  await settle();
  expect(calls.find((c) => c.cmd === 'link_evidence')?.args).toMatchObject({ milestoneId: Number(second.dataset.milestoneId) });
  expect(all('milestone-option')).toEqual([]);
  expect(document.activeElement).toBe(linkButton);
});
