import type { Sync } from './sync.js';

/**
 * What would be lost goes out with keepalive when the page is hidden or left. (Back online is
 * watched by the core, which may not have fetched delivery yet.) Returns how to stop.
 */
export function watchPage(sync: Sync, win: Window): () => void {
  // On window, not document: pagehide is never dispatched to document (analytics-next PR#714).
  const onHide = (event: Event) => {
    if (event.type === 'pagehide') sync.leave(true);
    else if (win.document.visibilityState === 'hidden') sync.leave(false);
  };
  win.addEventListener('pagehide', onHide);
  win.document.addEventListener('visibilitychange', onHide);
  return () => {
    win.removeEventListener('pagehide', onHide);
    win.document.removeEventListener('visibilitychange', onHide);
  };
}
