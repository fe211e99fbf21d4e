import { tick } from 'svelte';

/** Element ids that shortcuts move the focus to. */
export const FIELD = { search: 'search-input', title: 'title-input', body: 'body-input' } as const;

/** Focuses a field once pending UI updates (such as opening the editor) are on screen. */
export async function focusField(id: (typeof FIELD)[keyof typeof FIELD]): Promise<void> {
  await tick();
  document.getElementById(id)?.focus();
}
