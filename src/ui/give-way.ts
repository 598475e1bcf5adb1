import { overlaps, watchObscured } from './watch-obscured.js';

/**
 * WCAG 2.4.11, both ways a prompt keeps out of the way of the page's keyboard focus: Escape
 * dismisses it, from inside the widget (keydown is composed), and from the page with nothing
 * focused or from a control a floating prompt (`cover` given) lies over, since a prompt
 * dismissible without moving focus counts as not obscuring; and a floating one hears
 * `onCovering` when focus goes under it. Any other Escape is not ours: the page's own (clearing
 * a search field, closing its dialog, which does not `preventDefault()`), one the page used, one
 * that ends an input method's composition (e.g. in Japanese), and one in a field of the prompt
 * holding the shopper's words, which closing would throw away.
 * Returns the function that stops both.
 */
export function giveWay(
  doc: Document,
  host: HTMLElement,
  cover: (() => DOMRect | undefined) | undefined,
  onEscape: () => void,
  onCovering: (focused: DOMRect, cover: DOMRect) => void,
): () => void {
  const under = (target: EventTarget | undefined) => {
    const box = cover?.();
    return (
      !!box &&
      (target === doc ||
        target === doc.body ||
        target === doc.documentElement ||
        // In the page's dialog or popover (in the top layer, over the prompt), Escape is theirs.
        (target instanceof Element &&
          !target.closest('dialog,[popover]') &&
          overlaps(target.getBoundingClientRect(), box)))
    );
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
    const path = event.composedPath();
    const field = path[0] as HTMLInputElement;
    if (path.includes(host) ? !(/^(textarea|email)$/.test(field.type) && field.value) : under(field)) onEscape();
  };
  doc.addEventListener('keydown', onKey);
  const stopObscured = cover && watchObscured(doc, host, cover, onCovering);
  return () => {
    stopObscured?.();
    doc.removeEventListener('keydown', onKey);
  };
}
