import { expect, test } from 'vitest';
import type { CheckIn } from '../../api/bindings';
import { buildDraft, formField, hoursText, formFrom, isSaveKey, parseHours, savedText, scaleComplete, scaleText, stepScale } from './checkin';

const saved: CheckIn = {
  id: 4,
  period: 'week',
  period_start: '2026-11-23',
  meeting_hours: 14.25,
  stress: 7,
  energy: 4,
  imposter: 2,
  note: 'Planning week',
  updated_at: '2026-11-27T16:00:00Z',
};

test('a digit that completes the value moves on; "1" waits for a possible "10"', () => {
  expect(['1', '2', '9', '10', '0', '11'].map((t) => scaleComplete(t, 10))).toEqual([false, true, true, true, true, true]);
  expect(['1', '3', '5', '6'].map((t) => scaleComplete(t, 5))).toEqual([true, true, true, true]);
  expect(scaleComplete('', 10)).toBe(false);
  expect(scaleText('7a')).toBe('7');
  expect(scaleText(' 1 0 9')).toBe('10');
});

test('arrow keys step a scale within its range', () => {
  expect(stepScale('', 1, 10)).toBe('1');
  expect(stepScale('', -1, 10)).toBe('10');
  expect(stepScale('9', 1, 10)).toBe('10');
  expect(stepScale('10', 1, 10)).toBe('10');
  expect(stepScale('1', -1, 5)).toBe('1');
  expect(stepScale('11', -1, 10)).toBe('10');
});

test('meeting hours: empty is "not given", a comma is a decimal point, words are refused', () => {
  expect(parseHours('')).toEqual({ ok: true, value: null });
  expect(parseHours(' 12,5 ')).toEqual({ ok: true, value: 12.5 });
  expect(parseHours('.5')).toEqual({ ok: true, value: 0.5 });
  expect(parseHours('200')).toEqual({ ok: true, value: 200 });
  const bad = parseHours('lots');
  expect(bad.ok).toBe(false);
  expect(!bad.ok && bad.message).toContain('"lots" is not a number of hours');
  expect(parseHours('-3').ok).toBe(false);
});

test('the form opens with the saved check-in for editing, else empty with the calendar hours', () => {
  expect(formFrom(saved, 9)).toEqual({ hours: '14.3', stress: '7', energy: '4', imposter: '2', note: 'Planning week' });
  expect(formFrom({ ...saved, meeting_hours: null }, 9).hours).toBe('9');
  expect(formFrom(null, 11.5)).toEqual({ hours: '11.5', stress: '', energy: '', imposter: '', note: '' });
  expect(formFrom(null, null).hours).toBe('');
});

test('missing and out-of-range values go to the core as typed, so it reports them all', () => {
  const missing = buildDraft({ hours: '', stress: '6', energy: '', imposter: '2', note: '' }, 'week', '2026-11-24');
  expect(missing).toMatchObject({ ok: true, draft: { stress: 6, energy: null, imposter: 2 } });
  const draft = buildDraft({ hours: '11.5', stress: '11', energy: '4', imposter: '2', note: '  busy  ' }, 'week', '2026-11-24');
  expect(draft).toEqual({
    ok: true,
    draft: { period: 'week', date: '2026-11-24', meeting_hours: 11.5, stress: 11, energy: 4, imposter: 2, note: 'busy' },
  });
  expect(buildDraft({ hours: 'x', stress: '', energy: '', imposter: '', note: '' }, 'day', '2026-11-24')).toMatchObject({ ok: false, field: 'hours' });
});

test('the hours field keeps digits and one decimal point', () => {
  expect(hoursText('12,5h')).toBe('12,5');
  expect(hoursText('1.2.3')).toBe('1.23');
  expect(hoursText('abc')).toBe('');
});

test("the core's field points back at the form field", () => {
  expect(formField('stress')).toBe('stress');
  expect(formField('energy')).toBe('energy');
  expect(formField('imposter')).toBe('imposter');
  expect(formField('meeting_hours')).toBe('hours');
  expect(formField('note')).toBe('note');
  expect(formField('date')).toBeNull();
  expect(formField(undefined)).toBeNull();
});

test('the confirmation names the week by its Monday, or the day', () => {
  expect(savedText({ period: 'week', period_start: '2026-11-23' }, 'en-US')).toBe('Saved for the week of Nov 23');
  expect(savedText({ period: 'day', period_start: '2026-11-24' }, 'en-US')).toBe('Saved for Tue, Nov 24');
});

test('Enter saves; Shift+Enter is a new line; Ctrl/Cmd+Enter always saves; IME composition never does', () => {
  const key = (over: Partial<KeyboardEvent>) => ({ key: 'Enter', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, isComposing: false, ...over });
  expect(isSaveKey(key({}))).toBe(true);
  expect(isSaveKey(key({ shiftKey: true }))).toBe(false);
  expect(isSaveKey(key({ shiftKey: true, ctrlKey: true }))).toBe(true);
  expect(isSaveKey(key({ metaKey: true }))).toBe(true);
  expect(isSaveKey(key({ isComposing: true }))).toBe(false);
  expect(isSaveKey(key({ key: 'a' }))).toBe(false);
});
