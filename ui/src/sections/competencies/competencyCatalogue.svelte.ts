// The competencies, shared by the editor (tag picker, marked tag chips) and kept fresh by the
// competency screen whenever it changes them.
import { api } from '../../api';
import type { Competency, CompetencyOverview } from '../../api/bindings';
import { competencyTags } from './competencies';

export interface CatalogueItem {
  competency: Competency;
  /** Part of the chosen track and target level. */
  relevant: boolean;
}

class CompetencyCatalogue {
  /** Every competency, relevant ones first (the overview's order). */
  items = $state<CatalogueItem[]>([]);
  loaded = $state(false);

  /** Active competencies: the ones the tag picker offers. */
  readonly active = $derived(this.items.filter((i) => !i.competency.archived));
  /** Tag → competency name, for active competencies. */
  readonly tags = $derived(competencyTags(this.items.map((i) => i.competency)));

  /** Reads the list from the core; a failure is thrown to the caller, who shows it. */
  async load(): Promise<void> {
    this.set(await api.competencyOverview());
  }

  set(overview: CompetencyOverview): void {
    this.items = overview.competencies.map((s) => ({ competency: s.competency, relevant: s.relevant }));
    this.loaded = true;
  }
}

export const competencyCatalogue = new CompetencyCatalogue();
