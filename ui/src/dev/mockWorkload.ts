// Dev and test stand-in for the meeting-load commands: the real core's answers, replayed
// (`../test/answers/workload.json`). `?empty` starts with nothing, `?nocalendar` without a
// calendar, `?due` on a Friday with the week's check-in due, `?daily` with daily check-ins on.
import answers from '../test/answers/workload.json';
import { Replay, type Recording } from './replay';

const COMMANDS = new Set([
  'work_settings',
  'save_work_settings',
  'save_checkin',
  'checkin_due',
  'workload_overview',
  'week_detail',
  'stress_days',
  'calendar_sources',
  'import_calendar',
  'remove_calendar_source',
]);

/** The recorded state a page's parameters start in. */
function startState(params: URLSearchParams): string {
  for (const name of ['empty', 'nocalendar', 'due', 'daily']) if (params.has(name)) return name;
  return 'default';
}

export function workloadReplay(params: URLSearchParams): Replay {
  return new Replay(answers as Recording, startState(params), COMMANDS);
}
