/** The page element that has focus, looked up through open shadow roots; never one of ours. */
function pageFocus(doc: Document, host: Element): Element | undefined {
  let focused = doc.activeElement;
  // `contains` does not look into shadow roots: meeting our host on the way down means it is ours.
  while (focused !== host && focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused && focused !== doc.body && focused !== host && !host.contains(focused) ? focused : undefined;
}

/** Keyboard focus only: a pointer user who clicked a button is looking at the pointer, not a ring. */
function isKeyboardFocus(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

/** Whether two boxes on screen share any area. */
export const overlaps = (a: DOMRectReadOnly, b: DOMRectReadOnly) =>
  Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

/** Whether `focused` would be clear of `cover` mirrored to the other edge (as far from it as it now is from this one). */
export const clearAtOtherEdge = (focused: DOMRectReadOnly, cover: DOMRectReadOnly, height: number) =>
  !overlaps(focused, new DOMRect(cover.x, height - cover.bottom, cover.width, cover.height));

/**
 * WCAG 2.4.11 (focus not obscured): reports when the page's keyboard focus is on an element that
 * `cover()` overlaps — when focus moves, the page scrolls or resizes, and at the start if the page
 * has keyboard focus —
 * with the element's box and the cover's. Checked in the next frame, after the browser has
 * scrolled the newly focused element into view. Returns a function that stops watching.
 */
export function watchObscured(
  doc: Document,
  host: Element,
  cover: () => DOMRect | undefined,
  onCovered: (focused: DOMRect, cover: DOMRect) => void,
): () => void {
  const win = doc.defaultView as Window;
  let frame = 0;
  const check = (again: boolean) => {
    frame = 0;
    const focused = pageFocus(doc, host);
    // The card first, even when focus is ours: after the shopper presses a face, the layout this
    // flushes is what makes Firefox hit-test the release on that face while the card slides in
    // (without it, 7 of 130 quick clicks landed on the card and chose nothing).
    const card = cover();
    if (!focused || !card || !isKeyboardFocus(focused)) return;
    const box = focused.getBoundingClientRect();
    if (!overlaps(box, card)) return;
    onCovered(box, card);
    // What it did (the card became the bar) may still cover the control: look once more.
    if (again) frame = win.requestAnimationFrame(() => check(false));
  };
  const soon = () => {
    frame ||= win.requestAnimationFrame(() => check(true));
  };
  doc.addEventListener('focusin', soon, true);
  // Captured, for scrolling panes too; `scroll` cannot be cancelled, so it needs no `passive`.
  win.addEventListener('scroll', soon, true);
  win.addEventListener('resize', soon);
  // At the start, only when a control of the page has keyboard focus: measuring would force a
  // layout in the prompt's first frame, where the browser is about to lay it out anyway.
  const focused = pageFocus(doc, host);
  if (focused && isKeyboardFocus(focused)) soon();
  return () => {
    win.cancelAnimationFrame(frame);
    doc.removeEventListener('focusin', soon, true);
    win.removeEventListener('scroll', soon, true);
    win.removeEventListener('resize', soon);
  };
}
