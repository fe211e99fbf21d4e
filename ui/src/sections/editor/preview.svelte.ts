// The preview's HTML: rendered (and sanitised) by the core after a short pause in typing; a
// render that finishes after a newer one started is dropped.
import { api } from '../../api';
import { errorMessage } from '../../api/errors';
import { debounce } from '../../shared/debounce';
import { Latest } from '../../shared/latest';

/** Rendering runs in the core; wait for a short pause in typing. */
const RENDER_DELAY_MS = 200;

export class PreviewRender {
  html = $state('');
  problem = $state<string | null>(null);
  private readonly latest = new Latest();
  private readonly render = debounce(async (source: string) => {
    const current = this.latest.take();
    try {
      const out = await api.renderMarkdown(source);
      if (current()) [this.html, this.problem] = [out, null];
    } catch (e) {
      if (current()) this.problem = errorMessage(e);
    }
  }, RENDER_DELAY_MS);

  /** The Markdown changed. */
  update(markdown: string): void {
    this.render.call(markdown);
  }

  stop(): void {
    this.render.cancel();
    this.latest.invalidate();
  }
}
