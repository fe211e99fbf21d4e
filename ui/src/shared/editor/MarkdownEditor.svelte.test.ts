import { EditorView } from '@codemirror/view';
import { undo } from '@codemirror/commands';
import { flushSync } from 'svelte';
import { expect, test } from 'vitest';
import { render } from '../../test/render';
import MarkdownEditor from './MarkdownEditor.svelte';
import { editorKeys } from './setup';

function mountEditor(props: Partial<Record<string, unknown>> = {}) {
  const seen: string[] = [];
  const refusals: string[] = [];
  const state = $state({ value: 'First entry.', diagnostics: [] as unknown[] });
  render(MarkdownEditor, {
    target: document.body,
    props: {
      id: 'body-input',
      testid: 'body-input',
      label: 'Entry text',
      placeholder: 'Write',
      get value() {
        return state.value;
      },
      get diagnostics() {
        return state.diagnostics;
      },
      onchange: (t: string) => seen.push(t),
      onrefused: (m: string) => refusals.push(m),
      ...props,
    } as never,
  });
  flushSync();
  const content = document.querySelector<HTMLElement>('[data-testid="body-input"]')!;
  return { seen, refusals, state, content, view: EditorView.findFromDOM(content)! };
}

test('the text area is a labelled field whose direction follows the text, and reads like one', () => {
  const { content } = mountEditor();
  expect(content.id).toBe('body-input');
  expect(content.getAttribute('aria-label')).toBe('Entry text');
  expect(content.getAttribute('dir')).toBe('auto');
  expect(content.isContentEditable || content.getAttribute('contenteditable')).toBeTruthy();
  expect((content as unknown as { value: string }).value).toBe('First entry.');
});

test('each edit reports the whole text; the text coming back is not taken for a new one', () => {
  const { seen, state, view } = mountEditor();
  view.dispatch({ changes: { from: view.state.doc.length, insert: ' More.' } });
  expect(seen).toEqual(['First entry. More.']);
  state.value = seen[0];
  flushSync();
  // Still the same editing session: undo takes back the typed words.
  undo(view);
  expect(view.state.doc.toString()).toBe('First entry.');
});

test('another text replaces the editor state, so undo cannot bring back the previous one', () => {
  const { state, view } = mountEditor();
  view.dispatch({ changes: { from: 0, insert: 'Typed. ' } });
  state.value = 'Another entry.';
  flushSync();
  expect(view.state.doc.toString()).toBe('Another entry.');
  expect(undo(view)).toBe(false);
  expect(view.state.doc.toString()).toBe('Another entry.');
});

test('a paste the section refuses changes nothing and says why', () => {
  const results: string[] = [];
  const { content, view, refusals } = mountEditor({
    refusePaste: (_: string, result: string) => (results.push(result), result.length > 20 ? 'Too long to paste here.' : null),
  });
  view.dispatch({ selection: { anchor: 6, head: 11 } });
  // jsdom has no DataTransfer: the event carries what the clipboard would.
  const paste = Object.assign(new Event('paste', { bubbles: true, cancelable: true }), {
    clipboardData: { getData: (type: string) => (type === 'text/plain' ? 'paste that is far too long' : '') },
  });
  content.dispatchEvent(paste);
  expect(paste.defaultPrevented).toBe(true);
  expect(results).toEqual(['First paste that is far too long.']);
  expect(refusals).toEqual(['Too long to paste here.']);
  expect(view.state.doc.toString()).toBe('First entry.');
});

test('diagnostics are underlined over their words', () => {
  const { state } = mountEditor();
  state.diagnostics = [{ from: 6, to: 11, severity: 'warning', message: 'Vague.' }];
  flushSync();
  expect([...document.querySelectorAll('.cm-lintRange-warning')].map((e) => e.textContent)).toEqual(['entry']);
});

test("the app's own keys (next and previous entry) are left to the app", () => {
  const keys = editorKeys.map((k) => k.key);
  expect(keys).toContain('Mod-z');
  expect(keys).not.toContain('Alt-ArrowUp');
  expect(keys).not.toContain('Alt-ArrowDown');
});
