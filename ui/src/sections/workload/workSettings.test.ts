import { expect, test } from 'vitest';
import answers from '../../test/answers/workload.json';
import type { WorkSettings } from '../../api/bindings';
import { ownerList, settingsForm, settingsFrom } from './workSettings';

/** The settings a new journal has, as the core answers them. */
const DEFAULT_WORK_SETTINGS = answers.states.empty.reads['work_settings {}'] as WorkSettings;

test('settings go to the form and back unchanged', () => {
  const s = { ...DEFAULT_WORK_SETTINGS, owner_addresses: ['me@corp.example', 'me@home.example'], time_zone: 'Europe/Berlin' };
  const form = settingsForm(s);
  expect(form.owners).toBe('me@corp.example\nme@home.example');
  expect(form.thresholds.focus_hours).toBe('10');
  expect(settingsFrom(form)).toEqual({ ok: true, settings: s });
});

test('edits are read as the core wants them: days sorted, addresses one per line, numbers as numbers', () => {
  const form = settingsForm(DEFAULT_WORK_SETTINGS);
  form.workDays = [6, 1, 3];
  form.owners = ' me@corp.example \n\n, me@home.example;';
  form.thresholds.focus_hours = '7,5';
  form.dayStart = ' 08:30 ';
  const r = settingsFrom(form);
  expect(r.ok && r.settings.work_days).toEqual([1, 3, 6]);
  expect(r.ok && r.settings.owner_addresses).toEqual(['me@corp.example', 'me@home.example']);
  expect(r.ok && r.settings.thresholds.focus_hours).toBe(7.5);
  expect(r.ok && r.settings.day_start).toBe('08:30');
  // Spaces inside a line stay, so the core can say which address is wrong.
  expect(ownerList('me at work')).toEqual(['me at work']);
});

test('a threshold that is not a number is named before anything is sent', () => {
  const form = settingsForm(DEFAULT_WORK_SETTINGS);
  form.thresholds.stress_checkins = 'three';
  expect(settingsFrom(form)).toEqual({ ok: false, message: '"three" is not a number. Each threshold is a number, like 50 or 3.' });
  form.thresholds.stress_checkins = '2.5';
  expect(settingsFrom(form).ok).toBe(false);
  form.thresholds.stress_checkins = '';
  expect(settingsFrom(form)).toMatchObject({ ok: false, message: expect.stringContaining('"empty"') });
});
