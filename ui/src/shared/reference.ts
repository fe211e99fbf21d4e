// The core's reference data (level names, the rating scale, quarter themes, limits, metric
// constants), read once at start (`main.ts`) so no module restates it. Tests start from the
// core's recorded answer (`test/setup.ts`).
import type { Level, Reference, Track } from '../api/bindings';

let current: Reference | null = null;

export function useReference(reference: Reference): void {
  current = reference;
}

export function reference(): Reference {
  if (!current) throw new Error('The reference data has not been loaded yet.');
  return current;
}

/** The target levels of a track, its default first. */
export function levelsOf(track: Track): { level: Level; label: string }[] {
  return reference().tracks.find((t) => t.track === track)?.levels ?? [];
}
