// The meeting-load screen's state and actions. Every change goes to the core, and what the core
// returns (the overview of 26 weeks, the open week, the year's pixels) replaces what is shown.
import { api } from '../../api';
import { banner } from '../../shared/banner.svelte';
import type { CalendarSource, CheckIn, CheckInDraft, ImportReport, ReminderSettings, StressYear, WeekDetail, WorkSettings, WorkloadOverview } from '../../api/bindings';
import { fileProblem } from './calendarImport';
import { reminder } from './checkinReminder.svelte';
import { errorProblems, errorSummary, type FieldProblem } from '../../api/errors';
import { Latest } from '../../shared/latest';

/** Weeks of history on the screen: half a year. */
export const OVERVIEW_WEEKS = 26;

/** A refusal carries the core's summary and each field's problem, to show beside that field. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string; problems: FieldProblem[] };

/** Runs a change; a refusal resolves to the core's message, to show beside the form. */
async function attempt<T>(change: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await change() };
  } catch (e) {
    return { ok: false, message: errorSummary(e), problems: errorProblems(e) };
  }
}

export class WorkloadScreen {
  overview = $state<WorkloadOverview | null>(null);
  /** The week open in the detail (its Monday) and what the core said about it. */
  week = $state<string | null>(null);
  detail = $state<WeekDetail | null>(null);
  /** True while the core is asked for another week; its numbers stay until the answer. */
  weekBusy = $state(false);
  /** The year in pixels; until the first overview arrives, the year it is now. */
  year = $state(0);
  stressYear = $state<StressYear | null>(null);
  settings = $state<WorkSettings | null>(null);
  reminderSettings = $state<ReminderSettings | null>(null);
  sources = $state<CalendarSource[]>([]);

  /** Today, as the core counts it; null until the first overview. */
  readonly today = $derived(this.overview?.checkin.date ?? null);
  /** The year it is now, as the core counts it. */
  readonly thisYear = $derived(this.today ? Number(this.today.slice(0, 4)) : 0);

  private readonly detailTicket = new Latest();
  private readonly yearTicket = new Latest();
  /** Steps asked for since the open week's answer: quick clicks add up, the core counts weeks. */
  private steps = 0;

  /** Everything the screen shows, read in parallel; the detail opens on the current week. */
  async load(): Promise<void> {
    try {
      const [overview, settings, sources, reminderSettings] = await Promise.all([
        api.workloadOverview(OVERVIEW_WEEKS),
        api.workSettings(),
        api.calendarSources(),
        api.reminderSettings(),
      ]);
      this.year ||= Number(overview.checkin.date.slice(0, 4));
      // The first week and the year arrive with the overview, so the screen appears whole.
      const [stressYear] = await Promise.all([api.stressYear(this.year), this.showWeek(this.week ?? overview.checkin.week_start)]);
      [this.settings, this.sources, this.stressYear, this.reminderSettings] = [settings, sources, stressYear, reminderSettings];
      this.applyOverview(overview);
    } catch (e) {
      banner.show(e);
    }
  }

  /** After any change: the overview, the open week and the year's pixels again. */
  async refresh(): Promise<void> {
    try {
      const [overview] = await Promise.all([api.workloadOverview(OVERVIEW_WEEKS), this.showYear(this.year)]);
      this.applyOverview(overview);
      if (this.week) await this.showWeek(this.week);
    } catch (e) {
      banner.show(e);
    }
  }

  /** Opens the week of `monday`. */
  showWeek(monday: string): Promise<void> {
    this.steps = 0;
    return this.ask(monday, 0);
  }

  /** Opens the week `delta` weeks after the one open (before it, when negative). */
  moveWeek(delta: number): Promise<void> {
    const from = this.week ?? this.overview?.checkin.week_start;
    if (!from) return Promise.resolve();
    this.steps += delta;
    return this.ask(from, this.steps);
  }

  /** Of quick requests, the last one wins. */
  private async ask(from: string, weeksLater: number): Promise<void> {
    const current = this.detailTicket.take();
    this.weekBusy = true;
    try {
      const detail = await api.weekDetail(from, weeksLater);
      if (!current()) return;
      [this.detail, this.week] = [detail, detail.week.week_start];
    } catch (e) {
      if (current()) banner.show(e);
    } finally {
      if (current()) [this.weekBusy, this.steps] = [false, 0];
    }
  }

  async showYear(year: number): Promise<void> {
    this.year = year;
    const current = this.yearTicket.take();
    try {
      const grid = await api.stressYear(year);
      if (current()) this.stressYear = grid;
    } catch (e) {
      if (current()) banner.show(e);
    }
  }

  /** Saves a check-in; the whole screen follows. Resolves to the saved check-in or the core's message. */
  saveCheckin(draft: CheckInDraft): Promise<Outcome<CheckIn>> {
    return attempt(async () => {
      const saved = await api.saveCheckin(draft);
      await this.refresh();
      return saved;
    });
  }

  /** Sets a week's check-in hours to what the calendars count now; the whole screen follows. */
  updateCheckinHours(weekStart: string): Promise<Outcome<CheckIn>> {
    return attempt(async () => {
      const saved = await api.updateCheckinHours(weekStart);
      await this.refresh();
      return saved;
    });
  }

  /** Checks the size first (nothing is sent for a file that is too large), then sends its bytes. */
  async importFile(file: File): Promise<Outcome<ImportReport>> {
    const problem = fileProblem(file);
    if (problem) return { ok: false, message: problem, problems: [] };
    return attempt(async () => {
      const report = await api.importCalendar(file.name, Array.from(new Uint8Array(await file.arrayBuffer())));
      await this.afterCalendarChange();
      return report;
    });
  }

  removeSource(id: number): Promise<Outcome<null>> {
    return attempt(async () => {
      await api.removeCalendarSource(id);
      await this.afterCalendarChange();
      return null;
    });
  }

  saveSettings(settings: WorkSettings): Promise<Outcome<WorkSettings>> {
    return attempt(async () => {
      const saved = (this.settings = await api.saveWorkSettings(settings));
      await this.refresh();
      return saved;
    });
  }

  /** The reminder's day moves when the check-in is due: the screen and the reminder ask again. */
  saveReminderSettings(settings: ReminderSettings): Promise<Outcome<ReminderSettings>> {
    return attempt(async () => {
      const saved = (this.reminderSettings = await api.saveReminderSettings(settings));
      await Promise.all([this.refresh(), reminder.check()]);
      return saved;
    });
  }

  private async afterCalendarChange(): Promise<void> {
    const [sources] = await Promise.all([api.calendarSources(), this.refresh()]);
    this.sources = sources;
  }

  private applyOverview(overview: WorkloadOverview): void {
    this.overview = overview;
    reminder.update(overview.checkin);
  }
}
