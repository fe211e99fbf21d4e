import { describe, expect, test } from 'vitest';
import { isTypingTarget, keysLabel, matchShortcut, shortcutList, type KeyInput } from './shortcuts';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

const linux = { mac: false, typing: false };
const mac = { mac: true, typing: false };

describe('matchShortcut', () => {
  test('Ctrl on Linux and Windows, Cmd on macOS', () => {
    expect(matchShortcut(key('n', { ctrlKey: true }), linux)).toBe('new-entry');
    expect(matchShortcut(key('n', { metaKey: true }), linux)).toBeNull();
    expect(matchShortcut(key('n', { metaKey: true }), mac)).toBe('new-entry');
    expect(matchShortcut(key('n', { ctrlKey: true }), mac)).toBeNull();
  });

  test('every listed combination maps to its action', () => {
    expect(matchShortcut(key('k', { ctrlKey: true }), linux)).toBe('focus-search');
    expect(matchShortcut(key('e', { ctrlKey: true }), linux)).toBe('toggle-preview');
    expect(matchShortcut(key('s', { ctrlKey: true }), linux)).toBe('save');
    expect(matchShortcut(key('d', { ctrlKey: true }), linux)).toBe('toggle-star');
    expect(matchShortcut(key('ArrowDown', { altKey: true }), linux)).toBe('next-entry');
    expect(matchShortcut(key('ArrowUp', { altKey: true }), linux)).toBe('previous-entry');
    expect(matchShortcut(key('Backspace', { ctrlKey: true, shiftKey: true }), linux)).toBe('trash-entry');
    expect(matchShortcut(key('F1'), linux)).toBe('show-help');
  });

  test('modifiers must match exactly', () => {
    expect(matchShortcut(key('Backspace', { ctrlKey: true }), linux)).toBeNull();
    expect(matchShortcut(key('N', { ctrlKey: true, shiftKey: true }), linux)).toBeNull();
    expect(matchShortcut(key('n', { ctrlKey: true, altKey: true }), linux)).toBeNull();
    expect(matchShortcut(key('ArrowDown'), linux)).toBeNull();
  });

  test('Caps Lock does not matter', () => {
    expect(matchShortcut(key('S', { ctrlKey: true }), linux)).toBe('save');
  });

  test('"/" and "?" act only outside text fields, whatever Shift the layout needs', () => {
    expect(matchShortcut(key('/'), linux)).toBe('focus-search');
    expect(matchShortcut(key('?', { shiftKey: true }), linux)).toBe('show-help');
    expect(matchShortcut(key('/', { shiftKey: true }), linux)).toBe('focus-search');
    const typing = { mac: false, typing: true };
    expect(matchShortcut(key('/'), typing)).toBeNull();
    expect(matchShortcut(key('?', { shiftKey: true }), typing)).toBeNull();
    // Chords still work while typing.
    expect(matchShortcut(key('s', { ctrlKey: true }), typing)).toBe('save');
  });
});

test('text fields count as typing; buttons and checkboxes do not', () => {
  const make = (html: string) => {
    const box = document.createElement('div');
    box.innerHTML = html;
    return box.firstElementChild;
  };
  expect(isTypingTarget(make('<input type="text">'))).toBe(true);
  expect(isTypingTarget(make('<input type="search">'))).toBe(true);
  expect(isTypingTarget(make('<textarea></textarea>'))).toBe(true);
  expect(isTypingTarget(make('<input type="checkbox">'))).toBe(false);
  expect(isTypingTarget(make('<button></button>'))).toBe(false);
  expect(isTypingTarget(null)).toBe(false);
});

test('labels read naturally on each platform', () => {
  expect(keysLabel('Mod+Shift+Backspace', false)).toBe('Ctrl+Shift+⌫');
  expect(keysLabel('Mod+Shift+Backspace', true)).toBe('⌘⇧⌫');
  expect(keysLabel('Alt+ArrowDown', false)).toBe('Alt+↓');
  const help = shortcutList(false);
  expect(help.find((h) => h.label === 'Search')?.keys).toEqual(['Ctrl+K', '/']);
});
