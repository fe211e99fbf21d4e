import { flushSync } from 'svelte';
import { afterEach, expect, test, vi } from 'vitest';
import { render } from '../../test/render';
import { type, valueOf } from '../../test/typing';
import { useCore } from '../../test/core';
import DocumentsView from './DocumentsView.svelte';
import { CHECK_DELAY_MS, Documents } from './documents.svelte';

const settle = () => new Promise((r) => setTimeout(r, 0)).then(() => flushSync());
const all = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const one = (id: string) => all(id)[0];

// Each test's documents, so a check one test left waiting cannot reach the next one's core.
const opened: Documents[] = [];
afterEach(() => opened.splice(0).forEach((d) => d.dispose()));

async function setup() {
  const { calls } = useCore();
  const docs = new Documents();
  opened.push(docs);
  render(DocumentsView, { target: document.body, props: { docs } });
  await settle();
  return { calls, docs };
}

test('with no documents, the templates are offered, each with its sections', async () => {
  await setup();
  expect(one('documents-empty').textContent).toContain('will be listed here');
  const cards = all('template-chooser')[0].querySelectorAll('.card');
  expect(cards.length).toBe(5);
  expect(one('template-brief').textContent).toContain('Bottom line and the ask · Impact in numbers');
});

test('a template is changed in place, refused field by field first, and a document of ones own becomes a template', async () => {
  const t = await setup();
  const edit = (name: string) => all('edit-template').find((b) => b.dataset.name === name)!;
  edit('Executive brief').click();
  flushSync();
  expect(valueOf(one('template-body'))).toContain('## Bottom line and the ask');
  expect((one('template-kind') as HTMLSelectElement).disabled).toBe(true);
  enter('template-name', 'Feature writeup');
  one('template-save').click();
  await settle();
  expect(one('template-name-problems').textContent).toContain('already a template called "Feature writeup"');
  enter('template-name', 'Our brief');
  type(one('template-body'), `## The decision\n\n${valueOf(one('template-body'))}`);
  one('template-save').click();
  await settle();
  expect(all('template-form')).toEqual([]);
  expect(one('template-brief').dataset.name).toBe('Our brief');
  expect(one('template-brief').textContent).toContain('The decision · Bottom line and the ask');
  expect(one('template-chooser').textContent).toContain('Edited');

  one('template-brief').click();
  await settle();
  expect(valueOf(one('document-body'))).toMatch(/^## The decision\n\n## Bottom line and the ask/);
  expect((one('document-kind') as HTMLSelectElement).selectedOptions[0].textContent).toBe('Executive brief');
  type(one('document-title'), 'Quarterly ask');
  one('save-as-template').click();
  await settle();
  expect(t.calls.filter((c) => c.cmd === 'add_document_template').at(-1)?.args.draft).toMatchObject({ kind: 'brief', name: 'Quarterly ask' });

  one('new-document').click();
  await settle();
  const mine = all('template-own');
  expect(mine.map((c) => c.dataset.name)).toEqual(['Quarterly ask']);
  // Deleted with Undo; the built-in one reset to the original.
  edit('Quarterly ask').click();
  flushSync();
  one('template-delete').click();
  await settle();
  expect(all('template-own')).toEqual([]);
  one('undo-template-delete').click();
  await settle();
  expect(all('template-own').map((c) => c.dataset.name)).toEqual(['Quarterly ask']);
  edit('Our brief').click();
  flushSync();
  one('template-reset').click();
  await settle();
  expect(one('template-brief').dataset.name).toBe('Executive brief');
});

test('a brief from its template: the checks follow the text after a pause, and a finding can be set aside', async () => {
  const t = await setup();
  one('template-brief').click();
  await settle();
  vi.useFakeTimers();
  try {
    expect(valueOf(one('document-body'))).toContain('## Bottom line and the ask');
    expect(one('check-bottom-line-first').dataset.passed).toBe('false');

    type(one('document-body'), 'I recommend we ship by March 31. Nearly all customers asked for it.');
    const checks = () => t.calls.filter((c) => c.cmd === 'check_document').length;
    const before = checks();
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS - 1);
    expect(checks()).toBe(before);
    await vi.advanceTimersByTimeAsync(1);
    flushSync();
    expect(checks()).toBe(before + 1);
    expect(one('check-bottom-line-first').dataset.passed).toBe('true');
    const weasel = all('finding').find((f) => f.dataset.rule === 'weasel')!;
    expect(weasel.textContent).toContain('"Nearly all" is a quantity without a number.');
    // The same finding is underlined in the text, over exactly its words.
    const underlined = [...document.querySelectorAll('.cm-lintRange')].map((u) => u.textContent);
    expect(underlined).toContain('Nearly all');

    weasel.querySelector<HTMLElement>('[data-testid="ignore-here"]')!.click();
    await vi.runOnlyPendingTimersAsync();
    flushSync();
    expect(all('finding').some((f) => f.dataset.rule === 'weasel')).toBe(false);
    expect([...document.querySelectorAll('.cm-lintRange')].map((u) => u.textContent)).not.toContain('Nearly all');
    expect(t.calls.some((c) => c.cmd === 'set_document_dismissals')).toBe(true);
    // The autosave came too, and the list shows what the checks said.
    await vi.runOnlyPendingTimersAsync();
    flushSync();
    expect(t.calls.some((c) => c.cmd === 'save_document')).toBe(true);
    expect(one('row-checks').textContent).toBe('1/5 checks');
  } finally {
    vi.useRealTimers();
  }
});

