import { tick } from 'svelte';

/**
 * Puts the keyboard focus back on a milestone after the plan redraws (a move may have
 * re-created its row in another quarter): its row, or a field of its open editor.
 */
export async function focusMilestone(id: number, target: 'row' | 'editor' | 'note' = 'row'): Promise<void> {
  await tick();
  document.querySelector<HTMLElement>(`[data-milestone-id="${id}"] [data-focus="${target}"]`)?.focus();
}
