/**
 * Hands out tickets so that, of several overlapping async calls, only the newest one's
 * result is applied: `const current = latest.take(); ...await...; if (current()) apply()`.
 */
export class Latest {
  private serial = 0;

  take(): () => boolean {
    const mine = ++this.serial;
    return () => mine === this.serial;
  }

  /** Makes every outstanding ticket stale. */
  invalidate(): void {
    this.serial++;
  }
}
