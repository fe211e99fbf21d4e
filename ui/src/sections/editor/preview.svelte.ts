// The preview's HTML: rendered (and sanitised) by the core after a short pause in typing; a
// render that finishes after a newer one started is dropped.
import { api } from '../../api';
import { errorMessage } from '../../api/errors';
import { debounce } from '../../shared/debounce';
import { Latest } from '../../shared/latest';

/** Rendering runs in the core; wait for a short pause in typing. */
const RENDER_DELAY_MS = 200;

/** Markdown to safe HTML, by the core: an entry's, or a document's with its ROI blocks drawn. */
export type Renderer = (markdown: string) => Promise<string>;

export class PreviewRender {
  html = $state('');
  problem = $state<string | null>(null);
  private readonly latest = new Latest();

  constructor(private readonly renderer: Renderer = api.renderMarkdown) {}

  private readonly render = debounce(async (source: string) => {
    const current = this.latest.take();
    try {
      const out = await this.renderer(source);
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
