// The prompt library's state: the prompts as the core last answered them, and the changes the
// user makes. Every change answers with the whole library; a refusal comes back as its message,
// to show next to what caused it.
import { api } from '../../api';
import type { Prompt, PromptDraft } from '../../api/bindings';
import { errorMessage } from '../../api/errors';
import { banner } from '../../shared/banner.svelte';
import type { PromptGroup } from './prompts';

export class PromptLibrary {
  prompts = $state<Prompt[] | null>(null);

  async load(): Promise<void> {
    try {
      this.prompts = await api.listPrompts();
    } catch (e) {
      banner.show(e);
    }
  }

  /** Adds a prompt to a quarter's or a competency's group. */
  add(group: PromptGroup, text: string): Promise<string | null> {
    const draft: PromptDraft = group.quarter !== null ? { quarter: group.quarter, text } : { competency_id: group.competencyId!, text };
    return this.change(() => api.addPrompt(draft));
  }

  edit(prompt: Prompt, text: string): Promise<string | null> {
    return this.change(() => api.updatePrompt(prompt.id, text));
  }

  setHidden(prompt: Prompt, hidden: boolean): Promise<string | null> {
    return this.change(() => api.setPromptHidden(prompt.id, hidden));
  }

  private async change(call: () => Promise<Prompt[]>): Promise<string | null> {
    try {
      this.prompts = await call();
      return null;
    } catch (e) {
      return errorMessage(e);
    }
  }
}
