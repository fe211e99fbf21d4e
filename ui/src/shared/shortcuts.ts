// Keyboard shortcuts: one table drives both the key handling and the help overlay.

export type Action =
  | 'new-entry'
  | 'focus-search'
  | 'toggle-preview'
  | 'next-entry'
  | 'previous-entry'
  | 'save'
  | 'toggle-star'
  | 'trash-entry'
  | 'lock'
  | 'show-help';

interface Binding {
  action: Action;
  /** `Mod` is Cmd on macOS and Ctrl elsewhere; the last part is a `KeyboardEvent.key`. */
  keys: string;
  /** Plain keys would type into fields, so they only act outside them. */
  notWhileTyping?: boolean;
}

const BINDINGS: Binding[] = [
  { action: 'new-entry', keys: 'Mod+N' },
  { action: 'focus-search', keys: 'Mod+K' },
  { action: 'focus-search', keys: '/', notWhileTyping: true },
  { action: 'toggle-preview', keys: 'Mod+E' },
  { action: 'next-entry', keys: 'Alt+ArrowDown' },
  { action: 'previous-entry', keys: 'Alt+ArrowUp' },
  { action: 'save', keys: 'Mod+S' },
  { action: 'toggle-star', keys: 'Mod+D' },
  { action: 'trash-entry', keys: 'Mod+Shift+Backspace' },
  { action: 'lock', keys: 'Mod+L' },
  { action: 'show-help', keys: '?', notWhileTyping: true },
  { action: 'show-help', keys: 'F1' },
];

const ACTION_LABELS: Record<Action, string> = {
  'new-entry': 'New entry',
  'focus-search': 'Search',
  'toggle-preview': 'Show or hide the preview',
  'next-entry': 'Next entry',
  'previous-entry': 'Previous entry',
  save: 'Save now',
  'toggle-star': 'Star or unstar',
  'trash-entry': 'Move to trash',
  lock: 'Lock (with a passphrase set)',
  'show-help': 'Keyboard shortcuts',
};

export type KeyInput = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.userAgent);
}

/** Fields where plain keys are text, not commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

function matches(b: Binding, e: KeyInput, mac: boolean): boolean {
  const parts = b.keys.split('+');
  const key = parts[parts.length - 1];
  const wants = (m: string) => parts.includes(m);
  const mod = mac ? e.metaKey : e.ctrlKey;
  const other = mac ? e.ctrlKey : e.metaKey;
  // Which Shift makes "?" or "/" depends on the keyboard layout, so symbols ignore it.
  const symbol = key.length === 1 && !/[a-z0-9]/i.test(key);
  return (
    e.key.toLowerCase() === key.toLowerCase() &&
    mod === wants('Mod') &&
    !other &&
    e.altKey === wants('Alt') &&
    (symbol || e.shiftKey === wants('Shift'))
  );
}

export function matchShortcut(e: KeyInput, context: { mac: boolean; typing: boolean }): Action | null {
  const hit = BINDINGS.find((b) => !(b.notWhileTyping && context.typing) && matches(b, e, context.mac));
  return hit?.action ?? null;
}

const KEY_NAMES: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', Backspace: '⌫' };

/** "Mod+Shift+Backspace" → "Ctrl+Shift+⌫" (or "⌘⇧⌫" on macOS). */
export function keysLabel(keys: string, mac: boolean): string {
  const names = mac ? { Mod: '⌘', Shift: '⇧', Alt: '⌥' } : { Mod: 'Ctrl', Shift: 'Shift', Alt: 'Alt' };
  const parts = keys.split('+').map((p) => names[p as keyof typeof names] ?? KEY_NAMES[p] ?? p);
  return parts.join(mac ? '' : '+');
}

/** Each action with all its key combinations, in table order, for the help overlay. */
export function shortcutList(mac: boolean): { label: string; keys: string[] }[] {
  const byAction = new Map<Action, string[]>();
  for (const b of BINDINGS) byAction.set(b.action, [...(byAction.get(b.action) ?? []), keysLabel(b.keys, mac)]);
  return [...byAction].map(([action, keys]) => ({ label: ACTION_LABELS[action], keys }));
}
