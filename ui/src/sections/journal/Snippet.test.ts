import { flushSync } from 'svelte';
import { expect, test } from 'vitest';
import { render } from '../../test/render';
import Snippet from './Snippet.svelte';

test('hits become <mark>, and user text is never parsed as HTML', () => {
  render(Snippet, {
    target: document.body,
    props: {
      spans: [
        { text: '…learn the ', hit: false },
        { text: 'P&L', hit: true },
        { text: ' <img src=x onerror=alert(1)> and ', hit: false },
        { text: '<b>margin</b>', hit: true },
      ],
    },
  });
  flushSync();
  const root = document.querySelector('[data-testid="snippet"]')!;
  expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['P&L', '<b>margin</b>']);
  expect(root.querySelector('img, b')).toBeNull();
  expect(root.textContent).toBe('…learn the P&L <img src=x onerror=alert(1)> and <b>margin</b>');
  expect(root.innerHTML).toContain('&lt;img');
});
