import { flushSync } from 'svelte';
import { beforeEach, expect, test, vi } from 'vitest';
import { render } from '../../test/render';
import type { Navigation } from '../../shared/navigation';
import { useCore, type CoreOptions } from '../../test/core';
import CompetenciesView from './CompetenciesView.svelte';

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

const settle = () => new Promise((r) => setTimeout(r, 0)).then(() => flushSync());

async function setup(options: CoreOptions = {}) {
  const { core, calls } = useCore(options);
  // Two entries of evidence for Coaching.
  for (const title of ['Coached Sam', 'Mentoring Ana']) {
    core.call('create_entry', { draft: { title, body: '', kind: 'reflection', entry_date: '2026-11-20', tags: ['coaching'] } });
  }
  const nav: Navigation = { go: vi.fn(), newEntry: vi.fn(async () => {}), openEntry: vi.fn(async () => {}), openDocument: vi.fn(async () => {}) };
  render(CompetenciesView, { target: document.body, props: { nav } });
  await settle();
  const all = (id: string, root: ParentNode = document) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  const row = (name: string) => all('competency-row').find((r) => r.querySelector('.name')?.textContent === name)!;
  return { calls, nav, all, row };
}

test('rows carry their latest rating and evidence; the radar table and gaps come from the overview', async () => {
  const t = await setup();
  const coaching = t.row('Coaching');
  expect(coaching.dataset.latest).toBe('4');
  expect(t.all('competency-evidence-count', coaching)[0].textContent).toBe('2');
  expect(coaching.textContent).toContain('#coaching');
  expect(coaching.textContent).toContain('▲1');
  expect(t.all('radar-table')[0].textContent).toContain('Coaching');
  expect(t.all('gap-row')[0].textContent).toMatch(/Rated \d of 5, target 4/);
  // Outside the target: folded away until asked for.
  expect(t.row('Business finance')).toBeUndefined();
  t.all('other-competencies')[0].click();
  flushSync();
  expect(t.row('Business finance').dataset.latest).toBe('');
});

test('a row opens its detail with history and evidence; an evidence entry opens in the journal', async () => {
  const t = await setup();
  t.row('Coaching').click();
  await settle();
  expect(t.all('history-table')[0].querySelectorAll('tbody tr')).toHaveLength(2);
  expect(t.calls.find((c) => c.cmd === 'find_entries')?.args.query).toMatchObject({ tags: ['coaching'] });
  const entry = t.all('evidence-entry')[0];
  expect(entry).toBeDefined();
  entry.click();
  expect(t.nav.openEntry).toHaveBeenCalledWith(Number(entry.dataset.entryId));
});

test('a document tagged with the competency is evidence too, listed in the detail and opened from it', async () => {
  const { core, calls } = useCore();
  const doc = core.call<{ id: number }>('create_document', { template: { built_in: 'brief' }, title: 'Growing the on-call rota' });
  core.call('set_document_tags', { id: doc.id, tags: ['coaching'] });
  const nav: Navigation = { go: vi.fn(), newEntry: vi.fn(async () => {}), openEntry: vi.fn(async () => {}), openDocument: vi.fn(async () => {}) };
  render(CompetenciesView, { target: document.body, props: { nav } });
  await settle();
  const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="competency-row"]')];
  const coaching = rows.find((r) => r.querySelector('.name')?.textContent === 'Coaching')!;
  coaching.click();
  await settle();
  expect(calls.find((c) => c.cmd === 'find_documents')?.args.query).toMatchObject({ tag: 'coaching' });
  const listed = document.querySelector<HTMLElement>('[data-testid="evidence-document"]')!;
  expect(listed.textContent).toContain('Growing the on-call rota');
  expect(listed.textContent).toContain('Executive brief');
  expect(coaching.querySelector('.evidence')?.getAttribute('title')).toContain(', 1 document');
  listed.click();
  expect(nav.openDocument).toHaveBeenCalledWith(doc.id);
});

test('a first-time user is taught the scale and invited to the first review', async () => {
  const t = await setup({ empty: true });
  expect(t.all('first-review')[0].textContent).toContain('A strength others learn from');
  t.all('start-review')[0].click();
  await settle();
  expect(t.all('review-dialog')).toHaveLength(1);
  expect(t.all('review-step')[0].textContent).toContain('Strategic thinking');
});

test('rating one competency from its detail records a one-rating review', async () => {
  const t = await setup();
  t.row('Coaching').click();
  await settle();
  t.all('quick-rating-5')[0].click();
  flushSync();
  t.all('quick-rating-save')[0].click();
  await settle();
  const sent = t.calls.filter((c) => c.cmd === 'record_self_review');
  expect(sent).toHaveLength(1);
  expect(sent[0].args.ratings).toEqual([{ competency_id: Number(t.row('Coaching').dataset.competencyId), rating: 5, note: '' }]);
  expect(t.row('Coaching').dataset.latest).toBe('5');
});

test('switching track keeps the target rating and takes a level of that track; the target saves on its own', async () => {
  const t = await setup();
  const select = (id: string) => t.all(id)[0] as HTMLSelectElement;
  const choose = async (id: string, value: string) => {
    select(id).value = value;
    select(id).dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
  };
  const before = t.calls.length;
  await choose('profile-track', 'management');
  expect(t.calls.slice(before).find((c) => c.cmd === 'switch_competency_track')?.args).toEqual({ track: 'management' });
  expect(select('profile-track').value).toBe('management');
  expect(select('profile-level').value).toBe('manager');
  await choose('profile-target', '3');
  expect(t.calls.filter((c) => c.cmd === 'save_competency_profile').at(-1)?.args).toEqual({
    profile: { track: 'management', target_level: 'manager', target_rating: 3 },
  });
  await choose('profile-track', 'ic');
  expect(select('profile-level').value).toBe('senior');
  expect(select('profile-target').value).toBe('3');
});

test('the prompt library is one tab away', async () => {
  const t = await setup();
  t.all('competencies-tab-prompts')[0].click();
  await settle();
  expect(t.all('prompt-library')).toHaveLength(1);
  expect(t.all('prompt-group').length).toBe(4);
});
