// Arrow keys in a picker whose options take the focus themselves (the competency tags, the
// evidence search), so both walk their lists the same way.

/**
 * Moves the focus to the option after (`down`) or before the focused one, stopping at the last.
 * Returns false, moving nothing, when going up from the first option or from outside the list,
 * so the caller decides what sits above it (the first option again, or a search field).
 */
export function moveFocus(options: HTMLElement[], down: boolean): boolean {
  const at = options.indexOf(document.activeElement as HTMLElement);
  const next = down ? Math.min(options.length - 1, at + 1) : at - 1;
  if (next < 0) return false;
  options[next].focus();
  return true;
}

/** ↓ or ↑, the keys that walk a picker's list. */
export function isArrow(e: KeyboardEvent): boolean {
  return e.key === 'ArrowDown' || e.key === 'ArrowUp';
}

/** Escape closes only the picker, not the editor or dialog around it. True when it was Escape. */
export function closeOnEscape(e: KeyboardEvent, close: () => void): boolean {
  if (e.key !== 'Escape') return false;
  e.preventDefault();
  e.stopPropagation();
  close();
  return true;
}
