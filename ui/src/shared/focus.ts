import { tick } from 'svelte';

/** Element ids that shortcuts move the focus to. */
export const FIELD = { search: 'search-input', title: 'title-input', body: 'body-input' } as const;

/** How many frames a field may take to appear (its section's chunk loading first). */
const FRAMES_TO_APPEAR = 120;

/** Focuses a field once pending UI updates (such as opening the editor, or loading the section
 *  it is in) are on screen; gives up quietly if it never appears. */
export async function focusField(id: (typeof FIELD)[keyof typeof FIELD]): Promise<void> {
  await tick();
  for (let frame = 0; frame < FRAMES_TO_APPEAR && !document.getElementById(id); frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  document.getElementById(id)?.focus();
}
