import { flushSync } from 'svelte';
import { expect, test, vi } from 'vitest';
import { render } from '../../test/render';
import type { Competency } from '../../api/bindings';
import { useCore } from '../../test/core';
import PromptLibrary from './PromptLibrary.svelte';

const settle = () => new Promise((r) => setTimeout(r, 0)).then(() => flushSync());

async function setup() {
  const { core, calls } = useCore();
  const overview = core.call<{ competencies: { competency: Competency }[] }>('competency_overview');
  const onuse = vi.fn();
  render(PromptLibrary, {
    target: document.body,
    props: { competencies: overview.competencies.map((s) => s.competency), onuse },
  });
  await settle();
  const all = (id: string, root: ParentNode = document) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  const group = (key: string) => document.querySelector<HTMLElement>(`[data-testid="prompt-group"][data-group="${key}"]`)!;
  const type = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
  };
  return { calls, all, group, type, onuse };
}

test('prompts are grouped by quarter, Q1 to Q4, and by competency on request', async () => {
  const t = await setup();
  expect(t.all('prompt-group').map((g) => g.querySelector('h3')!.firstChild!.textContent!.trim())).toEqual([
    'Q1 Business context',
    'Q2 Strategic thinking',
    'Q3 Cross-functional leadership',
    'Q4 Teaching and influence',
  ]);
  t.all('prompts-by-competency')[0].click();
  flushSync();
  expect(t.all('prompt-group')[0].textContent).toContain('Strategic thinking');
  expect(t.all('prompt-group').length).toBeGreaterThan(10);
});

test('a prompt is edited in place, and Escape leaves it as it was', async () => {
  const t = await setup();
  const row = t.all('prompt-row', t.group('q2'))[0];
  t.all('prompt-edit', row)[0].click();
  await settle();
  const input = t.all('prompt-edit-input')[0] as HTMLInputElement;
  expect(document.activeElement).toBe(input);
  t.type(input, 'Which call did you make, and what did you decline?');
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await settle();
  expect(t.calls.find((c) => c.cmd === 'update_prompt')?.args).toMatchObject({ text: 'Which call did you make, and what did you decline?' });
  expect(t.all('prompt-row', t.group('q2'))[0].textContent).toContain('what did you decline?');
  expect(t.all('prompt-edit-input')).toEqual([]);
});

test('hiding and showing again; adding to a quarter; a refusal is shown with the form', async () => {
  const t = await setup();
  const first = () => t.all('prompt-row', t.group('q1'))[0];
  t.all('prompt-hide', first())[0].click();
  await settle();
  expect(first().dataset.hidden).toBe('true');
  t.all('prompt-show', first())[0].click();
  await settle();
  expect(first().dataset.hidden).toBe('false');

  const add = t.all('prompt-add-input', t.group('q3'))[0] as HTMLInputElement;
  t.type(add, 'Who needs to say yes?');
  t.all('prompt-add', t.group('q3'))[0].click();
  await settle();
  expect(t.calls.find((c) => c.cmd === 'add_prompt')?.args).toEqual({ draft: { quarter: 3, text: 'Who needs to say yes?' } });
  expect(t.group('q3').textContent).toContain('Who needs to say yes?');

  t.type(add, '   ');
  expect((t.all('prompt-add', t.group('q3'))[0] as HTMLButtonElement).disabled).toBe(true);
});

test('"Write" starts an entry from a competency prompt with its tag', async () => {
  const t = await setup();
  t.all('prompts-by-competency')[0].click();
  flushSync();
  const coaching = t.all('prompt-group').find((g) => g.querySelector('h3')!.textContent!.includes('Coaching'))!;
  t.all('prompt-use', coaching)[0].click();
  expect(t.onuse).toHaveBeenCalledWith({ title: expect.any(String), tags: ['coaching'] });
});

