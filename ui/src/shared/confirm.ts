// The inline "for good?" confirmations (empty the trash, delete one entry): each opens on its
// safe choice, and Escape backs out.

/** An attachment for the Cancel button: focused as the confirmation opens. */
export function focusOnOpen(button: HTMLButtonElement): void {
  button.focus();
}

/** A keydown handler for the confirmation that calls `cancel` on Escape. */
export function cancelOnEscape(cancel: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    cancel();
  };
}
