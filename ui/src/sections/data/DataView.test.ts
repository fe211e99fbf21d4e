/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flushSync, tick } from 'svelte';
import { expect, test } from 'vitest';
import { render } from '../../test/render';
import { useCore } from '../../test/core';
import DataView from './DataView.svelte';
import { lock } from '../../shared/lock.svelte';

const $ = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
const $$ = (testid: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)];
// The core's own fixtures (the UI's tests run from ui/).
const fixture = (name: string) => readFileSync(join(process.cwd(), '..', 'core', 'tests', 'fixtures', 'jrnl', name));

async function settle() {
  for (let i = 0; i < 8; i++) {
    await tick();
    await new Promise((r) => setTimeout(r, 0));
  }
  flushSync();
}

/** Chooses `bytes` as the file `name` in the jrnl file input, as the file dialog would. */
async function choose(name: string, bytes: Uint8Array) {
  const input = $('jrnl-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([new Uint8Array(bytes)], name)] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

test('a jrnl export is previewed, then imported once', async () => {
  const { core, calls } = useCore({ empty: true });
  render(DataView, { target: document.body });
  await settle();
  await choose('journal.json', fixture('journal.json'));
  expect($('jrnl-preview')!.textContent).toContain('journal.json: 4 to add, 2 to skip.');
  expect($('jrnl-skip')!.textContent).toContain('“A day jrnl wrote wrongly.”: its date "2025-02-30" is not a day');
  expect(calls.filter((c) => c.cmd === 'import_jrnl')).toHaveLength(0);
  expect($('jrnl-import')!.textContent!.trim()).toBe('Import 4 entries');
  $('jrnl-import')!.click();
  await settle();
  expect($('jrnl-preview')).toBeNull();
  expect(core.call<{ entries: number }>('journal_counts').entries).toBe(4);

  // The same file again: nothing to add, and the button says so by being off.
  await choose('journal.json', fixture('journal.json'));
  expect($('jrnl-preview')!.textContent).toContain('0 to add, 6 to skip.');
  expect(($('jrnl-import') as HTMLButtonElement).disabled).toBe(true);
});

test('a file that is not jrnl says why beside the chooser', async () => {
  useCore({ empty: true });
  render(DataView, { target: document.body });
  await settle();
  await choose('diary.txt', new TextEncoder().encode('Dear diary, today was fine.'));
  expect($('jrnl-problem')!.textContent).toContain('is not a jrnl journal');
  expect($('jrnl-preview')).toBeNull();
  await choose('photo.json', new Uint8Array([0xff, 0xd8, 0xff]));
  expect($('jrnl-problem')!.textContent).toContain('invalid UTF-8 at byte 0');
});

test('backing up now lists the new backup', async () => {
  useCore({ empty: true });
  render(DataView, { target: document.body });
  await settle();
  expect($('backups-empty')).not.toBeNull();
  $('back-up-now')!.click();
  await settle();
  expect($$('backup-row')).toHaveLength(1);
  expect($('backup-row')!.textContent).toContain('on request');
});

test('a backup is restored after a confirmation, and the page starts over on it', async () => {
  const { core } = useCore();
  const before = core.call<{ entries: number }>('journal_counts').entries;
  core.call('back_up_now');
  core.call('create_entry', { draft: { title: 'After the backup', body: '', tags: [] } });
  let reloads = 0;
  lock.reload = () => reloads++;
  render(DataView, { target: document.body });
  await settle();
  $('backup-restore')!.click();
  await settle();
  expect(document.activeElement).toBe($('backup-restore-cancel'));
  $('backup-restore-cancel')!.click();
  await settle();
  expect($('backup-restore-confirm')).toBeNull();
  $('backup-restore')!.click();
  await settle();
  $('backup-restore-confirm')!.click();
  await settle();
  expect(reloads).toBe(1);
  expect(core.call<{ entries: number }>('journal_counts').entries).toBe(before);
});
