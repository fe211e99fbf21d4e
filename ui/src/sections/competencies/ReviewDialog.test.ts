import { flushSync } from 'svelte';
import { expect, test, vi } from 'vitest';
import { render, cleanup } from '../../test/render';
import type { CompetencyStatus, RatingInput } from '../../api/bindings';
import { startReview } from './competencies';
import ReviewDialog from './ReviewDialog.svelte';

function status(id: number, name: string): CompetencyStatus {
  return {
    competency: { id, name, description: `${name}, described`, tag: name.toLowerCase(), groups: ['leadership'], archived: false },
    relevant: true,
    history: id === 1 ? [{ review_id: 1, rated_on: '2026-05-12', rating: 2, note: 'mostly telling' }] : [],
    latest: id === 1 ? 2 : null,
    previous: null,
    evidence_count: 0,
    entry_count: 0,
    document_count: 0,
  };
}

function setup(save: (r: RatingInput[]) => Promise<string | null> = async () => null) {
  const onsave = vi.fn(save);
  const onclose = vi.fn();
  const start = startReview([status(1, 'Coaching'), status(2, 'Strategy'), status(3, 'Finance')]);
  render(ReviewDialog, { target: document.body, props: { start, onsave, onclose } });
  flushSync();
  const $ = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const key = (k: string, target: Element = $('review-step')!) => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    flushSync();
  };
  const click = (id: string) => {
    $(id)!.click();
    flushSync();
  };
  return { $, key, click, onsave, onclose };
}

const settle = () => new Promise((r) => setTimeout(r, 0)).then(() => flushSync());

test('keys rate and move on; the summary saves every rating in one call', async () => {
  const t = setup();
  expect(t.$('review-step')?.textContent).toContain('Coaching');
  expect(t.$('review-last')?.textContent).toContain('mostly telling');
  t.key('3');
  expect(t.$('review-step')?.dataset.competencyId).toBe('2');
  // A click only rates: there is room for a note.
  t.click('review-rating-4');
  expect(t.$('review-rating-4')?.getAttribute('aria-pressed')).toBe('true');
  const note = t.$('review-note') as HTMLTextAreaElement;
  note.value = 'set the roadmap';
  note.dispatchEvent(new Event('input', { bubbles: true }));
  // Digits typed into the note are text, not ratings.
  t.key('5', note);
  expect(t.$('review-step')?.dataset.competencyId).toBe('2');
  t.click('review-next');
  t.click('review-skip');
  expect(t.$('review-summary')).not.toBeNull();
  t.click('review-save');
  await settle();
  expect(t.onsave).toHaveBeenCalledTimes(1);
  expect(t.onsave).toHaveBeenCalledWith([
    { competency_id: 1, rating: 3, note: '' },
    { competency_id: 2, rating: 4, note: 'set the roadmap' },
  ]);
  expect(t.onclose).toHaveBeenCalledTimes(1);
});

test('a refused review stays open with the core\'s message', async () => {
  const t = setup(async () => '"Finance" is archived. Restore it before rating it.');
  t.key('2');
  t.click('review-next');
  t.click('review-next');
  t.click('review-save');
  await settle();
  expect(t.$('review-error')?.textContent).toContain('is archived');
  expect(t.onclose).not.toHaveBeenCalled();
});

test('Escape leaves at once when nothing was entered, and asks first when something was', () => {
  const empty = setup();
  empty.key('Escape');
  expect(empty.onclose).toHaveBeenCalledTimes(1);
  cleanup();

  const t = setup();
  t.key('4');
  t.key('Escape');
  expect(t.onclose).not.toHaveBeenCalled();
  expect(document.body.textContent).toContain('Your rating is not saved yet');
  t.click('review-discard');
  expect(t.onclose).toHaveBeenCalledTimes(1);
});

test('Save is off until something is rated', () => {
  const t = setup();
  t.click('review-next');
  t.click('review-next');
  t.click('review-next');
  expect((t.$('review-save') as HTMLButtonElement).disabled).toBe(true);
});
