// Home's state: one dashboard answer, read each time home is shown. It waits for the check-in
// reminder's first answer too, so the reminder does not push the cards down when it arrives.
import { api } from '../../api';
import type { Dashboard } from '../../api/bindings';
import { banner } from '../../shared/banner.svelte';
import { reminder } from '../workload/checkinReminder.svelte';

/** Marks, once, the moment the first frame with the dashboard in it has been drawn (the
 *  second animation frame after it arrived): `make bench-app`'s start-up figure. */
function markFirstScreen(): void {
  if (performance.getEntriesByName('first-screen').length > 0) return;
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('first-screen')));
}

export class Home {
  dashboard = $state<Dashboard | null>(null);

  async load(): Promise<void> {
    try {
      const [dashboard] = await Promise.all([api.dashboard(), reminder.settled()]);
      this.dashboard = dashboard;
      markFirstScreen();
    } catch (e) {
      banner.show(e);
    }
  }
}
