// Typed wrappers around the Tauri commands; the only module that knows their names.
import { invoke } from '@tauri-apps/api/core';
import type { Entry } from './bindings/Entry';
import type { EntryDraft } from './bindings/EntryDraft';
import type { EntryPage } from './bindings/EntryPage';
import type { EntryQuery } from './bindings/EntryQuery';
import type { JournalCounts } from './bindings/JournalCounts';
import type { Settings } from './bindings/Settings';
import type { TagCount } from './bindings/TagCount';

export const api = {
  getSettings: () => invoke<Settings>('get_settings'),
  saveSettings: (settings: Settings) => invoke<Settings>('save_settings', { settings }),
  findEntries: (query: EntryQuery) => invoke<EntryPage>('find_entries', { query }),
  listTrash: (offset: number, limit: number) => invoke<EntryPage>('list_trash', { offset, limit }),
  getEntry: (id: number) => invoke<Entry>('get_entry', { id }),
  createEntry: (draft: EntryDraft) => invoke<Entry>('create_entry', { draft }),
  updateEntry: (id: number, draft: EntryDraft) => invoke<Entry>('update_entry', { id, draft }),
  setStarred: (id: number, starred: boolean) => invoke<Entry>('set_starred', { id, starred }),
  trashEntry: (id: number) => invoke<null>('trash_entry', { id }),
  restoreEntry: (id: number) => invoke<Entry>('restore_entry', { id }),
  emptyTrash: () => invoke<number>('empty_trash'),
  listTags: () => invoke<TagCount[]>('list_tags'),
  renderMarkdown: (markdown: string) => invoke<string>('render_markdown', { markdown }),
  journalCounts: () => invoke<JournalCounts>('journal_counts'),
  flushDone: () => invoke<null>('flush_done'),
};
