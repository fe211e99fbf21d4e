import { flushSync } from 'svelte';
import { expect, test, vi } from 'vitest';
import { render } from '../../test/render';
import type { CompetencyProfile } from '../../api/bindings';
import ProfileBar from './ProfileBar.svelte';

const settle = () => new Promise((r) => setTimeout(r, 0)).then(() => flushSync());

function setup(answer: string | null) {
  const profile: CompetencyProfile = { track: 'ic', target_level: 'staff_principal', target_rating: 4 };
  const onsave = vi.fn(async () => answer);
  const ontrack = vi.fn(async () => answer);
  render(ProfileBar, { target: document.body, props: { profile, onsave, ontrack } });
  flushSync();
  const select = (id: string) => document.querySelector<HTMLSelectElement>(`[data-testid="${id}"]`)!;
  const choose = (id: string, value: string) => {
    select(id).value = value;
    select(id).dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
  };
  const options = (id: string) => [...select(id).options].map((o) => o.value);
  return { select, choose, options, onsave, ontrack };
}

test('both tracks are offered; switching track asks the core for it and offers that track\'s levels', async () => {
  const t = setup(null);
  expect(t.options('profile-track')).toEqual(['ic', 'management']);
  expect(t.options('profile-level')).toEqual(['senior', 'staff_principal']);
  expect(document.body.textContent).toContain('stay an individual contributor is a legitimate outcome');
  t.choose('profile-track', 'management');
  await settle();
  // The core picks the level that belongs to the track (CompetenciesView.test.ts shows its answer).
  expect(t.ontrack).toHaveBeenLastCalledWith('management');
  expect(t.onsave).not.toHaveBeenCalled();
  expect(t.options('profile-level')).toEqual(['manager']);
});

test('a refused profile shows the core\'s message and the stored choice again', async () => {
  const t = setup('Settings could not be saved: disk full');
  t.choose('profile-track', 'management');
  await settle();
  expect(document.querySelector('[data-testid="profile-error"]')?.textContent).toBe('Settings could not be saved: disk full');
  expect(t.select('profile-track').value).toBe('ic');
  expect(t.select('profile-level').value).toBe('staff_principal');
});