test('moving to the trash offers Undo, and the trash lists it with Restore', async () => {
  const t = await setup();
  one('template-note').click();
  await settle();
  one('document-trash').click();
  await settle();
  expect(all('document-row')).toEqual([]);
  one('documents-trash').click();
  await settle();
  expect(all('document-row').length).toBe(1);
  one('restore-document').click();
  await settle();
  expect(t.calls.some((c) => c.cmd === 'restore_document')).toBe(true);
  expect(all('document-row')).toEqual([]);
});

test('tags are set from the editor as the core writes them; a refused one is explained and given back', async () => {
  const t = await setup();
  one('template-brief').click();
  await settle();
  const input = one('tag-input') as HTMLInputElement;
  input.value = '#Exec-Communication, q2';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
  expect(t.calls.filter((c) => c.cmd === 'set_document_tags').at(-1)?.args.tags).toEqual(['#Exec-Communication', ' q2']);
  expect(all('tag-chip').map((c) => c.textContent)).toEqual(['exec-communication', 'q2']);
  // A competency's tag is marked as evidence, and the list shows the tags.
  expect(all('tag-chip')[0].dataset.competency).toBe('true');
  expect(one('row-tags').textContent).toBe('#exec-communication #q2');

  input.value = 'two words,';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
  expect(one('tag-error').textContent).toContain('two words');
  expect(input.value).toBe('two words');
  expect(all('tag-chip').map((c) => c.textContent)).toEqual(['exec-communication', 'q2']);

  all('tag-chip')[1].querySelector('button')!.click();
  await settle();
  expect(all('tag-chip').map((c) => c.textContent)).toEqual(['exec-communication']);
  expect(all('tag-error')[0]?.textContent ?? '').toBe('');
});

