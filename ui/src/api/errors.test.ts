import { expect, test } from 'vitest';
import { errorField, errorMessage, errorProblems, errorSummary } from './errors';

test('shows the core\'s message, and never "[object Object]"', () => {
  expect(errorMessage({ kind: 'not_found', message: 'Entry 4 is not in the journal.' })).toBe('Entry 4 is not in the journal.');
  expect(errorMessage(new Error('boom'))).toBe('boom');
  expect(errorMessage('plain text')).toBe('plain text');
  for (const odd of [{}, null, undefined, 42, { message: '' }]) {
    const text = errorMessage(odd);
    expect(text).not.toContain('[object');
    expect(text.length).toBeGreaterThan(10);
  }
});

test("reads the field the core named, and nothing from the message's words", () => {
  expect(errorField({ kind: 'invalid_input', message: 'Stress is 11.', field: 'stress' })).toBe('stress');
  expect(errorField({ kind: 'invalid_input', message: 'Stress is 11.' })).toBeNull();
  expect(errorField('Stress is 11.')).toBeNull();
});

test('every problem of a draft, each with its field; one error is a list of one', () => {
  const several = {
    kind: 'invalid_input',
    message: '2 things need fixing; nothing was saved.\n- The title is long.\n- The date is bad.',
    problems: [
      { field: 'title', message: 'The title is long.' },
      { field: 'entry_date', message: 'The date is bad.' },
    ],
  };
  expect(errorProblems(several).map((p) => p.field)).toEqual(['title', 'entry_date']);
  expect(errorSummary(several)).toBe('2 things need fixing; nothing was saved.');
  expect(errorProblems({ kind: 'invalid_input', message: 'Stress is 11.', field: 'stress' })).toEqual([
    { field: 'stress', message: 'Stress is 11.' },
  ]);
  expect(errorProblems({ kind: 'storage', message: 'Disk full.' })).toEqual([]);
});
