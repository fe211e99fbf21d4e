import { afterEach, describe, expect, test, vi } from 'vitest';
import { followTheme, rememberedTheme, rememberTheme, resolveTheme } from './theme';

/** A window whose OS colour scheme the test controls. */
function fakeWindow(dark: boolean) {
  const listeners = new Set<() => void>();
  const media = {
    matches: dark,
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  };
  const win = { matchMedia: vi.fn(() => media), document } as unknown as Window;
  const setOsDark = (value: boolean) => {
    media.matches = value;
    listeners.forEach((fn) => fn());
  };
  return { win, setOsDark, listeners };
}

const theme = () => document.documentElement.dataset.theme;

afterEach(() => {
  delete document.documentElement.dataset.theme;
  localStorage.clear();
});

describe('resolveTheme', () => {
  test('system follows the OS; a manual choice overrides it', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('followTheme', () => {
  test('system tracks prefers-color-scheme as it changes', () => {
    const { win, setOsDark } = fakeWindow(false);
    const stop = followTheme('system', win);
    expect(win.matchMedia).toHaveBeenCalledWith('(prefers-color-scheme: dark)');
    expect(theme()).toBe('light');
    setOsDark(true);
    expect(theme()).toBe('dark');
    stop();
    setOsDark(false);
    expect(theme()).toBe('dark');
  });

  test('a fixed theme ignores the OS', () => {
    const { win, setOsDark, listeners } = fakeWindow(true);
    followTheme('light', win);
    expect(theme()).toBe('light');
    setOsDark(false);
    expect(theme()).toBe('light');
    expect(listeners.size).toBe(0);
  });
});

test('the remembered preference survives a restart and defaults to system', () => {
  expect(rememberedTheme()).toBe('system');
  rememberTheme('dark');
  expect(rememberedTheme()).toBe('dark');
});
