// Bringing another journal in: the chosen files (one export, or a folder of notes) go to the
// core as bytes; it says which tool they came from and what would be added and skipped, and,
// for Daylio, which check-in values each mood stands for. The user may change those values
// (each change asks the core again) before importing.
import { api } from '../../api';
import type { ImportPreview, IncomingFile, MoodValues } from '../../api/bindings';
import { errorSummary } from '../../api/errors';
import { counts } from '../../shared/counts.svelte';
import { notice } from '../../shared/notice.svelte';
import { reference } from '../../shared/reference';
import { formatBytes } from '../workload/calendarImport';

/** A chosen file as the core reads it. */
async function incoming(file: File): Promise<IncomingFile> {
  return { name: file.name, bytes: Array.from(new Uint8Array(await file.arrayBuffer())) };
}

export class ImportScreen {
  /** What was chosen, as the preview names it. */
  label = $state('');
  files = $state.raw<IncomingFile[]>([]);
  preview = $state<ImportPreview | null>(null);
  /** The values each mood stands for, as the user set them (Daylio). */
  moods = $state<MoodValues[]>([]);
  /** Why the choice cannot be imported, next to the chooser. */
  problem = $state('');
  busy = $state(false);

  /** Reads the chosen files and asks the core what importing them would do. */
  async choose(chosen: File[]): Promise<void> {
    this.cancel();
    if (!chosen.length) return;
    const total = chosen.reduce((n, f) => n + f.size, 0);
    // The core's limit, checked first so that nothing too large is sent.
    const limit = reference().limits.import_bytes;
    this.label = chosen.length === 1 ? chosen[0].name : `${chosen.length} files`;
    if (total > limit) {
      this.problem = `${this.label} is ${formatBytes(total)}; the window imports up to ${formatBytes(limit)} at once. Choose fewer files, or run \`waypoint import\` in a terminal, which reads any size.`;
      return;
    }
    this.files = await Promise.all(chosen.map(incoming));
    await this.ask();
  }

  /** The folder dialog (shown by Rust: the window's file input cannot choose folders). */
  async chooseFolder(): Promise<void> {
    try {
      const chosen = await api.chooseNotesFolder();
      if (!chosen) return;
      this.cancel();
      [this.label, this.files] = [chosen.name, chosen.files];
      await this.ask();
    } catch (e) {
      this.problem = errorSummary(e);
    }
  }

  /** A mood's value changed: the core answers the preview with it. */
  async setMood(mood: string, field: 'stress' | 'energy' | 'imposter', value: number | null): Promise<void> {
    this.moods = this.moods.map((m) => (m.mood === mood ? { ...m, [field]: value } : m));
    await this.ask();
  }

  private request() {
    return { files: this.files, moods: this.moods.length ? this.moods : null };
  }

  /** Which question is the newest: an older answer arriving late is dropped. */
  #asked = 0;

  private async ask(): Promise<void> {
    const asked = ++this.#asked;
    try {
      const preview = await api.previewImport(this.request());
      if (asked !== this.#asked) return;
      [this.preview, this.moods, this.problem] = [preview, preview.moods, ''];
    } catch (e) {
      if (asked === this.#asked) this.problem = errorSummary(e);
    }
  }

  cancel(): void {
    this.#asked++;
    [this.files, this.preview, this.moods, this.problem, this.label] = [[], null, [], '', ''];
  }

  async importChosen(): Promise<void> {
    if (!this.preview || this.busy) return;
    this.busy = true;
    try {
      const done = await api.importFiles(this.request());
      const n = done.add.length;
      const c = done.check_ins.length;
      const checkIns = c ? ` and ${c} ${c === 1 ? 'check-in' : 'check-ins'}` : '';
      notice.show(`Imported ${n} ${n === 1 ? 'entry' : 'entries'}${checkIns} from ${this.label}.`);
      this.cancel();
      void counts.refresh();
    } catch (e) {
      this.problem = errorSummary(e);
    } finally {
      this.busy = false;
    }
  }
}
