// The Review screen's state: the period (a preset's days or two typed ones), the two private
// opt-ins (off each time the screen opens), and the core's review of them. Every change asks
// the core again; only the newest answer is shown. Exports send the same request.
import { api } from '../../api';
import type { ExportFormat, PeriodPreset, ReviewPage, ReviewRequest } from '../../api/bindings';
import { errorProblems, errorSummary, type FieldProblem } from '../../api/errors';
import { banner } from '../../shared/banner.svelte';
import { Latest } from '../../shared/latest';
import { notice } from '../../shared/notice.svelte';

export const PRESETS: { preset: PeriodPreset; label: string }[] = [
  { preset: 'plan_year', label: 'Plan year' },
  { preset: 'last_quarter', label: 'Last quarter' },
  { preset: 'last_six_months', label: 'Last 6 months' },
  { preset: 'last_twelve_months', label: 'Last 12 months' },
];

export class ReviewScreen {
  from = $state('');
  to = $state('');
  /** The preset the days came from, while they are unchanged. */
  preset = $state<PeriodPreset | null>(null);
  journal = $state(false);
  checkins = $state(false);
  page = $state<ReviewPage | null>(null);
  /** Why the period was refused, each next to its day; and the summary line. */
  problems = $state<FieldProblem[]>([]);
  refusal = $state('');
  busy = $state(false);

  private readonly ticket = new Latest();

  request(): ReviewRequest {
    return { from: this.from, to: this.to, include: { journal: this.journal, checkins: this.checkins } };
  }

  problemsOf(field: string): string[] {
    return this.problems.filter((p) => p.field === field).map((p) => p.message);
  }

  /** Opens on the plan's year, or the last twelve months when there is no plan. */
  async start(): Promise<void> {
    if (!(await this.choose('plan_year', false))) await this.choose('last_twelve_months');
  }

  /** The preset's days from the core, then the review; false when the core refused the preset. */
  async choose(preset: PeriodPreset, report = true): Promise<boolean> {
    try {
      const period = await api.reviewPeriod(preset);
      [this.from, this.to, this.preset] = [period.from, period.to, preset];
    } catch (e) {
      if (report) {
        this.problems = [];
        this.refusal = errorSummary(e);
      }
      return false;
    }
    await this.load();
    return true;
  }

  /** The user changed a day: the days are their own now. */
  async setDays(from: string, to: string): Promise<void> {
    [this.from, this.to, this.preset] = [from, to, null];
    await this.load();
  }

  async setPrivate(which: 'journal' | 'checkins', on: boolean): Promise<void> {
    this[which] = on;
    await this.load();
  }

  /** Asks the core for the review of the period as it stands. */
  async load(): Promise<void> {
    const current = this.ticket.take();
    this.busy = true;
    try {
      const page = await api.review(this.request());
      if (!current()) return;
      [this.page, this.problems, this.refusal] = [page, [], ''];
    } catch (e) {
      if (!current()) return;
      // The last good review stays on screen; the problem shows next to the days.
      this.problems = errorProblems(e);
      this.refusal = this.problems.length ? '' : errorSummary(e);
      if (!this.problems.length && !this.refusal) banner.show(e);
    } finally {
      if (current()) this.busy = false;
    }
  }

  /** Writes the review into the exports folder; the notice says where. */
  async exportTo(format: ExportFormat): Promise<void> {
    try {
      const path = await api.exportReviewToFolder(this.request(), format);
      notice.show(`Exported to ${path}`);
    } catch (e) {
      banner.show(e);
    }
  }

  /** Keeps the review as a document (its summary and talking points the writer's to change);
   * answers the document's id. */
  async keep(): Promise<number | null> {
    try {
      const doc = await api.keepReview(this.request());
      notice.show(`Kept as “${doc.title}” in Documents: change its summary and talking points there.`);
      await this.load();
      return doc.id;
    } catch (e) {
      banner.show(e);
      return null;
    }
  }

  /** Asks where (the save dialog), then writes there in the format the file name says. */
  async exportAs(): Promise<void> {
    try {
      const target = await api.chooseExportPath(`Progress review ${this.from} to ${this.to}`);
      if (!target) return;
      await api.exportReview(this.request(), target.format, target.path);
      notice.show(`Exported to ${target.path}`);
    } catch (e) {
      banner.show(e);
    }
  }
}
