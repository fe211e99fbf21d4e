// The meeting-load commands for the workload section's tests: the real core's answers,
// replayed (`answers/workload.json`, recorded by `core/tests/it/ui_answers.rs`). `empty`
// starts with nothing, `nocalendar` without a calendar, `due` on a Friday with the week's
// check-in due, `daily` with daily check-ins on.
import answers from './answers/workload.json';
import { recordIPC } from './ipc';
import { Replay, type Recording } from './replay';

const COMMANDS = new Set([
  'work_settings',
  'reminder_settings',
  'save_work_settings',
  'save_checkin',
  'checkin_due',
  'update_checkin_hours',
  'workload_overview',
  'week_detail',
  'stress_year',
  'calendar_sources',
  'import_calendar',
  'remove_calendar_source',
]);

/** The recorded state a test starts in, by name (`''` is the default). */
function startState(name: string): string {
  return ['empty', 'nocalendar', 'due', 'daily'].includes(name) ? name : 'default';
}

/** The recorded workload behind `invoke`, recording every call; other commands fail. */
export function useWorkload(state = '') {
  const backend = new Replay(answers as Recording, startState(state), COMMANDS);
  const answer = (cmd: string, args: Record<string, unknown>) => {
    const recorded = backend.handle(cmd, args);
    if (recorded === undefined) throw { kind: 'storage', message: `The workload recording does not answer ${cmd}.` };
    return recorded;
  };
  const calls = recordIPC(answer);
  return { answer, calls };
}
