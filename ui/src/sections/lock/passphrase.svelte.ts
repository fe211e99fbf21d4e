// The passphrase tile of "Your data": set one (the journal and its backups are encrypted),
// change it, remove it, lock now, and the idle time before the app locks. Every rule (length,
// the two fields matching, a wrong current passphrase) is the core's; its problems are shown
// next to their fields.
import { api } from '../../api';
import type { LockSettings } from '../../api/bindings';
import { errorProblems, errorSummary, type FieldProblem } from '../../api/errors';
import { banner } from '../../shared/banner.svelte';
import { lock } from '../../shared/lock.svelte';
import { notice } from '../../shared/notice.svelte';

export type PassphraseForm = 'set' | 'change' | 'remove';

export class PassphraseTile {
  form = $state<PassphraseForm | null>(null);
  current = $state('');
  passphrase = $state('');
  confirmation = $state('');
  problems = $state<FieldProblem[]>([]);
  /** A problem about no one field (another Waypoint has the journal open, the disk, ...). */
  problem = $state('');
  busy = $state(false);
  settings = $state<LockSettings | null>(null);

  async load(): Promise<void> {
    if (!lock.encrypted) return;
    try {
      this.settings = await api.lockSettings();
    } catch (e) {
      banner.show(e);
    }
  }

  open(form: PassphraseForm): void {
    this.form = form;
    this.clear();
  }

  close(): void {
    this.form = null;
    this.clear();
  }

  private clear(): void {
    [this.current, this.passphrase, this.confirmation, this.problem] = ['', '', '', ''];
    this.problems = [];
  }

  messages(field: string): string[] {
    return this.problems.filter((p) => p.field === field).map((p) => p.message);
  }

  async submit(): Promise<void> {
    if (!this.form || this.busy) return;
    this.busy = true;
    [this.problems, this.problem] = [[], ''];
    try {
      if (this.form === 'set') {
        lock.state = await api.setPassphrase(this.passphrase, this.confirmation);
        notice.show('The journal and its backups are encrypted. Keep the passphrase safe: nobody can recover it.');
        await this.load();
      } else if (this.form === 'change') {
        await api.changePassphrase(this.current, this.passphrase, this.confirmation);
        notice.show('The passphrase is changed.');
      } else {
        lock.state = await api.removePassphrase(this.current);
        notice.show('The journal is no longer encrypted.');
      }
      this.close();
    } catch (e) {
      this.problems = errorProblems(e);
      if (this.problems.length === 0) this.problem = errorSummary(e);
    } finally {
      this.busy = false;
    }
  }

  async saveIdle(minutes: number): Promise<void> {
    try {
      this.settings = await api.saveLockSettings({ auto_lock_minutes: minutes });
    } catch (e) {
      banner.show(e);
    }
  }
}
