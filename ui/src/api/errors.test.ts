import { expect, test } from 'vitest';
import { errorField, errorMessage } from './errors';

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
