// The prompts a new, empty entry offers: the core picks them (the quarter's focus, the lowest
// rated competencies) and says why each was chosen.
import { api } from '../../api';
import type { PromptSuggestion } from '../../api/bindings';
import { banner } from '../../shared/banner.svelte';

export class PromptSuggestions {
  list = $state<PromptSuggestion[]>([]);
  private live = true;

  async load(): Promise<void> {
    try {
      const list = await api.suggestPrompts();
      if (this.live) this.list = list;
    } catch (e) {
      banner.show(e);
    }
  }

  /** The strip has gone: a late answer is not shown. */
  stop(): void {
    this.live = false;
  }
}
