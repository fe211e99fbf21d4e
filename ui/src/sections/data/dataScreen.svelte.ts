// The "Your data" screen's state: the backups and exporting everything (bringing another
// journal in is importScreen.svelte.ts).
import { api } from '../../api';
import type { BackupFile, Everything } from '../../api/bindings';
import { banner } from '../../shared/banner.svelte';
import { lock } from '../../shared/lock.svelte';
import { notice } from '../../shared/notice.svelte';

export class DataScreen {
  backups = $state<BackupFile[]>([]);
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
}
