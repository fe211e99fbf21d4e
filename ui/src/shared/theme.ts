import type { ThemePreference } from '../api/bindings';

export type ResolvedTheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';
/** The last preference, kept so the first paint uses it before the settings arrive. */
const HINT_KEY = 'waypoint.theme';

export function resolveTheme(preference: ThemePreference, systemDark: boolean): ResolvedTheme {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

/**
 * Puts the resolved theme on `<html data-theme>` now and, for "system", whenever the OS
 * switches. Returns a function that stops following the OS.
 */
export function followTheme(preference: ThemePreference, win: Window = window): () => void {
  const media = win.matchMedia(DARK_QUERY);
  const apply = () => {
    win.document.documentElement.dataset.theme = resolveTheme(preference, media.matches);
  };
  apply();
  if (preference !== 'system') return () => {};
  media.addEventListener('change', apply);
  return () => media.removeEventListener('change', apply);
}

export function rememberTheme(preference: ThemePreference): void {
  try {
    localStorage.setItem(HINT_KEY, preference);
  } catch {
    // Storage can be unavailable; the hint only saves a flash of the wrong theme.
  }
}

export function rememberedTheme(): ThemePreference {
  try {
    const hint = localStorage.getItem(HINT_KEY);
    if (hint === 'light' || hint === 'dark') return hint;
  } catch {
    // As above: fall back to the OS.
  }
  return 'system';
}
