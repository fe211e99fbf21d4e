/// <reference types="node" />
// The real core behind the UI's tests: every command runs `waypoint dev answer` (the core
// alone, a few milliseconds) on a journal of the test's own, on a pinned day, in UTC. The call
// is synchronous, so fake timers and the order of answers behave as they do in the app, and a
// test asserts what the UI shows for what the core really answers.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, vi } from 'vitest';
import { runWaypoint as waypoint } from '../../devCore';
import { recordIPC } from './ipc';

/** The day the tests live on, unless a test picks another: a Wednesday. */
export const TODAY = '2026-11-25';

let opened: string[] = [];
afterEach(() => {
  for (const dir of opened) rmSync(dir, { recursive: true, force: true });
  opened = [];
});

/** The showcase journal of a day, written once per test file and copied for each test. */
const showcases = new Map<string, string>();
afterAll(() => {
  for (const dir of showcases.values()) rmSync(dir, { recursive: true, force: true });
});

export class Core {
  readonly dir = mkdtempSync(join(tmpdir(), 'waypoint-ui-'));

  constructor(readonly today: string = TODAY) {
    opened.push(this.dir);
  }

  /** Fills the journal with the showcase (`core/src/showcase.json`), the newest entry today. */
  showcase(): this {
    let template = showcases.get(this.today);
    if (!template) {
      template = mkdtempSync(join(tmpdir(), 'waypoint-showcase-'));
      waypoint(template, ['dev', 'showcase', '--today', this.today]);
      showcases.set(this.today, template);
    }
    cpSync(template, this.dir, { recursive: true });
    return this;
  }

  /**
   * The passphrase of an encrypted journal while the app would hold it unlocked: given to the
   * core on a descriptor, as `waypoint --passphrase-fd` takes it. Without it, an encrypted
   * journal answers as the locked window does.
   */
  passphrase: string | null = null;

  /** The core's answer to one command; throws the core's error (`{kind, message, field?}`). */
  call<T = unknown>(cmd: string, args: Record<string, unknown> = {}, today: string = this.today): T {
    const unlocked = this.passphrase === null ? [] : ['--passphrase-fd', '0'];
    const answer = JSON.parse(
      waypoint(this.dir, [...unlocked, 'dev', 'answer', '--today', today, cmd, JSON.stringify(args)], this.passphrase ?? undefined),
    );
    if ('err' in answer) throw answer.err;
    this.follow(cmd, args);
    return answer.ok as T;
  }

  /** What the window's vault does after a command that worked: it keeps, or drops, the key. */
  private follow(cmd: string, args: Record<string, unknown>) {
    if (cmd === 'unlock' || cmd === 'set_passphrase' || cmd === 'change_passphrase') this.passphrase = String(args.passphrase);
    else if (cmd === 'remove_passphrase' || cmd === 'lock_now') this.passphrase = null;
  }
}

export interface CoreOptions {
  /** Start with nothing instead of the showcase journal. */
  empty?: boolean;
  /** The day, instead of {@link TODAY}. */
  today?: string;
  /** Stands between the UI and the core, e.g. to hold an answer back or to fail a disk write. */
  around?: (cmd: string, args: Record<string, unknown>, answer: () => unknown) => unknown;
}

/**
 * A journal of the test's own behind `invoke` (the showcase unless `empty`), with the UI's
 * clock set to its day; returns it and the calls the UI made, in order.
 */
export function useCore(options: CoreOptions = {}) {
  const core = new Core(options.today);
  if (!options.empty) core.showcase();
  vi.setSystemTime(new Date(`${core.today}T12:00:00`));
  const around = options.around ?? ((_cmd, _args, answer) => answer());
  const calls = recordIPC((cmd, args) => around(cmd, args, () => core.call(cmd, args)), { shouldMockEvents: true });
  return { core, calls };
}
