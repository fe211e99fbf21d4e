import { beforeEach, describe, expect, test } from 'vitest';
import { useCore } from '../../test/core';
import { banner } from '../../shared/banner.svelte';
import { competencyCatalogue } from './competencyCatalogue.svelte';
import { CompetencyScreen } from './competencyScreen.svelte';
import { reviewRatings, rate, startReview, next, setNote } from './competencies';

/** A journal with no self-review yet behind `invoke`; `refuse` makes one command fail as the core would. */
function setup(refuse?: { cmd: string; message: string }) {
  const { calls } = useCore({
    empty: true,
    around: (cmd, _args, answer) => {
      if (cmd === refuse?.cmd) throw { kind: 'invalid_input', message: refuse.message };
      return answer();
    },
  });
  return { screen: new CompetencyScreen(), calls, sent: () => calls.map((c) => c.cmd) };
}

beforeEach(() => banner.dismiss());

describe('CompetencyScreen', () => {
  test('a guided review is saved as one call with every rating, and its overview replaces the old', async () => {
    const { screen, calls, sent } = setup();
    await screen.load();
    expect(screen.overview?.review_count).toBe(0);

    let review = startReview(screen.overview!.competencies);
    review = rate(review, 3, true);
    review = rate(review, 2);
    review = setNote(review, 'no budget talks yet');
    review = next(next(review));
    review = rate(review, 4, true);
    const error = await screen.recordReview(reviewRatings(review));

    expect(error).toBeNull();
    expect(sent().filter((c) => c === 'record_self_review')).toHaveLength(1);
    const [first, second, third] = screen.overview!.competencies;
    expect(calls.find((c) => c.cmd === 'record_self_review')!.args.ratings).toEqual([
      { competency_id: first.competency.id, rating: 3, note: '' },
      { competency_id: second.competency.id, rating: 2, note: 'no budget talks yet' },
      { competency_id: review.steps[3].id, rating: 4, note: '' },
    ]);
    expect(screen.overview?.review_count).toBe(1);
    expect(first.latest).toBe(3);
    expect(third.latest).toBeNull();
  });

  test('a refused profile keeps the shown overview and hands the core\'s message to the form', async () => {
    const { screen } = setup({ cmd: 'save_competency_profile', message: 'The target rating is 9; it must be from 1 to 5.' });
    await screen.load();
    const before = screen.overview;
    const error = await screen.saveProfile({ track: 'ic', target_level: 'senior', target_rating: 9 });
    expect(error).toBe('The target rating is 9; it must be from 1 to 5.');
    expect(screen.overview).toBe(before);
    expect(banner.message).toBeNull();
  });

  test('changing the target changes which competencies are relevant', async () => {
    const { screen } = setup();
    await screen.load();
    const names = () => screen.sections.relevant.map((s) => s.competency.name);
    // A new journal aims at senior on the IC track.
    expect(names()).toContain('Business metrics');
    expect(names()).not.toContain('Business finance');
    expect(await screen.saveProfile({ track: 'management', target_level: 'manager', target_rating: 4 })).toBeNull();
    expect(names()).toContain('Business finance');
    expect(names()).not.toContain('Business metrics');
  });

  test('an added competency opens, and the editor\'s competency tags follow at once', async () => {
    const { screen } = setup();
    await screen.load();
    expect(await screen.addCompetency({ name: 'Stakeholder management', description: '', tag: '' })).toBeNull();
    expect(screen.selectedStatus?.competency).toMatchObject({ name: 'Stakeholder management', tag: 'stakeholder-management' });
    expect(competencyCatalogue.tags.get('stakeholder-management')).toBe('Stakeholder management');

    // A second one with the same name is refused with the core's words.
    expect(await screen.addCompetency({ name: 'stakeholder management', description: '', tag: '' })).toContain('already uses this name');
  });

  test('archiving moves a competency out of the relevant list; a failure goes to the banner', async () => {
    const { screen } = setup();
    await screen.load();
    const id = screen.sections.relevant[0].competency.id;
    await screen.setArchived(id, true);
    expect(screen.sections.archived.map((s) => s.competency.id)).toEqual([id]);
    expect(competencyCatalogue.tags.has(screen.sections.archived[0].competency.tag)).toBe(false);

    const failing = setup({ cmd: 'set_competency_archived', message: 'There is no competency with id 99.' });
    await failing.screen.load();
    await failing.screen.setArchived(99, true);
    expect(banner.message).toBe('There is no competency with id 99.');
  });

  test('selecting toggles the open detail', async () => {
    const { screen } = setup();
    await screen.load();
    screen.select(3);
    expect(screen.selectedStatus?.competency.id).toBe(3);
    screen.select(3);
    expect(screen.selectedStatus).toBeNull();
  });
});
