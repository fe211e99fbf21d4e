// The work settings form: the core's WorkSettings as editable text and back. Shapes are checked
// here only as far as JSON needs (whole numbers); the core checks every rule and says what to fix.
import type { SignalThresholds, WorkSettings } from '../../api/bindings';

export const WEEKDAYS: { day: number; label: string }[] = [
  { day: 1, label: 'Mon' },
  { day: 2, label: 'Tue' },
  { day: 3, label: 'Wed' },
  { day: 4, label: 'Thu' },
  { day: 5, label: 'Fri' },
  { day: 6, label: 'Sat' },
  { day: 7, label: 'Sun' },
];

export type ThresholdKey = keyof SignalThresholds;

export interface SettingsForm {
  workDays: number[];
  dayStart: string;
  dayEnd: string;
  timeZone: string;
  owners: string;
  daily: boolean;
  thresholds: Record<ThresholdKey, string>;
}

export function settingsForm(s: WorkSettings): SettingsForm {
  const t = s.thresholds;
  return {
    workDays: [...s.work_days].sort((a, b) => a - b),
    dayStart: s.day_start,
    dayEnd: s.day_end,
    timeZone: s.time_zone,
    owners: s.owner_addresses.join('\n'),
    daily: s.daily_checkins,
    thresholds: Object.fromEntries(Object.entries(t).map(([k, v]) => [k, String(v)])) as Record<ThresholdKey, string>,
  };
}

/** One address per line (commas and semicolons work too); blank lines dropped. */
export function ownerList(text: string): string[] {
  return text
    .split(/[\n,;]+/)
    .map((a) => a.trim())
    .filter(Boolean);
}

/** Focus hours may have a decimal; every other threshold is a whole number. */
const DECIMAL: ThresholdKey[] = ['focus_hours'];

export function settingsFrom(f: SettingsForm): { ok: true; settings: WorkSettings } | { ok: false; message: string } {
  const thresholds = {} as Record<ThresholdKey, number>;
  for (const [key, raw] of Object.entries(f.thresholds) as [ThresholdKey, string][]) {
    const text = raw.trim().replace(',', '.');
    const pattern = DECIMAL.includes(key) ? /^\d+(\.\d+)?$/ : /^\d+$/;
    if (!pattern.test(text)) {
      return { ok: false, message: `"${raw.trim() || 'empty'}" is not a number. Each threshold is a number, like 50 or 3.` };
    }
    thresholds[key] = Number(text);
  }
  return {
    ok: true,
    settings: {
      time_zone: f.timeZone.trim(),
      work_days: [...f.workDays].sort((a, b) => a - b),
      day_start: f.dayStart.trim(),
      day_end: f.dayEnd.trim(),
      owner_addresses: ownerList(f.owners),
      daily_checkins: f.daily,
      thresholds: thresholds as SignalThresholds,
    },
  };
}

/** This computer's time zone, for the placeholder of an empty zone. */
export function computerZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
