// The milestones the open entry or document supports, from its side: load them, link one
// (picked from the plan's milestones), unlink one. After a change the stored links are shown
// again.
import { api } from '../../api';
import type { MilestoneRef } from '../../api/bindings';
import { banner } from '../../shared/banner.svelte';

/** What can be evidence for a milestone. */
export type EvidenceKind = 'entry' | 'document';

const CALLS = {
  entry: { load: api.milestonesForEntry, link: api.linkEvidence, unlink: api.unlinkEvidence },
  document: { load: api.milestonesForDocument, link: api.linkDocument, unlink: api.unlinkDocument },
} as const;

export class Supports {
  linked = $state<MilestoneRef[]>([]);
  private entryId: number | null = null;

  constructor(private readonly kind: EvidenceKind = 'entry') {}

  /** Follows the open entry or document (null while it is new and unsaved). */
  show(entryId: number | null): void {
    this.entryId = entryId;
    this.linked = [];
    if (entryId !== null) void this.load(entryId);
  }

  /** The milestones an entry can be linked to, for the picker. */
  choices(): Promise<MilestoneRef[]> {
    return api.milestoneChoices();
  }

  link(m: MilestoneRef): Promise<void> {
    return this.change(CALLS[this.kind].link, m);
  }

  unlink(m: MilestoneRef): Promise<void> {
    return this.change(CALLS[this.kind].unlink, m);
  }

  private async load(id: number): Promise<void> {
    try {
      const list = await CALLS[this.kind].load(id);
      // Another entry may have opened while this one was loading.
      if (id === this.entryId) this.linked = list;
    } catch (e) {
      banner.show(e);
    }
  }

  private async change(call: (milestoneId: number, entryId: number) => Promise<unknown>, m: MilestoneRef): Promise<void> {
    const entryId = this.entryId;
    if (entryId === null) return;
    try {
      await call(m.id, entryId);
      await this.load(entryId);
    } catch (e) {
      banner.show(e);
    }
  }
}
