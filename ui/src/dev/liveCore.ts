// In a plain browser there is no app around the page: each command is posted to the dev
// server (`vite`, `vite preview`), which has the real core answer it (../../devCore.ts).
// Loaded through a dynamic import that production builds drop.
import { mockIPC } from '@tauri-apps/api/mocks';
import { api } from '../api';
import type { ThemePreference } from '../api/bindings';
import { ANSWER_PATH } from './answerPath';

/** `?empty` starts from an empty journal, otherwise the showcase; `?theme=dark` and `?preview` set those settings. */
export async function installLiveCore(params: URLSearchParams): Promise<void> {
  const journal = params.has('empty') ? 'empty' : 'showcase';
  mockIPC(
    async (cmd, args) => {
      const response = await fetch(ANSWER_PATH, { method: 'POST', body: JSON.stringify({ cmd, args, journal }) });
      const answer = (await response.json()) as { ok?: unknown; err?: unknown };
      if ('err' in answer) throw answer.err;
      return answer.ok;
    },
    { shouldMockEvents: true },
  );
  const theme = params.get('theme');
  if (theme || params.has('preview')) {
    await api.saveSettings({ theme: (theme ?? 'system') as ThemePreference, show_preview: params.has('preview') });
  }
}
