// The text's own keys worth knowing (next finding, the findings list, undo and redo), for the
// shortcuts help: read from the editor's keymap, so the help cannot drift from what works.
import { redo, undo } from '@codemirror/commands';
import { nextDiagnostic, openLintPanel } from '@codemirror/lint';
import type { KeyBinding } from '@codemirror/view';
import { keysLabel } from '../shortcuts';
import { editorKeys } from './setup';

const WORTH_KNOWING: [string, KeyBinding['run']][] = [
  ['Next writing finding (in a document)', nextDiagnostic],
  ['List the writing findings', openLintPanel],
  ['Undo', undo],
  ['Redo', redo],
];

/** CodeMirror's "Mod-Shift-m" as the app's "Mod+Shift+M" (a binding may be for one platform). */
function appKeys(b: KeyBinding, mac: boolean): string {
  const keys = (mac ? b.mac || b.key : b.key || b.linux) ?? '';
  return keys
    .split('-')
    .map((p) => (p.length === 1 ? p.toUpperCase() : p))
    .join('+');
}

export function editorShortcuts(mac: boolean): { label: string; keys: string[] }[] {
  return WORTH_KNOWING.map(([label, run]) => ({
    label,
    keys: [
      ...new Set(
        editorKeys
          .filter((b) => b.run === run)
          .map((b) => appKeys(b, mac))
          .filter((k) => k !== '')
          .map((k) => keysLabel(k, mac)),
      ),
    ],
  })).filter((row) => row.keys.length > 0);
}
