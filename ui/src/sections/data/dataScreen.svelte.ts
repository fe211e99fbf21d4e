// The "Your data" screen's state: the backups, exporting everything, and bringing a jrnl
// journal in (a preview from the core first, then the import). Files cross as bytes; the core
// reads them.
import { api } from '../../api';
import type { BackupFile, Everything, ImportPreview } from '../../api/bindings';
import { errorSummary } from '../../api/errors';
import { banner } from '../../shared/banner.svelte';
import { counts } from '../../shared/counts.svelte';
import { lock } from '../../shared/lock.svelte';
import { notice } from '../../shared/notice.svelte';

export class DataScreen {
  backups = $state<BackupFile[]>([]);
  /** The chosen jrnl file and what importing it would do. */
  file = $state<{ name: string; bytes: number[] } | null>(null);
  preview = $state<ImportPreview | null>(null);
  /** Why the chosen file cannot be imported, next to the chooser. */
  problem = $state('');
  busy = $state(false);
  /** The backup whose restore is being confirmed. */
  restoring = $state<string | null>(null);

  async load(): Promise<void> {
    try {
      this.backups = await api.backups();
    } catch (e) {
      banner.show(e);
    }
  }

  async backUpNow(): Promise<void> {
    try {
      const path = await api.backUpNow();
      notice.show(`Backed up to ${path}`);
      await this.load();
    } catch (e) {
      banner.show(e);
    }
  }

  async exportEverything(format: Everything): Promise<void> {
    try {
      notice.show(`Exported to ${await api.exportEverything(format)}`);
    } catch (e) {
      banner.show(e);
    }
  }

  /** Puts the confirmed backup in place of the journal; the page then reloads. */
  async restoreConfirmed(): Promise<void> {
    if (!this.restoring || this.busy) return;
    this.busy = true;
    try {
      await lock.restore(this.restoring);
    } catch (e) {
      banner.show(e);
      this.busy = false;
    }
    this.restoring = null;
  }

  /** Reads the file and asks the core what importing it would do. */
  async choose(file: File): Promise<void> {
    const bytes = Array.from(new Uint8Array(await file.arrayBuffer()));
    [this.file, this.preview, this.problem] = [{ name: file.name, bytes }, null, ''];
    try {
      this.preview = await api.previewJrnlImport(bytes);
    } catch (e) {
      this.problem = errorSummary(e);
    }
  }

  cancel(): void {
    [this.file, this.preview, this.problem] = [null, null, ''];
  }

  async importChosen(): Promise<void> {
    if (!this.file || this.busy) return;
    this.busy = true;
    try {
      const done = await api.importJrnl(this.file.bytes);
      const n = done.add.length;
      notice.show(`Imported ${n} ${n === 1 ? 'entry' : 'entries'} from ${this.file.name}.`);
      this.cancel();
      void counts.refresh();
    } catch (e) {
      this.problem = errorSummary(e);
    } finally {
      this.busy = false;
    }
  }
}
