// What jsdom lacks, for every UI test (vitest `setupFiles`): it does not lay out (no
// scrollIntoView), its <dialog> has no modal methods, and it has no canvas, so Chart.js
// draws nothing while the charts' data tables still render.
import { beforeEach, vi } from 'vitest';

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
