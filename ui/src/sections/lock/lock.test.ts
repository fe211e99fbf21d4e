/// <reference types="node" />
import { closeSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { flushSync, tick } from 'svelte';
import { expect, test } from 'vitest';
import { render } from '../../test/render';
import { useCore } from '../../test/core';
import { lock } from '../../shared/lock.svelte';
import PassphrasePanel from './PassphrasePanel.svelte';
import RecoveryScreen from './RecoveryScreen.svelte';
import UnlockScreen from './UnlockScreen.svelte';

const $ = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);

async function settle() {
  for (let i = 0; i < 8; i++) {
    await tick();
    await new Promise((r) => setTimeout(r, 0));
  }
  flushSync();
}

function type(testid: string, value: string) {
  const input = $(testid) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
}

async function submit(testid: string) {
  ($(testid) as HTMLButtonElement).click();
  await settle();
}

const PASS = 'correct horse battery';

test('a passphrase is set after the core has said what is wrong with each field', async () => {
  const { core } = useCore({ empty: true });
  await lock.load();
  render(PassphrasePanel, { target: document.body });
  await settle();
  expect($('encryption-off')).not.toBeNull();
  $('set-passphrase')!.click();
  flushSync();
  type('pp-new', 'short');
  type('pp-confirm', 'shorter');
  await submit('pp-submit');
  expect($('pp-new-problems')!.textContent).toContain('at least 8 characters');
  expect($('pp-confirm-problems')!.textContent).toContain('The two passphrases differ');
  expect(core.call<{ encrypted: boolean }>('lock_state').encrypted).toBe(false);

  type('pp-new', PASS);
  type('pp-confirm', PASS);
  await submit('pp-submit');
  expect($('passphrase-form')).toBeNull();
  expect($('encryption-on')).not.toBeNull();
  expect(($('auto-lock') as HTMLSelectElement).value).toBe('15');
  // Without the passphrase the core now answers as the locked window does.
  core.passphrase = null;
  expect(core.call<{ locked: boolean }>('lock_state').locked).toBe(true);
});

test('a wrong current passphrase is said under its field and changes nothing', async () => {
  const { core } = useCore({ empty: true });
  core.call('set_passphrase', { passphrase: PASS, confirmation: PASS });
  await lock.load();
  render(PassphrasePanel, { target: document.body });
  await settle();
  $('change-passphrase')!.click();
  flushSync();
  type('pp-current', 'not it at all');
  type('pp-new', 'a brand new one');
  type('pp-confirm', 'a brand new one');
  await submit('pp-submit');
  expect($('pp-current-problems')!.textContent).toContain('does not unlock this journal');
  core.passphrase = null;
  expect(core.call('unlock', { passphrase: PASS })).toEqual({ encrypted: true, locked: false });
});

test('the idle time is the core\'s setting and saved through it', async () => {
  const { core } = useCore({ empty: true });
  core.call('set_passphrase', { passphrase: PASS, confirmation: PASS });
  await lock.load();
  render(PassphrasePanel, { target: document.body });
  await settle();
  const select = $('auto-lock') as HTMLSelectElement;
  select.value = '5';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
  expect(core.call('lock_settings')).toEqual({ auto_lock_minutes: 5 });
});

test('the unlock screen says a wrong passphrase under its field; the right one opens the journal', async () => {
  const { core } = useCore();
  core.call('set_passphrase', { passphrase: PASS, confirmation: PASS });
  core.passphrase = null;
  await lock.load();
  expect(lock.locked).toBe(true);
  render(UnlockScreen, { target: document.body });
  await settle();
  expect(document.activeElement).toBe($('unlock-passphrase'));
  type('unlock-passphrase', 'a wrong guess');
  await submit('unlock-submit');
  expect($('unlock-problem')!.textContent).toContain('does not unlock this journal');
  expect(($('unlock-passphrase') as HTMLInputElement).value).toBe('');
  type('unlock-passphrase', PASS);
  await submit('unlock-submit');
  expect(lock.state).toEqual({ encrypted: true, locked: false });
  expect(core.call<{ entries: number }>('journal_counts').entries).toBeGreaterThan(0);
});

test('a journal that does not open offers its newest whole backup, and restoring it opens the journal', async () => {
  const { core } = useCore();
  const backup = core.call<string>('back_up_now');
  const db = join(core.dir, 'waypoint.sqlite3');
  const fd = openSync(db, 'r+');
  writeSync(fd, Buffer.from('this is not a database header'), 0, 29, 0);
  closeSync(fd);
  const damaged = readFileSync(db);
  await lock.load();
  expect(lock.damaged?.problem).toContain('waypoint.sqlite3');
  let reloads = 0;
  lock.reload = () => reloads++;
  render(RecoveryScreen, { target: document.body });
  await settle();
  expect($('recovery-backup')!.textContent).toContain(backup.split('/').pop());
  await submit('recovery-restore');
  expect(reloads).toBe(1);
  expect(core.call<{ entries: number }>('journal_counts').entries).toBeGreaterThan(0);
  const kept = readdirSync(core.dir).filter((f) => f.startsWith('waypoint.sqlite3.replaced-'));
  expect(kept).toHaveLength(1);
  expect(readFileSync(join(core.dir, kept[0]))).toEqual(damaged);
});

test('with no whole backup the recovery screen says what to do instead', async () => {
  const { core } = useCore({ empty: true });
  core.call('journal_counts');
  writeFileSync(join(core.dir, 'waypoint.sqlite3'), 'nothing like a database, long enough to have a header');
  await lock.load();
  render(RecoveryScreen, { target: document.body });
  await settle();
  expect($('recovery-no-backup')!.textContent).toContain('waypoint restore FILE');
  expect($('recovery-restore')).toBeNull();
});
