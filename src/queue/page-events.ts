import type { Sync } from './sync.js';

/** Answers left from an earlier visit go out once the page has settled, not during its load. */
export const LEFTOVER_DELAY_MS = 1_000;

/**
 * Wires delivery to the page: everything is tried when the browser comes back online, what would
 * be lost goes out with keepalive when the page is hidden or left, and answers left from an
 * earlier visit are looked for once the page has settled. Returns how to stop.
 */
export function startDelivery(sync: Sync, win: Window): () => void {
  const deliverNow = () => void sync.deliverPending(true);
  // On window, not document: pagehide is never dispatched to document (analytics-next PR#714).
  const onHide = (event: Event) => {
    if (event.type === 'pagehide') sync.leave(true);
    else if (win.document.visibilityState === 'hidden') sync.leave(false);
  };
  win.addEventListener('online', deliverNow);
  win.addEventListener('pagehide', onHide);
  win.document.addEventListener('visibilitychange', onHide);
  const leftovers = win.setTimeout(() => sync.deliverPending(), LEFTOVER_DELAY_MS);
  return () => {
    win.removeEventListener('online', deliverNow);
    win.removeEventListener('pagehide', onHide);
    win.document.removeEventListener('visibilitychange', onHide);
    win.clearTimeout(leftovers);
  };
}
