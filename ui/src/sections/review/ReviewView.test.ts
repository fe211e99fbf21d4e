import { flushSync, tick } from 'svelte';
import { expect, test } from 'vitest';
import { render } from '../../test/render';
import { useCore, type CoreOptions } from '../../test/core';
import type { Document, ReviewRequest } from '../../api/bindings';
import type { Navigation } from '../../shared/navigation';
import ReviewView from './ReviewView.svelte';

const $ = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);

async function settle() {
  for (let i = 0; i < 6; i++) {
    await tick();
    await Promise.resolve();
  }
  flushSync();
}

async function show(options: CoreOptions = {}) {
  const { core, calls } = useCore(options);
  const opened: number[] = [];
  const nav: Navigation = {
    go: () => {},
    newEntry: async () => {},
    openEntry: async () => {},
    openDocument: async (id) => void opened.push(id),
  };
  render(ReviewView, { target: document.body, props: { nav } });
  await settle();
  return { core, calls, opened };
}

/** The requests the screen sent for reviews, in order. */
function requests(calls: { cmd: string; args: Record<string, unknown> }[]): ReviewRequest[] {
  return calls.filter((c) => c.cmd === 'review').map((c) => c.args.request as ReviewRequest);
}

/** Picks `day` in the date field `testid`, stepping the grid `months` months on first. */
async function pick(testid: string, day: string, months = 0) {
  $(testid)!.click();
  await settle();
  for (let i = 0; i < months; i++) {
    document.querySelector<HTMLButtonElement>(`[data-testid="${testid}-panel"] [aria-label="Next month"]`)!.click();
    await settle();
  }
  const cell = document.querySelector<HTMLButtonElement>(`[data-testid="${testid}-panel"] [data-day="${day}"]`);
  expect(cell, `${day} in the grid`).not.toBeNull();
  cell!.click();
  await settle();
}

test('without a plan it opens on the last twelve months, private sections left out', async () => {
  const { calls } = await show();
  expect(requests(calls).at(-1)).toEqual({ from: '2025-11-26', to: '2026-11-25', include: { journal: false, checkins: false } });
  expect($('review-preset-last_twelve_months')!.getAttribute('aria-pressed')).toBe('true');
  expect($('review-preset-plan_year')!.getAttribute('aria-pressed')).toBe('false');
  expect($('review-meta')!.textContent).toContain('26 Nov 2025 – 25 Nov 2026');
  expect($('review-meta')!.textContent).toContain('Left out as private');
  const body = $('review-body')!;
  for (const heading of ['Summary', 'Plan progress', 'Competencies', 'Highlights', 'Talking points', 'Timeline']) {
    expect([...body.querySelectorAll('h2')].map((h) => h.textContent)).toContain(heading);
  }
  expect(body.querySelector('#journal')).toBeNull();
  expect(body.querySelector('svg.review-timeline')).not.toBeNull();
});

test('switching a private section on asks the core again and shows it', async () => {
  const { calls } = await show();
  const box = $('review-include-journal') as HTMLInputElement;
  expect(box.checked).toBe(false);
  box.click();
  await settle();
  expect(requests(calls).at(-1)!.include).toEqual({ journal: true, checkins: false });
  expect($('review-body')!.querySelector('#journal h2')!.textContent).toBe('Journal (private, included)');
  expect($('review-meta')!.textContent).toContain('Includes the private section Journal');
});

test('a period that ends before it starts is refused next to the last day, and the last review stays', async () => {
  const { calls } = await show();
  await pick('review-to', '2026-11-01');
  expect(requests(calls).at(-1)).toMatchObject({ from: '2025-11-26', to: '2026-11-01' });
  const before = $('review-body')!.innerHTML;
  // The first day's grid opens on November 2025: a year on, after the last day.
  await pick('review-from', '2026-11-20', 12);
  expect(requests(calls).at(-1)).toMatchObject({ from: '2026-11-20', to: '2026-11-01' });
  expect($('review-to-error')!.textContent).toContain('before it starts');
  expect($('review-from-error')).toBeNull();
  expect($('review-body')!.innerHTML).toBe(before);
  expect($('review-preset-last_twelve_months')!.getAttribute('aria-pressed')).toBe('false');
  // A preset puts it right.
  $('review-preset-last_six_months')!.click();
  await settle();
  expect($('review-to-error')).toBeNull();
  expect(requests(calls).at(-1)).toMatchObject({ from: '2026-05-26', to: '2026-11-25' });
});

test('an empty journal gets a review that says how to fill it', async () => {
  await show({ empty: true });
  expect($('review-body')!.textContent).toContain('Nothing was recorded in this period yet');
});

test('keeping the review makes a document whose edited talking points the review then shows', async () => {
  const { core, calls, opened } = await show();
  $('review-keep')!.click();
  await settle();
  const kept = calls.find((c) => c.cmd === 'keep_review')!;
  expect(kept.args.request).toMatchObject({ from: '2025-11-26', to: '2026-11-25' });
  expect($('review-kept')!.textContent).toContain('Kept as “Progress review: 26 Nov 2025 – 25 Nov 2026”');
  $('review-open-kept')!.click();
  const [{ id }] = core.call<{ id: number }[]>('find_documents', { query: { text: '', starred_only: false, trashed: false } });
  const doc = core.call<Document>('document', { id });
  expect(opened).toEqual([doc.id]);

  // The writer changes a talking point in the document; the review shows theirs.
  const body = doc.body.replace('## Talking points\n\n', '## Talking points\n\n- I ran the planning season.\n');
  core.call('save_document', { id: doc.id, draft: { kind: 'review', title: doc.title, body } });
  $('review-preset-last_twelve_months')!.click();
  await settle();
  expect($('review-body')!.querySelector('#talking_points')!.textContent).toContain('I ran the planning season.');
  expect($('review-kept')!.textContent!.replace(/\s+/g, ' ')).toContain('your changes to the talking points are shown');
});
