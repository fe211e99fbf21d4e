/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flushSync, tick } from 'svelte';
import { expect, test } from 'vitest';
import { render } from '../../test/render';
import { useCore } from '../../test/core';
import DataView from './DataView.svelte';
import { lock } from '../../shared/lock.svelte';
import { notice } from '../../shared/notice.svelte';

const $ = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
const $$ = (testid: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)];
// The core's own fixtures (the UI's tests run from ui/).
const fixture = (dir: string, name: string) => readFileSync(join(process.cwd(), '..', 'core', 'tests', 'fixtures', dir, name));

async function settle() {
  for (let i = 0; i < 8; i++) {
    await tick();
    await new Promise((r) => setTimeout(r, 0));
  }
  flushSync();
}

/** Chooses files in the import's file input, as the file dialog would. */
async function choose(...files: File[]) {
  const input = $('import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}
const file = (name: string, bytes: Uint8Array) => new File([new Uint8Array(bytes)], name);

test('a jrnl export is previewed, then imported once', async () => {
  const { core, calls } = useCore({ empty: true });
  render(DataView, { target: document.body });
  await settle();
  await choose(file('journal.json', fixture('jrnl', 'journal.json')));
  expect($('import-preview')!.textContent).toContain('journal.json, read as jrnl: 4 entries to add, 2 to skip.');
  expect($('import-skip')!.textContent).toContain('#5 “A day jrnl wrote wrongly.”: its date "2025-02-30" is not a day');
  expect(calls.filter((c) => c.cmd === 'import_files')).toHaveLength(0);
  expect($('import-confirm')!.textContent!.trim()).toBe('Import 4 entries');
  $('import-confirm')!.click();
  await settle();
  expect($('import-preview')).toBeNull();
  expect(core.call<{ entries: number }>('journal_counts').entries).toBe(4);

  // The same file again: nothing to add, and the button says so by being off.
  await choose(file('journal.json', fixture('jrnl', 'journal.json')));
  expect($('import-preview')!.textContent).toContain('0 entries to add, 6 to skip.');
  expect(($('import-confirm') as HTMLButtonElement).disabled).toBe(true);
});

test('a Day One zip is read as Day One, with its photos listed as kept out', async () => {
  const { core } = useCore({ empty: true });
  render(DataView, { target: document.body });
  await settle();
  await choose(file('Export.zip', fixture('dayone', 'export.zip')));
  expect($('import-preview')!.textContent).toContain('Export.zip, read as Day One: 3 entries to add, 2 to skip.');
  expect($('import-add')!.textContent).toContain('2025-04-02 · Shipped the billing queue ★');
  expect($('import-add')!.textContent).toContain('#work #big-project');
  expect($('import-notes')!.textContent).toContain('“Shipped the billing queue”: 1 attachment is not brought in');
  $('import-confirm')!.click();
  await settle();
  expect(core.call<{ entries: number }>('journal_counts').entries).toBe(3);
});

test('Daylio moods need values before they become check-ins, and the user sets them', async () => {
  const { core } = useCore({ empty: true });
  render(DataView, { target: document.body });
  await settle();
  await choose(file('daylio_export.csv', fixture('daylio', 'daylio_export.csv')));
  expect($('import-preview')!.textContent).toContain('read as Daylio: 2 entries and 2 check-ins to add, 2 to skip.');
  const soSo = $$('import-mood').find((r) => r.textContent!.includes('so-so'))!;
  expect(soSo.querySelector<HTMLSelectElement>('[data-testid="mood-stress"]')!.value).toBe('');
  expect($('import-skip')!.textContent).toContain('"so-so" has no check-in values yet');
  for (const [field, value] of [['stress', '6'], ['energy', '4'], ['imposter', '3']]) {
    const select = soSo.querySelector<HTMLSelectElement>(`[data-testid="mood-${field}"]`)!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
  }
  expect($('import-preview')!.textContent).toContain('2 entries and 3 check-ins to add, 1 to skip.');
  expect($('import-confirm')!.textContent!.trim()).toBe('Import 2 entries and 3 check-ins');
  $('import-confirm')!.click();
  await settle();
  expect(notice.current?.message).toBe('Imported 2 entries and 3 check-ins from daylio_export.csv.');
  expect(core.call<{ count: number }>('stress_year', { year: 2025 }).count).toBe(3);
});

test('a file that cannot be imported says why beside the chooser, and one too large is not sent', async () => {
  const { calls } = useCore({ empty: true });
  render(DataView, { target: document.body });
  await settle();
  await choose(file('diary.txt', new TextEncoder().encode('Dear diary, today was fine.')));
  expect($('import-problem')!.textContent).toContain('is not a jrnl journal');
  expect($('import-preview')).toBeNull();
  await choose(file('photo.json', new Uint8Array([0xff, 0xd8, 0xff])));
  expect($('import-problem')!.textContent).toContain('invalid UTF-8 at byte 0');
  const before = calls.length;
  const big = file('big.json', new Uint8Array(1));
  Object.defineProperty(big, 'size', { value: 100 * 1024 * 1024 });
  await choose(big);
  expect($('import-problem')!.textContent).toContain('big.json is 100 MB; the window imports up to 64 MB at once');
  expect(calls.length).toBe(before);
});

test('the folder button opens the folder dialog, and cancelling it changes nothing', async () => {
  const { calls } = useCore({ empty: true });
  render(DataView, { target: document.body });
  await settle();
  $('import-choose-folder')!.click();
  await settle();
  expect(calls.some((c) => c.cmd === 'choose_notes_folder')).toBe(true);
  expect(calls.some((c) => c.cmd === 'preview_import')).toBe(false);
  expect($('import-preview')).toBeNull();
  expect($('import-problem')).toBeNull();
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
