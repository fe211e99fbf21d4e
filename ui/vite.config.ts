import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { waypointBin, waypointCore } from './devCore.ts';

// The core's command line the dev server and the UI's tests ask (devCore.ts).
process.env.WAYPOINT_BIN ??= waypointBin(fileURLToPath(new URL('..', import.meta.url)));

export default defineConfig(({ mode }) => ({
  plugins: [svelte(), waypointCore()],
  // Tauri prints its own output; keep Vite's visible.
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: { outDir: 'dist', emptyOutDir: true },
  // Component tests mount into jsdom, so Svelte must resolve to its browser build.
  resolve: mode === 'test' ? { conditions: ['browser'] } : undefined,
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    env: { WAYPOINT_BIN: process.env.WAYPOINT_BIN },
  },
}));
