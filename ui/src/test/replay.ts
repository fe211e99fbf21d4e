// Replays answers the real core gave (recorded by `core/tests/it/ui_answers.rs`), for the dev
// mock and the UI's tests: nothing here computes a product rule. A state is what the core
// held; a write the recording knows moves to the state it led to, and one it does not know
// is an error that says where to record it.

/** One recorded state: the answers to reads, and what each write answered and led to. */
export interface RecordedState {
  today: string;
  reads: Record<string, unknown>;
  writes: Record<string, { ok?: unknown; next?: string; err?: unknown }>;
}

export interface Recording {
  states: Record<string, RecordedState>;
}

/** The key a call is recorded under: the command and its arguments, keys sorted. File bytes are not part of it. */
export function callKey(cmd: string, args: Record<string, unknown>): string {
  const canonical = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canonical);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .filter((k) => k !== 'bytes')
          .sort()
          .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return `${cmd} ${JSON.stringify(canonical(args))}`;
}

export class Replay {
  constructor(
    private readonly recording: Recording,
    public state: string,
    /** The commands this recording answers; others are left to the caller. */
    private readonly commands: ReadonlySet<string>,
  ) {
    if (!recording.states[state]) throw new Error(`No recorded state "${state}".`);
  }

  get current(): RecordedState {
    return this.recording.states[this.state];
  }

  /** The recorded answer, `undefined` for a command this recording does not cover; throws the core's error. */
  handle(cmd: string, args: Record<string, unknown>): unknown {
    if (!this.commands.has(cmd)) return undefined;
    const key = callKey(cmd, args);
    const state = this.current;
    if (key in state.reads) return structuredClone(state.reads[key]);
    const write = state.writes[key];
    if (!write) {
      throw { kind: 'storage', message: `No recorded answer to ${key} in state "${this.state}": add it to core/tests/it/ui_answers.rs.` };
    }
    if (write.err) throw structuredClone(write.err);
    if (write.next) this.state = write.next;
    return structuredClone(write.ok);
  }
}
