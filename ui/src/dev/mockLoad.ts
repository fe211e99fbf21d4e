// Dev-only meeting-load commands: half a year of made-up weeks, check-ins kept in memory, and a
// calendar import that only pretends. Enough to lay the screen out and to test it; the real
// numbers are the Rust core's. `?empty` starts with nothing, `?nocalendar` without a calendar,
// `?due` with the week's check-in due, `?daily` with daily check-ins on.
import type { CalendarSource } from '../lib/bindings/CalendarSource';
import type { CheckIn } from '../lib/bindings/CheckIn';
import type { CheckInDraft } from '../lib/bindings/CheckInDraft';
import type { CheckInDue } from '../lib/bindings/CheckInDue';
import type { DayStress } from '../lib/bindings/DayStress';
import type { ImportReport } from '../lib/bindings/ImportReport';
import type { LoadOverview } from '../lib/bindings/LoadOverview';
import type { Signal } from '../lib/bindings/Signal';
import type { WeekDetail } from '../lib/bindings/WeekDetail';
import type { WeekLoad } from '../lib/bindings/WeekLoad';
import type { WeekMetrics } from '../lib/bindings/WeekMetrics';
import type { WeekOccurrence } from '../lib/bindings/WeekOccurrence';
import type { WorkSettings } from '../lib/bindings/WorkSettings';
import { todayIso } from '../lib/dates';
import { addDays, mondayOf } from '../lib/load';

type Args = Record<string, unknown>;

const invalid = (message: string) => ({ kind: 'invalid_input', message });

export const DEFAULT_WORK_SETTINGS: WorkSettings = {
  time_zone: '',
  work_days: [1, 2, 3, 4, 5],
  day_start: '09:00',
  day_end: '17:00',
  owner_addresses: [],
  daily_checkins: false,
  thresholds: {
    meeting_share_percent: 50,
    meeting_share_weeks: 3,
    focus_hours: 10,
    focus_weeks: 4,
    stress_level: 7,
    stress_checkins: 3,
    after_hours_weeks: 3,
  },
};

/** A made-up but plausible week, the same for the same Monday. */
function weekLoad(monday: string): WeekLoad {
  const n = Number(monday.replaceAll('-', '')) % 97;
  const meeting = 9 + (n % 13) + (n % 4) * 0.25;
  const blocked = 2 + (n % 3);
  return {
    week_start: monday,
    busy_hours: meeting + blocked,
    meeting_hours: meeting,
    blocked_hours: blocked,
    working_hours: 40,
    meeting_share: (meeting - 1) / 40,
    focus_hours: Math.max(0, 40 - meeting - blocked - 7 - (n % 5)),
    fragmented_hours: 7 + (n % 5),
    back_to_back_runs: n % 4,
    longest_run: n % 4 === 0 ? 0 : 2 + (n % 3),
    after_hours_meeting_hours: (n % 6) * 0.5,
    meeting_count: Math.round(meeting * 1.3),
    top_series: { summary: 'Weekly platform sync', hours: 3, occurrences: 3 },
  };
}

export class MemoryLoad {
  private settings: WorkSettings = structuredClone(DEFAULT_WORK_SETTINGS);
  private checkins = new Map<string, CheckIn>();
  private sources: CalendarSource[] = [];
  private nextId = 1;
  private readonly forceDue: boolean;

  constructor(params: URLSearchParams) {
    this.forceDue = params.has('due');
    this.settings.daily_checkins = params.has('daily');
    if (params.has('empty')) return;
    const today = todayIso();
    if (!params.has('nocalendar')) this.addSource('work-calendar.ics', today);
    // Twelve weekly check-ins before this week.
    for (let i = 12; i >= 1; i--) {
      const monday = addDays(mondayOf(today), -7 * i);
      const stress = 3 + ((i * 7) % 6);
      this.store({ period: 'week', date: monday, meeting_hours: null, stress, energy: 10 - stress + (i % 2), imposter: 1 + (i % 4), note: '' });
    }
  }

  handle(cmd: string, a: Args): unknown {
    switch (cmd) {
      case 'work_settings':
        return structuredClone(this.settings);
      case 'save_work_settings':
        return this.saveSettings(a.settings as WorkSettings);
      case 'save_checkin':
        return this.saveCheckin(a.draft as CheckInDraft);
      case 'checkin_due':
        return this.due();
      case 'load_overview':
        return this.overview(a.weeks as number);
      case 'week_detail':
        return this.weekDetail(mondayOf(a.weekStart as string));
      case 'stress_days':
        return this.stressDays(a.year as number);
      case 'calendar_sources':
        return structuredClone(this.sources);
      case 'import_calendar_text':
        return this.importText(a.name as string, a.text as string);
      case 'import_calendar_path':
        return this.importText(String(a.path).split('/').pop() ?? 'calendar.ics', 'BEGIN:VCALENDAR');
      case 'remove_calendar_source':
        this.sources = this.sources.filter((s) => s.id !== a.id);
        return null;
    }
    return undefined;
  }

