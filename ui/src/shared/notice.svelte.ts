/** A passing status message (not an error): one at a time, the newest wins. */
class Notice {
  /** A fresh object per message, so the same text shown twice restarts its timer. */
  current = $state<{ message: string } | null>(null);

  show(message: string): void {
    this.current = { message };
  }

  dismiss(): void {
    this.current = null;
  }
}

export const notice = new Notice();
