// The competency screen's state and actions. Every change goes to the core, whose returned
// overview replaces what is shown; nothing is computed or kept here that the core decides.
import { api } from '../../api';
import { banner } from '../../shared/banner.svelte';
import type { CompetencyDraft, CompetencyOverview, CompetencyProfile, DocumentSummary, EntrySummary, RatingInput, Track } from '../../api/bindings';
import { sections, type Sections } from './competencies';
import { competencyCatalogue } from './competencyCatalogue.svelte';
import { errorMessage } from '../../api/errors';

const NO_SECTIONS: Sections = { relevant: [], other: [], archived: [] };

export class CompetencyScreen {
  overview = $state<CompetencyOverview | null>(null);
  /** The competency whose detail is open. */
  selected = $state<number | null>(null);

  readonly sections = $derived(this.overview ? sections(this.overview.competencies) : NO_SECTIONS);
  readonly selectedStatus = $derived(this.overview?.competencies.find((s) => s.competency.id === this.selected) ?? null);

  async load(): Promise<void> {
    try {
      this.apply(await api.competencyOverview());
    } catch (e) {
      banner.show(e);
    }
  }

  /** Opens a competency's detail, or closes it when it is already open. */
  select(id: number): void {
    this.selected = this.selected === id ? null : id;
  }

  /** Each action below resolves to the core's message when it fails (shown with the form),
   * or null when it worked. */
  saveProfile(profile: CompetencyProfile): Promise<string | null> {
    return this.attempt(() => api.saveCompetencyProfile(profile));
  }

  /** Another track; the core keeps the level when the track has it, else takes its first. */
  switchTrack(track: Track): Promise<string | null> {
    return this.attempt(() => api.switchCompetencyTrack(track));
  }

  /** Adds the user's own competency and opens it. */
  async addCompetency(draft: CompetencyDraft): Promise<string | null> {
    try {
      const added = await api.addCompetency(draft);
      this.apply(await api.competencyOverview());
      this.selected = added.id;
      return null;
    } catch (e) {
      return errorMessage(e);
    }
  }

  updateCompetency(id: number, name: string, description: string): Promise<string | null> {
    return this.attempt(() => api.updateCompetency(id, name, description));
  }

  /** Archiving keeps the history; the competency leaves the radar, gaps and reviews. */
  async setArchived(id: number, archived: boolean): Promise<void> {
    const failed = await this.attempt(() => api.setCompetencyArchived(id, archived));
    if (failed) banner.show(failed);
  }

  /** One self-review: a whole guided review or a single rating, sent in one call. */
  /** The newest entries carrying `tag` (at most `limit`), and whether there are more. */
  async evidence(tag: string, limit: number): Promise<{ entries: EntrySummary[]; more: boolean }> {
    const page = await api.findEntries({ text: '', tags: [tag], starred_only: false, offset: 0, limit });
    return { entries: page.items.map((h) => h.entry), more: page.next_offset !== undefined };
  }

  /** The live documents carrying `tag` (briefs, writeups), most recently changed first. */
  evidenceDocuments(tag: string): Promise<DocumentSummary[]> {
    return api.findDocuments({ text: '', starred_only: false, trashed: false, tag });
  }

  recordReview(ratings: RatingInput[]): Promise<string | null> {
    return this.attempt(() => api.recordSelfReview(ratings));
  }

  private async attempt(call: () => Promise<CompetencyOverview>): Promise<string | null> {
    try {
      this.apply(await call());
      return null;
    } catch (e) {
      return errorMessage(e);
    }
  }

  private apply(overview: CompetencyOverview): void {
    this.overview = overview;
    // The editor's competency tags follow at once.
    competencyCatalogue.set(overview);
  }
}
