import { flushSync } from 'svelte';
import { expect, test, vi } from 'vitest';
import { render } from '../../test/render';
import { type, valueOf } from '../../test/typing';
import { useCore } from '../../test/core';
import DocumentsView from './DocumentsView.svelte';
import { CHECK_DELAY_MS, Documents } from './documents.svelte';

const settle = () => new Promise((r) => setTimeout(r, 0)).then(() => flushSync());
const all = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const one = (id: string) => all(id)[0];

async function setup() {
  const { calls } = useCore();
  const docs = new Documents();
  render(DocumentsView, { target: document.body, props: { docs } });
  await settle();
  return { calls, docs };
}

test('with no documents, the templates are offered, each with its sections', async () => {
  await setup();
  expect(one('documents-empty').textContent).toContain('will be listed here');
  const cards = all('template-chooser')[0].querySelectorAll('button');
  expect(cards.length).toBe(5);
  expect(one('template-brief').textContent).toContain('Bottom line and the ask · Impact in numbers');
});

test('a brief from its template: the checks follow the text after a pause, and a finding can be set aside', async () => {
  const t = await setup();
  one('template-brief').click();
  await settle();
  vi.useFakeTimers();
  try {
    expect(valueOf(one('document-body'))).toContain('## Bottom line and the ask');
    expect(one('check-bottom-line-first').dataset.passed).toBe('false');

    type(one('document-body'), 'I recommend we ship by March 31. Nearly all customers asked for it.');
    const checks = () => t.calls.filter((c) => c.cmd === 'check_document').length;
    const before = checks();
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS - 1);
    expect(checks()).toBe(before);
    await vi.advanceTimersByTimeAsync(1);
    flushSync();
    expect(checks()).toBe(before + 1);
    expect(one('check-bottom-line-first').dataset.passed).toBe('true');
    const weasel = all('finding').find((f) => f.dataset.rule === 'weasel')!;
    expect(weasel.textContent).toContain('"Nearly all" is a quantity without a number.');
    // The same finding is underlined in the text, over exactly its words.
    const underlined = [...document.querySelectorAll('.cm-lintRange')].map((u) => u.textContent);
    expect(underlined).toContain('Nearly all');

    weasel.querySelector<HTMLElement>('[data-testid="ignore-here"]')!.click();
    await vi.runOnlyPendingTimersAsync();
    flushSync();
    expect(all('finding').some((f) => f.dataset.rule === 'weasel')).toBe(false);
    expect([...document.querySelectorAll('.cm-lintRange')].map((u) => u.textContent)).not.toContain('Nearly all');
    expect(t.calls.some((c) => c.cmd === 'set_document_dismissals')).toBe(true);
    // The autosave came too, and the list shows what the checks said.
    await vi.runOnlyPendingTimersAsync();
    flushSync();
    expect(t.calls.some((c) => c.cmd === 'save_document')).toBe(true);
    expect(one('row-checks').textContent).toBe('1/5 checks');
  } finally {
    vi.useRealTimers();
  }
});

test('moving to the trash offers Undo, and the trash lists it with Restore', async () => {
  const t = await setup();
  one('template-note').click();
  await settle();
  one('document-trash').click();
  await settle();
  expect(all('document-row')).toEqual([]);
  one('documents-trash').click();
  await settle();
  expect(all('document-row').length).toBe(1);
  one('restore-document').click();
  await settle();
  expect(t.calls.some((c) => c.cmd === 'restore_document')).toBe(true);
  expect(all('document-row')).toEqual([]);
});

test('text that cannot be saved never traps the writer: it is kept in the history, to reopen and fix', async () => {
  const t = await setup();
  one('template-note').click();
  await settle();
  type(one('document-title'), 'Terminal paste');
  type(one('document-body'), 'Output \u0007 pasted.');
  // Leaving for a new document: the save is refused, so the text is kept instead.
  one('new-document').click();
  await settle();
  expect(t.calls.some((c) => c.cmd === 'keep_unsaved_document')).toBe(true);
  expect(one('template-chooser')).toBeTruthy();
  all('document-row')[0].querySelector('button')!.click();
  await settle();
  one('tab-history').click();
  await settle();
  const kept = all('revision').find((r) => r.dataset.reason === 'unsaved')!;
  expect(kept.textContent).toContain('Could not be saved');
  kept.querySelector<HTMLElement>('[data-testid="reopen-revision"]')!.click();
  await settle();
  expect(valueOf(one('document-body'))).toBe('Output \u0007 pasted.');
});

test('one check at a time: asked again while one runs, it runs once more on the latest text', async () => {
  const t = await setup();
  one('template-note').click();
  await settle();
  const checks = () => t.calls.filter((c) => c.cmd === 'check_document');
  const before = checks().length;
  // The checks that typing asks for after a pause are held back, to ask by hand.
  vi.useFakeTimers();
  try {
    type(one('document-body'), 'First words.');
    const first = t.docs.check();
    type(one('document-body'), 'Nearly all of it.');
    void t.docs.check();
    void t.docs.check();
    await first;
    await vi.advanceTimersByTimeAsync(1);
    flushSync();
    const ran = checks().slice(before);
    expect(ran.map((c) => c.args.body)).toEqual(['First words.', 'Nearly all of it.']);
    expect(all('finding').some((f) => f.dataset.rule === 'weasel')).toBe(true);
  } finally {
    vi.useRealTimers();
  }
});

test('a long list of findings shows a hundred at a time, the rest on asking', async () => {
  const t = await setup();
  one('template-note').click();
  await settle();
  type(one('document-body'), 'Nearly all of it failed. '.repeat(130));
  await t.docs.check();
  flushSync();
  const weasels = () => all('finding').filter((f) => f.dataset.rule === 'weasel').length;
  expect(weasels()).toBe(100);
  expect(one('more-findings').textContent?.trim()).toBe('Show 30 more of 30');
  one('more-findings').click();
  flushSync();
  expect(weasels()).toBe(130);
  expect(all('more-findings')).toEqual([]);
});
