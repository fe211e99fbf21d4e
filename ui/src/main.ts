import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { api } from './api';
import { useReference } from './shared/reference';

async function start(): Promise<void> {
  // In a plain browser during development there is no Rust core: serve the commands from
  // memory. The condition is constant in production builds, so the mock is not bundled.
  if ((import.meta.env.DEV || import.meta.env.MODE === 'mock') && !('__TAURI_INTERNALS__' in window)) {
    const { installMockBackend } = await import('./dev/mockBackend');
    installMockBackend(new URLSearchParams(location.search));
  }
  useReference(await api.reference());
  mount(App, { target: document.getElementById('app')! });
}

void start();
