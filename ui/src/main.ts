import './app.css';
import { mount } from 'svelte';
import Root from './Root.svelte';
import { api } from './api';
import { lock } from './shared/lock.svelte';
import { useReference } from './shared/reference';

async function start(): Promise<void> {
  // In a plain browser during development there is no app around the page: the dev server
  // has the real core answer. The condition is constant in production builds, so this is not bundled.
  if ((import.meta.env.DEV || import.meta.env.MODE === 'mock') && !('__TAURI_INTERNALS__' in window)) {
    const { installLiveCore } = await import('./dev/liveCore');
    await installLiveCore(new URLSearchParams(location.search));
  }
  useReference(await api.reference());
  await lock.load();
  mount(Root, { target: document.getElementById('app')! });
}

void start();
