import { watchObscured } from './watch-obscured.js';

/**
 * WCAG 2.4.11, both ways a prompt keeps out of the way of the page's keyboard focus: Escape
 * dismisses it, from inside the widget (keydown is composed) or from the page, since a prompt
 * dismissible without moving focus counts as not obscuring; and a floating one (`cover` given)
 * hears `onCovering` when focus goes under it. Escape counts neither when the page used it nor
 * while an input method composes (there it cancels the composition, e.g. in Japanese).
 * Returns the function that stops both.
 */
export function giveWay(
  doc: Document,
  host: HTMLElement,
  cover: (() => DOMRect | undefined) | undefined,
  onEscape: () => void,
  onCovering: (focused: DOMRect, cover: DOMRect) => void,
): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented && !event.isComposing) onEscape();
  };
  doc.addEventListener('keydown', onKey);
  const stopObscured = cover && watchObscured(doc, host, cover, onCovering);
  return () => {
    stopObscured?.();
    doc.removeEventListener('keydown', onKey);
  };
}