  private saveSettings(s: WorkSettings): WorkSettings {
    if (!/^\d\d:\d\d$/.test(s.day_start)) throw invalid(`The start of the working day "${s.day_start}" is not a time. Write it as HH:MM in 24-hour time, for example 09:00.`);
    if (s.work_days.length === 0) throw invalid('Choose at least one working day (Monday to Sunday).');
    this.settings = structuredClone(s);
    return structuredClone(s);
  }

  private saveCheckin(d: CheckInDraft): CheckIn {
    const scale = (v: number, max: number, what: string, meaning: string) => {
      if (!Number.isInteger(v) || v < 1 || v > max) throw invalid(`${what} is ${v}; give a number from 1 to ${max} (${meaning}).`);
    };
    if (d.date > todayIso()) throw invalid(`${d.date} is in the future. Check in for today or an earlier day.`);
    scale(d.stress, 10, 'Stress', '1 calm, 10 overwhelmed');
    scale(d.energy, 10, 'Energy', '1 drained, 10 full of energy');
    scale(d.imposter, 5, 'The imposter feeling', '1 not at all, 5 all the time');
    if (d.meeting_hours !== null && (d.meeting_hours < 0 || d.meeting_hours > 168)) {
      throw invalid(`${d.meeting_hours} meeting hours is not possible in a week; give a number from 0 to 168.`);
    }
    return { ...this.store(d) };
  }

  private store(d: CheckInDraft): CheckIn {
    const start = d.period === 'week' ? mondayOf(d.date) : d.date;
    const key = `${d.period}|${start}`;
    const c: CheckIn = {
      id: this.checkins.get(key)?.id ?? this.nextId++,
      period: d.period,
      period_start: start,
      meeting_hours: d.meeting_hours,
      stress: d.stress,
      energy: d.energy,
      imposter: d.imposter,
      note: d.note,
      updated_at: new Date().toISOString(),
    };
    this.checkins.set(key, c);
    return c;
  }

  private covered(monday: string): boolean {
    return this.sources.some((s) => s.window_from <= monday && addDays(monday, 7) <= s.window_to);
  }

  private week(monday: string): WeekMetrics {
    const load = this.covered(monday) ? weekLoad(monday) : null;
    const checkin = this.checkins.get(`week|${monday}`) ?? null;
    return {
      week_start: monday,
      load,
      checkin,
      stress: checkin?.stress ?? null,
      energy: checkin?.energy ?? null,
      meeting_hours: load?.meeting_hours ?? checkin?.meeting_hours ?? null,
    };
  }

  private due(): CheckInDue {
    const today = todayIso();
    const monday = mondayOf(today);
    const thisWeek = this.checkins.get(`week|${monday}`) ?? null;
    const friday = (new Date().getDay() + 6) % 7 >= 4;
    return {
      week_start: monday,
      due: !thisWeek && (friday || this.forceDue),
      this_week: thisWeek,
      today: this.checkins.get(`day|${today}`) ?? null,
      suggested_meeting_hours: this.covered(monday) ? Math.round(weekLoad(monday).meeting_hours * 2) / 2 : null,
    };
  }

  private overview(count: number): LoadOverview {
    const last = mondayOf(todayIso());
    const weeks = Array.from({ length: Math.max(1, count) }, (_, i) => this.week(addDays(last, -7 * (count - 1 - i))));
    const paired = weeks.filter((w) => w.meeting_hours !== null && w.stress !== null).length;
    const enough = paired >= 8;
    return {
      weeks,
      correlation: {
        min_weeks: 8,
        same_week: enough ? { r: 0.58, weeks: paired } : null,
        next_week: enough ? { r: 0.41, weeks: paired - 1 } : null,
        summary: enough
          ? `Over ${paired} weeks, stress moderately went with meeting hours (r = 0.58): weeks with more meetings had higher stress. With a week's delay: r = 0.41 over ${paired - 1} weeks. This shows a pattern, not a cause.`
          : `Not enough data yet: ${paired} of the 8 weeks needed have both meeting hours and a stress check-in.`,
      },
      signals: this.signals(),
      checkin: this.due(),
      has_calendar: this.sources.length > 0,
    };
  }

