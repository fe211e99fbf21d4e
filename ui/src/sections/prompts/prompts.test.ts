import { describe, expect, test } from 'vitest';
import type { Competency, Prompt } from '../../api/bindings';
import { byCompetency, byQuarter, isBlankNewEntry, seedFrom, seedFromPrompt } from './prompts';

const prompt = (id: number, where: { quarter?: number; competency?: number }, hidden = false): Prompt => ({
  id,
  quarter: where.quarter ?? null,
  competency_id: where.competency ?? null,
  competency_name: where.competency ? `C${where.competency}` : null,
  text: `P${id}`,
  builtin: id < 100,
  hidden,
});

const competency = (id: number, archived = false): Competency => ({
  id,
  name: `C${id}`,
  description: '',
  tag: `c${id}`,
  groups: ['leadership'],
  archived,
});

const library = [prompt(1, { quarter: 2 }), prompt(2, { quarter: 1 }), prompt(3, { quarter: 2 }, true), prompt(4, { competency: 3 }), prompt(5, { competency: 1 }), prompt(6, { competency: 9 })];

describe('the prompt library', () => {
  test('one group per quarter in order, with the track\'s focus and the hidden ones counted', () => {
    const groups = byQuarter(library);
    expect(groups.map((g) => g.title)).toEqual(['Q1 Business context', 'Q2 Strategic thinking', 'Q3 Cross-functional leadership', 'Q4 Teaching and influence']);
    expect(groups[1].prompts.map((p) => p.id)).toEqual([1, 3]);
    expect(groups[1]).toMatchObject({ quarter: 2, competencyId: null, hiddenCount: 1 });
    expect(groups[2].prompts).toEqual([]);
  });

  test('competency groups follow the given order, keep empty active ones, and put archived ones with prompts last', () => {
    const groups = byCompetency(library, [competency(3), competency(2), competency(1, true), competency(4, true)]);
    expect(groups.map((g) => [g.title, g.prompts.map((p) => p.id), g.archived])).toEqual([
      ['C3', [4], false],
      ['C2', [], false],
      ['C1', [5], true],
      // A prompt whose competency is unknown is still listed, under its stored name.
      ['C9', [6], false],
    ]);
    expect(groups[1]).toMatchObject({ quarter: null, competencyId: 2 });
  });
});

describe('starting an entry from a prompt', () => {
  test('the question becomes the title; a competency prompt brings its tag', () => {
    expect(seedFrom({ prompt_id: 1, text: 'Q?', reason: 'r', tags: ['coaching'] })).toEqual({ title: 'Q?', tags: ['coaching'] });
    expect(seedFromPrompt(prompt(4, { competency: 3 }), [competency(3)])).toEqual({ title: 'P4', tags: ['c3'] });
    expect(seedFromPrompt(prompt(1, { quarter: 2 }), [competency(3)])).toEqual({ title: 'P1', tags: [] });
  });

  test('prompts are offered only on a new entry nobody has written in', () => {
    expect(isBlankNewEntry({ id: null, title: '', body: '  ' })).toBe(true);
    expect(isBlankNewEntry({ id: null, title: 'A', body: '' })).toBe(false);
    expect(isBlankNewEntry({ id: null, title: '', body: 'x' })).toBe(false);
    expect(isBlankNewEntry({ id: 4, title: '', body: '' })).toBe(false);
    expect(isBlankNewEntry(null)).toBe(false);
  });
});
