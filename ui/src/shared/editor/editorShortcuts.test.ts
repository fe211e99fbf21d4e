import { expect, test } from 'vitest';
import { editorShortcuts } from './editorShortcuts';

test('the help lists the editor keys that work, read from its keymap', () => {
  const rows = Object.fromEntries(editorShortcuts(false).map((r) => [r.label, r.keys]));
  expect(rows['Next writing finding (in a document)']).toEqual(['F8']);
  expect(rows['List the writing findings']).toEqual(['Ctrl+Shift+M']);
  expect(rows['Undo']).toEqual(['Ctrl+Z']);
  expect(rows['Redo']).toEqual(['Ctrl+Y', 'Ctrl+Shift+Z']);
  const mac = Object.fromEntries(editorShortcuts(true).map((r) => [r.label, r.keys]));
  expect(mac['Redo']).toEqual(['⌘⇧Z']);
});