  private signals(): Signal[] {
    const t = this.settings.thresholds;
    return [
      {
        id: 'meeting_share',
        title: 'Meetings are taking most of your working hours',
        rule: `${t.meeting_share_weeks} weeks in a row with more than ${t.meeting_share_percent}% of working hours in meetings.`,
        active: false,
        detail: 'Last 3 weeks: 41%, 52%, 38%.',
      },
      {
        id: 'focus',
        title: 'Little time left to think',
        rule: `Focus time (free blocks of 2 hours or more in working hours) under ${t.focus_hours} h a week for ${t.focus_weeks} weeks in a row.`,
        active: this.sources.length > 0,
        detail: 'Last 4 weeks: 8.5, 6.0, 9.5, 7.0 h.',
      },
      {
        id: 'stress',
        title: 'Stress has stayed high',
        rule: `Stress ${t.stress_level} or more in ${t.stress_checkins} check-ins in a row.`,
        active: false,
        detail: 'Last 3 check-ins: 5, 8, 6.',
      },
      {
        id: 'after_hours',
        title: 'Meetings are creeping into your evenings',
        rule: `Meeting time outside working hours went up ${t.after_hours_weeks} weeks in a row.`,
        active: false,
        detail: 'Last 4 weeks: 0.5, 1.0, 0.5, 1.5 h.',
      },
    ];
  }

  private weekDetail(monday: string): WeekDetail {
    const week = this.week(monday);
    if (!week.load) return { week, occurrences: [] };
    const at = (day: number, hm: string) => `${addDays(monday, day)}T${hm}:00`;
    const o = (day: number, from: string, to: string, summary: string, kind: WeekOccurrence['kind'], series = false): WeekOccurrence => ({
      start: at(day, from),
      end: at(day, to),
      summary,
      kind,
      series,
    });
    const occurrences: WeekOccurrence[] = [
      o(0, '09:30', '09:45', 'Team stand-up', 'meeting', true),
      o(0, '10:00', '11:00', 'Weekly platform sync', 'meeting', true),
      o(0, '11:00', '12:00', 'Architecture review', 'meeting'),
      o(0, '13:00', '15:00', 'Focus: design doc', 'blocked'),
      o(1, '00:00', '00:00', 'Company offsite', { excluded: 'all_day' }),
      o(1, '09:30', '09:45', 'Team stand-up', 'meeting', true),
      o(1, '14:00', '15:00', 'Vendor demo', { excluded: 'declined' }),
      o(2, '09:30', '09:45', 'Team stand-up', { excluded: 'cancelled' }, true),
      o(2, '16:00', '17:00', '1:1 with Sam', 'meeting', true),
      o(3, '12:00', '13:00', 'Lunch', { excluded: 'free' }),
      o(3, '18:00', '19:00', 'Call with the Singapore team', 'meeting'),
      o(4, '10:00', '11:30', 'Quarterly planning', 'meeting'),
    ];
    return { week, occurrences };
  }

  private stressDays(year: number): DayStress[] {
    const days: DayStress[] = [];
    for (const c of [...this.checkins.values()].filter((c) => c.period === 'day')) {
      if (c.period_start.startsWith(String(year))) days.push({ date: c.period_start, stress: c.stress, from_week: false });
    }
    for (const c of [...this.checkins.values()].filter((c) => c.period === 'week')) {
      for (let i = 0; i < 7; i++) {
        const date = addDays(c.period_start, i);
        if (date.startsWith(String(year)) && !days.some((d) => d.date === date)) days.push({ date, stress: c.stress, from_week: true });
      }
    }
    return days.sort((x, y) => x.date.localeCompare(y.date));
  }

  private addSource(name: string, today: string): CalendarSource {
    const existing = this.sources.find((s) => s.name === name);
    const source: CalendarSource = {
      id: existing?.id ?? this.nextId++,
      name,
      imported_at: new Date().toISOString(),
      window_from: addDays(today, -20 * 7),
      window_to: addDays(today, 365),
      occurrences: 412,
      issues: [],
    };
    this.sources = [...this.sources.filter((s) => s.name !== name), source];
    return source;
  }

  private importText(name: string, text: string): ImportReport {
    if (!text.includes('BEGIN:VCALENDAR')) throw invalid(`${name} is not an iCalendar file: it does not start with BEGIN:VCALENDAR. Export the calendar as .ics and import that file.`);
    const again = this.sources.some((s) => s.name === name);
    const source = this.addSource(name, todayIso());
    source.issues = [{ line: 120, uid: 'broken-1@example.com', message: 'The event has no start time (DTSTART); it was skipped.' }];
    return {
      source: structuredClone(source),
      added: again ? 0 : 412,
      updated: again ? 3 : 0,
      removed: 0,
      unchanged: again ? 409 : 0,
      events: 57,
      cancelled: 6,
      all_day: 11,
      free: 4,
      truncated_series: [],
    };
  }
}
