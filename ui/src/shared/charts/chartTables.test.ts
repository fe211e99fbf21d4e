import { flushSync } from 'svelte';
import { beforeEach, expect, test, vi } from 'vitest';
import { render } from '../../test/render';
import RadarChart from './RadarChart.svelte';
import RatingHistoryChart from './RatingHistoryChart.svelte';

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

const cells = (testid: string) =>
  [...document.querySelectorAll(`[data-testid="${testid}"] tbody tr`)].map((tr) => [...tr.children].map((c) => c.textContent));

test('the radar\'s numbers are readable as a table, with a dash for what is not rated', () => {
  render(RadarChart, {
    target: document.body,
    props: {
      axes: [
        { competency_id: 1, name: 'Coaching', latest: 4, previous: 3 },
        { competency_id: 2, name: 'Business finance', latest: null, previous: null },
      ],
    },
  });
  flushSync();
  expect(cells('radar-table')).toEqual([
    ['Coaching', '4', '3'],
    ['Business finance', '—', '—'],
  ]);
  expect(document.querySelector('[data-testid="radar-chart"] canvas')).not.toBeNull();
});

test('with nothing rated the radar explains itself instead of drawing an empty web', () => {
  render(RadarChart, { target: document.body, props: { axes: [{ competency_id: 1, name: 'Coaching', latest: null, previous: null }] } });
  flushSync();
  expect(document.querySelector('[data-testid="radar-chart"] canvas')).toBeNull();
  expect(document.querySelector('[data-testid="radar-chart"]')?.textContent).toContain('Nothing rated yet');
});

test('the history table lists each rating oldest first with its note', () => {
  render(RatingHistoryChart, {
    target: document.body,
    props: {
      name: 'Coaching',
      history: [
        { review_id: 3, rated_on: '2026-09-03', rating: 4, note: 'asked more' },
        { review_id: 1, rated_on: '2026-05-12', rating: 3, note: '' },
      ],
    },
  });
  flushSync();
  expect(cells('history-table').map(([, rating, note]) => [rating, note])).toEqual([
    ['3', ''],
    ['4', 'asked more'],
  ]);
});
