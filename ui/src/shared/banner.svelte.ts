import { errorMessage } from '../api/errors';

/** The dismissible error banner: one message at a time, the newest wins. */
class Banner {
  message = $state<string | null>(null);

  show(e: unknown): void {
    this.message = errorMessage(e);
  }

  dismiss(): void {
    this.message = null;
  }
}

export const banner = new Banner();
