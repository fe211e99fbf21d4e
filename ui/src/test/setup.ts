// What jsdom lacks, for every UI test (vitest `setupFiles`): it does not lay out (no
// scrollIntoView), its <dialog> has no modal methods, it has no media queries, and it has no
// canvas, so Chart.js draws nothing while the charts' data tables still render.
import { beforeEach, vi } from 'vitest';
import { useReference } from '../shared/reference';
import type { Reference } from '../api/bindings';
import reference from './answers/reference.json';

// Every module reads the core's reference data, as the app loads it before it starts.
useReference(reference as Reference);

Element.prototype.scrollIntoView ??= () => {};
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
  this.dispatchEvent(new Event('close'));
};

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

// jsdom has no media queries: the OS is in light mode, and never switches.
window.matchMedia ??= (query: string) =>
  ({ matches: false, media: query, addEventListener: () => {}, removeEventListener: () => {} }) as unknown as MediaQueryList;

// CodeMirror measures text ranges to place the cursor; jsdom has no layout, so none has a size.
Range.prototype.getClientRects ??= () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
Range.prototype.getBoundingClientRect ??= () => new DOMRect();