function enter(testid: string, text: string, root: ParentNode = document) {
  const input = root.querySelector<HTMLInputElement>(`[data-testid="${testid}"]`)!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

test('the glossary panel adds a term of ones own, refused field by field first, and the checks follow it', async () => {
  const t = await setup();
  one('template-note').click();
  await settle();
  type(one('document-body'), 'Our blast radius and our MTTR are small.');
  await t.docs.check();
  flushSync();
  const jargon = () => all('finding').filter((f) => f.dataset.rule === 'jargon').map((f) => f.textContent ?? '');
  expect(jargon()).toHaveLength(1);

  one('tab-glossary').click();
  await settle();
  expect(one('glossary-panel').textContent).toMatch(/\d{2} terms/);
  one('glossary-add').click();
  flushSync();
  enter('glossary-terms', 'p99, ');
  one('glossary-save').click();
  await settle();
  expect(one('glossary-terms-problems').textContent).toContain('under "p99 latency"');
  expect(one('glossary-plain-problems').textContent).toContain('Write what to say instead');

  enter('glossary-terms', 'blast radius');
  enter('glossary-plain', 'how much breaks when one part fails');
  one('glossary-save').click();
  await settle();
  expect(all('glossary-form')).toEqual([]);
  const mine = all('glossary-term').find((r) => r.dataset.term === 'blast radius')!;
  expect(mine.textContent).toContain('Yours');

  // Stop flagging a built-in one: its underline goes; the checks ran again on their own.
  const mttr = all('glossary-term').find((r) => r.dataset.term === 'MTTR')!;
  mttr.querySelector<HTMLElement>('[data-testid="glossary-hide"]')!.click();
  await settle();
  one('tab-checks').click();
  await settle();
  expect(jargon()).toHaveLength(1);
  expect(jargon()[0]).toContain('how much breaks when one part fails');
});

test('text that cannot be saved never traps the writer: it is kept in the history, to reopen and fix', async () => {
  const t = await setup();
  one('template-note').click();
  await settle();
  type(one('document-title'), 'Terminal paste');
  type(one('document-body'), 'Output \u0007 pasted.');
  // Leaving for a new document: the save is refused, so the text is kept instead.
  one('new-document').click();
  await settle();
  expect(t.calls.some((c) => c.cmd === 'keep_unsaved_document')).toBe(true);
  expect(one('template-chooser')).toBeTruthy();
  all('document-row')[0].querySelector('button')!.click();
  await settle();
  one('tab-history').click();
  await settle();
  const kept = all('revision').find((r) => r.dataset.reason === 'unsaved')!;
  expect(kept.textContent).toContain('Could not be saved');
  kept.querySelector<HTMLElement>('[data-testid="reopen-revision"]')!.click();
  await settle();
  expect(valueOf(one('document-body'))).toBe('Output \u0007 pasted.');
});

test('one check at a time: asked again while one runs, it runs once more on the latest text', async () => {
  const t = await setup();
  one('template-note').click();
  await settle();
  const checks = () => t.calls.filter((c) => c.cmd === 'check_document');
  const before = checks().length;
  // The checks that typing asks for after a pause are held back, to ask by hand.
  vi.useFakeTimers();
  try {
    type(one('document-body'), 'First words.');
    const first = t.docs.check();
    type(one('document-body'), 'Nearly all of it.');
    void t.docs.check();
    void t.docs.check();
    await first;
    await vi.advanceTimersByTimeAsync(1);
    flushSync();
    const ran = checks().slice(before);
    expect(ran.map((c) => c.args.body)).toEqual(['First words.', 'Nearly all of it.']);
    expect(all('finding').some((f) => f.dataset.rule === 'weasel')).toBe(true);
  } finally {
    vi.useRealTimers();
  }
});

test('a long list of findings shows a hundred at a time, the rest on asking', async () => {
  const t = await setup();
  one('template-note').click();
  await settle();
  type(one('document-body'), 'Nearly all of it failed. '.repeat(130));
  await t.docs.check();
  flushSync();
  const weasels = () => all('finding').filter((f) => f.dataset.rule === 'weasel').length;
  expect(weasels()).toBe(100);
  expect(one('more-findings').textContent?.trim()).toBe('Show 30 more of 30');
  one('more-findings').click();
  flushSync();
  expect(weasels()).toBe(130);
  expect(all('more-findings')).toEqual([]);
});

function fill(field: string, text: string) {
  const input = one(`roi-field-${field}`) as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

test('the ROI form writes its model into the text under the ROI heading, and reads it back', async () => {
  const t = await setup();
  one('template-writeup').click();
  await settle();
  one('tab-roi').click();
  await settle();
  expect(one('roi-panel').textContent).toContain('The model goes into the text');
  expect((one('roi-field-horizon_months') as HTMLInputElement).value).toBe('24');
  fill('one_off.people', '3');
  fill('one_off.weeks', '10');
  fill('one_off.cost_per_person_week', '4,000');
  fill('benefits_per_month.costs_saved', '9000');
  await vi.waitFor(() => {
    flushSync();
    expect(one('roi-figures').textContent).toContain('Investing $120k returns');
  });

  one('roi-apply').click();
  await settle();
  const text = valueOf(one('document-body'));
  expect(text).toMatch(/## ROI\n\n<!-- [^\n]+ -->\n\n```roi\nhorizon_months: 24\n/);
  expect(text).toContain('  cost_per_person_week: 4000\n');
  // The text is read back: the form now edits the block it wrote.
  await vi.waitFor(() => {
    flushSync();
    expect(one('roi-apply').textContent).toContain('Update the model');
  });
  expect((one('roi-choose') as HTMLSelectElement).selectedOptions[0].textContent).toMatch(/The model on line \d+/);
  expect(one('roi-table').textContent).toContain('Payback');
  // Saving the text keeps the form on its model.
  await vi.waitFor(() => expect(t.calls.some((c) => c.cmd === 'save_document')).toBe(true), { timeout: 3000 });
  flushSync();
  expect((one('roi-choose') as HTMLSelectElement).value).toBe('0');
  expect((one('roi-field-one_off.people') as HTMLInputElement).value).toBe('3');
});

test('wrong fields are each named beside themselves, and the text is left as it is', async () => {
  await setup();
  one('template-brief').click();
  await settle();
  one('tab-roi').click();
  await settle();
  const before = valueOf(one('document-body'));
  fill('horizon_months', '-3');
  fill('annual_discount_rate', '500');
  fill('one_off.people', 'three');
  one('roi-apply').click();
  await settle();
  expect(one('roi-problem-horizon_months').textContent).toContain('Horizon is -3; give a whole number of months from 1 to 600');
  expect(one('roi-problem-annual_discount_rate').textContent).toContain('Discount rate is 500 %');
  expect(one('roi-problem-one_off.people').textContent).toContain('People is "three", not a number');
  expect(one('roi-field-horizon_months').getAttribute('aria-invalid')).toBe('true');
  expect(valueOf(one('document-body'))).toBe(before);
});

test('Save as… asks where; cancelling the dialog writes nothing', async () => {
  const t = await setup();
  one('template-note').click();
  await settle();
  one('export-as').click();
  await vi.waitFor(() => expect(t.calls.some((c) => c.cmd === 'choose_export_path')).toBe(true));
  await settle();
  expect(t.calls.some((c) => c.cmd === 'export_document')).toBe(false);
  expect(document.querySelector('[data-testid="error-banner"]')).toBeNull();
});
