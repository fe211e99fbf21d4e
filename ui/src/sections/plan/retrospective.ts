// Writing a quarter's retrospective, from the plan or from home: the core writes it (pre-filled)
// if there is none yet, and the journal opens it.
import { api } from '../../api';
import { banner } from '../../shared/banner.svelte';
import type { Navigation } from '../../shared/navigation';

export async function openRetrospective(nav: Navigation, planId: number, quarter: number): Promise<void> {
  try {
    const entry = await api.startRetrospective(planId, quarter);
    await nav.openEntry(entry.id);
  } catch (e) {
    banner.show(e);
  }
}
