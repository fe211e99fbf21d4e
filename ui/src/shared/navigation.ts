// What a section view may ask the app shell to do: move between sections and start or open
// journal entries (the editor lives in the journal view, which stays mounted).
import type { View } from './components/Sidebar.svelte';
import type { EntrySeed } from '../sections/journal/journal.svelte';

export interface Navigation {
  go: (view: View) => void;
  /** Opens the journal on a new entry, optionally started from a prompt. */
  newEntry: (seed?: EntrySeed) => Promise<void>;
  /** Opens the journal on an existing entry. */
  openEntry: (id: number) => Promise<void>;
  /** Opens a document (a brief, a writeup) in the documents section. */
  openDocument: (id: number) => Promise<void>;
}

export interface ViewProps {
  nav: Navigation;
}
