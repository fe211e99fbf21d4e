// The core's findings as the editor's underlines: where (UTF-16, as CodeMirror counts), how
// much it matters, and a tooltip with the rule, why, a suggestion and the ways to set it aside.
import type { Action, Diagnostic } from '@codemirror/lint';
import type { Finding } from '../../api/bindings';

export type DismissScope = 'here' | 'rule';

function line(cls: string, text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = cls;
  p.dir = 'auto';
  p.textContent = text;
  return p;
}

function tooltip(f: Finding): HTMLElement {
  const box = document.createElement('div');
  box.className = 'finding-tooltip';
  box.dataset.testid = 'finding-tooltip';
  box.dataset.rule = f.rule;
  box.append(line('rule', f.label), line('message', f.message), line('suggestion', f.suggestion), line('why', f.why));
  return box;
}

export function findingMarks(findings: Finding[], ondismiss: (f: Finding, scope: DismissScope) => void): Diagnostic[] {
  return findings.map((f) => {
    const actions: Action[] = [
      { name: 'Ignore here', apply: () => ondismiss(f, 'here') },
      { name: `Ignore ${f.label.toLowerCase()} in this document`, apply: () => ondismiss(f, 'rule') },
    ];
    return {
      from: f.utf16.start,
      to: f.utf16.end,
      severity: f.severity === 'warning' ? 'warning' : 'info',
      message: `${f.label}: ${f.message}`,
      renderMessage: () => tooltip(f),
      actions,
    };
  });
}
