// What the Markdown editor is made of: the language (Markdown with GitHub's tables and task
// lists, no embedded code modes, so the bundle stays small), undo, the keys, soft wrap, and a
// look that follows the app's theme through its CSS variables.
import { history, defaultKeymap, historyKeymap } from '@codemirror/commands';
import { HighlightStyle, LanguageSupport, syntaxHighlighting } from '@codemirror/language';
import { markdownLanguage } from '@codemirror/lang-markdown';
import { lintKeymap } from '@codemirror/lint';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, drawSelection, keymap, placeholder, type KeyBinding } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { styleNonce } from './styleNonce';

/** Keys the app uses for itself (next and previous entry): the editor leaves them alone. */
const APP_KEYS = new Set(['Alt-ArrowUp', 'Alt-ArrowDown']);

export const editorKeys: readonly KeyBinding[] = [...defaultKeymap, ...historyKeymap, ...lintKeymap].filter(
  (b) => !b.key || !APP_KEYS.has(b.key),
);

const markdownLook = HighlightStyle.define([
  { tag: tags.heading, fontWeight: '650' },
  { tag: tags.heading1, fontSize: '1.2em' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: [tags.link, tags.url], color: 'var(--accent)' },
  { tag: tags.monospace, fontFamily: 'var(--font-mono)', fontSize: '0.9em' },
  { tag: tags.quote, color: 'var(--text-muted)' },
  // The marks (#, *, -, >) and the templates' hints (HTML comments) step back from the prose.
  { tag: [tags.processingInstruction, tags.contentSeparator, tags.meta], color: 'var(--text-muted)' },
  { tag: tags.comment, color: 'var(--text-muted)', fontStyle: 'italic' },
]);

const look = EditorView.theme({
  '&': { height: '100%', background: 'transparent', color: 'var(--text)' },
  // Where the focus is, for the keyboard: a bar down the text's left edge (an outline on the
  // content would be clipped by the scroller).
  '&.cm-focused': { outline: 'none', boxShadow: 'inset 3px 0 0 var(--focus)' },
  '.cm-scroller': { font: '16px/1.7 var(--font-read)', overflow: 'auto' },
  '.cm-content': { maxWidth: 'calc(70ch + 56px)', minHeight: '100%', padding: '20px 28px 40px', caretColor: 'var(--text)' },
  '.cm-line': { padding: '0' },
  '.cm-cursor': { borderLeftColor: 'var(--text)', borderLeftWidth: '2px' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    background: 'color-mix(in srgb, var(--accent) 30%, transparent) !important',
  },
  '.cm-placeholder': { color: 'var(--text-muted)', opacity: '0.8' },
  // Findings: a dotted line under the words, coloured by how much they matter.
  '.cm-lintRange': { backgroundImage: 'none', paddingBottom: '1px' },
  '.cm-lintRange-warning': { borderBottom: '2px solid var(--warn)' },
  '.cm-lintRange-info': { borderBottom: '2px dotted var(--accent)' },
  '.cm-tooltip': {
    border: '1px solid var(--border-strong)',
    borderRadius: 'var(--radius)',
    background: 'var(--surface)',
    color: 'var(--text)',
    boxShadow: 'var(--shadow)',
    font: '13px/1.45 var(--font-ui)',
  },
  '.cm-tooltip-lint': { maxWidth: '380px', padding: '0' },
  '.cm-diagnostic': { padding: '10px 12px', borderLeft: '3px solid var(--accent)' },
  '.cm-diagnostic-warning': { borderLeftColor: 'var(--warn)' },
  '.cm-diagnosticAction': {
    margin: '8px 8px 0 0',
    padding: '2px 8px',
    border: '1px solid var(--border-strong)',
    borderRadius: 'var(--radius-small)',
    background: 'var(--surface)',
    color: 'var(--accent)',
    font: 'inherit',
    cursor: 'pointer',
  },
  '.cm-panels': { background: 'var(--bg-list)', color: 'var(--text)', borderColor: 'var(--border)' },
  '.cm-panel.cm-panel-lint ul [aria-selected]': { background: 'var(--selected)' },
});

export interface EditorSetup {
  /** The element's id, so shortcuts can move the focus to it. */
  id: string;
  testid: string;
  label: string;
  placeholder: string;
}

/** Everything but the text: the same for the journal and documents. */
export function editorExtensions(setup: EditorSetup, extra: Extension[]): Extension[] {
  return [
    history(),
    drawSelection(),
    keymap.of(editorKeys),
    syntaxHighlighting(markdownLook),
    new LanguageSupport(markdownLanguage),
    EditorView.lineWrapping,
    EditorState.allowMultipleSelections.of(false),
    placeholder(setup.placeholder),
    EditorView.contentAttributes.of({
      id: setup.id,
      'data-testid': setup.testid,
      'aria-label': setup.label,
      // As a text field: the direction follows the text, spelling is checked.
      dir: 'auto',
      spellcheck: 'true',
    }),
    look,
    EditorView.cspNonce.of(styleNonce() ?? ''),
    ...extra,
  ];
}
