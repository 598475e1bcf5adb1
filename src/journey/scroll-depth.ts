/** Whether the content under the middle of the window scrolls in a box of its own (an app's main pane). */
function scrollsInside(win: Window): boolean {
  const doc = win.document;
  for (let box = doc.elementFromPoint(win.innerWidth / 2, win.innerHeight / 2); box; box = box.parentElement) {
    if (box.scrollHeight - box.clientHeight > 1 && /auto|scroll/.test(win.getComputedStyle(box).overflowY)) return true;
  }
  return false;
}

/**
 * How far down the page the shopper is, in percent: the document's scroll, or `box`'s (a pane
 * that holds the page's content). Only a scroll counts (`scrolled`): a position kept from before
 * this page view (a filter changed the query, the back button) is not the shopper scrolling here.
 * A page too short to scroll, nor holding a pane that scrolls, counts as read to the end once
 * `settled` (open a while).
 */
export function scrollDepth(
  win: Window,
  { scrolled, settled, box }: { scrolled: boolean; settled: boolean; box?: Element | undefined },
): number {
  const root = box ?? win.document.documentElement;
  const room = root.scrollHeight - root.clientHeight;
  if (room > 1) return scrolled ? (Math.ceil(box ? box.scrollTop : win.scrollY) / room) * 100 : 0;
  return settled && !box && !scrollsInside(win) ? 100 : 0;
}
