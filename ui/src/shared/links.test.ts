import { emit } from '@tauri-apps/api/event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useCore } from '../test/core';
import { banner } from './banner.svelte';
import { LINK_EVENT, keepLinksInApp } from './links';
import { notice } from './notice.svelte';

let stop: (() => void) | undefined;

beforeEach(() => vi.useFakeTimers());

afterEach(() => {
  stop?.();
  stop = undefined;
  document.body.innerHTML = '';
  notice.dismiss();
  banner.dismiss();
  vi.useRealTimers();
});

async function page(html: string) {
  const { calls } = useCore({ empty: true });
  stop = await keepLinksInApp();
  document.body.innerHTML = html;
  return calls;
}

function follow(el: Element, init: MouseEventInit & { type?: string } = {}): MouseEvent {
  const e = new MouseEvent(init.type ?? 'click', { bubbles: true, cancelable: true, ...init });
  el.dispatchEvent(e);
  return e;
}

test('a click on a link opens it through the core and says so; the page does not navigate', async () => {
  const calls = await page('<p><a href="https://example.com/pnl"><strong>the P&amp;L primer</strong></a></p>');
  const e = follow(document.querySelector('strong')!);
  expect(e.defaultPrevented).toBe(true);
  await vi.waitFor(() => expect(notice.current?.message).toBe('Opened https://example.com/pnl in your browser.'));
  expect(calls.filter((c) => c.cmd === 'open_link')).toEqual([{ cmd: 'open_link', args: { url: 'https://example.com/pnl' } }]);
});

test('a middle click opens the link too; a right click opens nothing', async () => {
  const calls = await page('<a href="mailto:cfo@example.com">the CFO</a>');
  const link = document.querySelector('a')!;
  expect(follow(link, { type: 'auxclick', button: 2 }).defaultPrevented).toBe(true);
  expect(calls.some((c) => c.cmd === 'open_link')).toBe(false);
  expect(follow(link, { type: 'auxclick', button: 1 }).defaultPrevented).toBe(true);
  await vi.waitFor(() => expect(notice.current?.message).toBe('Opened mailto:cfo@example.com in your browser.'));
});

test('a link the core refuses shows its reason and opens nothing', async () => {
  await page('<a href="ftp://example.com/notes.txt">notes</a>');
  expect(follow(document.querySelector('a')!).defaultPrevented).toBe(true);
  await vi.waitFor(() => expect(banner.message).toContain('the ftp: link ftp://example.com/notes.txt was not opened'));
  expect(notice.current).toBeNull();
});

test('a link without an address and a plain button are left alone', async () => {
  const calls = await page('<a>dropped by the sanitiser</a><button>Save</button>');
  expect(follow(document.querySelector('a')!).defaultPrevented).toBe(false);
  expect(follow(document.querySelector('button')!).defaultPrevented).toBe(false);
  expect(calls.some((c) => c.cmd === 'open_link')).toBe(false);
});

test('what the app stopped on its side is shown: opened, or refused with the reason', async () => {
  await page('');
  await emit(LINK_EVENT, { url: 'https://example.com/moved', refused: null });
  expect(notice.current?.message).toBe('Opened https://example.com/moved in your browser.');
  await emit(LINK_EVENT, { url: 'ftp://example.com/x', refused: 'Waypoint opens only web and mail links.' });
  expect(banner.message).toBe('Waypoint opens only web and mail links.');
});

test('a drop on the page is not followed; a drop into a text field still is', async () => {
  await page('<div id="list">entries</div><textarea></textarea>');
  const drop = (el: Element) => {
    const e = new Event('drop', { bubbles: true, cancelable: true });
    el.dispatchEvent(e);
    return e.defaultPrevented;
  };
  expect(drop(document.getElementById('list')!)).toBe(true);
  expect(drop(document.querySelector('textarea')!)).toBe(false);
});
