// The window never leaves the app: a link the user follows (click, middle click, Enter on a
// focused link) opens in the browser through the core's `open_link`, and a link dropped on the
// window is not followed. Rust stops every other navigation and says so with LINK_EVENT; the
// user is told what happened either way.
import { listen } from '@tauri-apps/api/event';
import { api } from '../api';
import type { LinkFollowed } from '../api/bindings';
import { banner } from './banner.svelte';
import { notice } from './notice.svelte';
import { isTypingTarget } from './shortcuts';

export const LINK_EVENT = 'waypoint://link-followed';

export function openedMessage(url: string): string {
  return `Opened ${url} in your browser.`;
}

function linkOf(e: Event): HTMLAnchorElement | null {
  const target = e.target instanceof Element ? e.target : null;
  return target?.closest<HTMLAnchorElement>('a[href]') ?? null;
}

async function follow(href: string): Promise<void> {
  try {
    notice.show(openedMessage(await api.openLink(href)));
  } catch (e) {
    banner.show(e);
  }
}

function onClick(e: MouseEvent): void {
  const link = linkOf(e);
  // A link without href (the preview drops unsafe ones) goes nowhere; nothing to stop.
  if (!link) return;
  e.preventDefault();
  // The auxclick of a middle button; the primary button's click (also Enter on a link).
  if (e.type === 'click' || e.button === 1) void follow(link.href);
}

function onDrag(e: DragEvent): void {
  // Dropping text into a field stays possible; dropping a link on the page would open it.
  if (!isTypingTarget(e.target)) e.preventDefault();
}

function onFollowed(followed: LinkFollowed): void {
  if (followed.refused) banner.show(followed.refused);
  else notice.show(openedMessage(followed.url));
}

/** Keeps `doc`'s links out of the window. Resolves to a function that stops. */
export async function keepLinksInApp(doc: Document = document): Promise<() => void> {
  const unlisten = await listen<LinkFollowed>(LINK_EVENT, (e) => onFollowed(e.payload));
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('auxclick', onClick, true);
  doc.addEventListener('dragover', onDrag, true);
  doc.addEventListener('drop', onDrag, true);
  return () => {
    unlisten();
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('auxclick', onClick, true);
    doc.removeEventListener('dragover', onDrag, true);
    doc.removeEventListener('drop', onDrag, true);
  };
}
