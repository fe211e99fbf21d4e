// Helpers for unit tests: a recording mockIPC and a way to hold responses back.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { InvokeArgs } from '@tauri-apps/api/core';
import { afterEach } from 'vitest';
import type { Entry, EntryDraft } from '../api/bindings';

export interface Call {
  cmd: string;
  args: Record<string, unknown>;
}

type Handler = (cmd: string, args: Record<string, unknown>) => unknown;

/** Installs `handler` behind `invoke` and records every call, in order. */
export function recordIPC(handler: Handler, options?: { shouldMockEvents?: boolean }): Call[] {
  const calls: Call[] = [];
  mockIPC((cmd: string, payload?: InvokeArgs) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    return handler(cmd, args);
  }, options);
  return calls;
}

// Every test file that records IPC starts from a clean fake backend.
afterEach(() => clearMocks());

/** A promise the test settles by hand, to control when a command answers. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The Entry a command would return for `draft`. */
export function entryFrom(id: number, draft: EntryDraft): Entry {
  return {
    id,
    uuid: `uuid-${id}`,
    title: draft.title,
    body: draft.body,
    kind: draft.kind ?? 'reflection',
    entry_date: draft.entry_date ?? '2026-11-24',
    tags: draft.tags,
    starred: false,
    created_at: '2026-11-24T20:00:00Z',
    updated_at: '2026-11-24T20:00:00Z',
    deleted_at: null,
  };
}
