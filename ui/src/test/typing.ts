// Puts text into a field as typing would end up: an input's value (with its `input` event), or
// the Markdown editor's whole text (the transaction CodeMirror makes from keys; jsdom cannot
// send real keys into a contenteditable).
import { EditorView } from '@codemirror/view';
import { flushSync } from 'svelte';

export function type(el: HTMLElement, value: string): void {
  const editor = EditorView.findFromDOM(el);
  if (editor) {
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value }, userEvent: 'input.type' });
  } else {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }
  flushSync();
}

/** The text a field holds: an input's value or the editor's document. */
export function valueOf(el: HTMLElement): string {
  return EditorView.findFromDOM(el)?.state.doc.toString() ?? (el as HTMLInputElement).value;
}
