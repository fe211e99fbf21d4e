// The close protocol: when the window closes or the process is told to stop, Rust emits
// FLUSH_EVENT and waits (briefly) for `flush_done`. Hiding or unloading the page also saves,
// best-effort, in case the app goes away some other way.
import { listen } from '@tauri-apps/api/event';
import { api } from '../api';

export const FLUSH_EVENT = 'waypoint://flush-request';

/** Saves with `flush` whenever Rust emits `event`, then answers with `answer`. */
export function saveThenAnswer(event: string, flush: () => Promise<unknown>, answer: () => Promise<unknown>) {
  return listen(event, async () => {
    try {
      await flush();
    } finally {
      // Always answer, or the app would wait out its grace period.
      await answer();
    }
  });
}

/** `flush` must not reject. Resolves to a function that stops guarding. */
export async function guardClose(flush: () => Promise<unknown>): Promise<() => void> {
  const unlisten = await saveThenAnswer(FLUSH_EVENT, flush, () => api.flushDone());
  const onHidden = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  const onUnload = () => void flush();
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('beforeunload', onUnload);
  return () => {
    unlisten();
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('beforeunload', onUnload);
  };
}
