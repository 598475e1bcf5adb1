import { watchObscured } from './watch-obscured.js';

/** Where Escape belongs to the text: a text field (it clears a search box) or an editable region. */
const typing = (field: HTMLInputElement) =>
  field.isContentEditable ||
  field.localName === 'textarea' ||
  (field.localName === 'input' && !/^(checkbox|radio|button|submit|reset|image|range|color|file)$/.test(field.type));

/**
 * WCAG 2.4.11, both ways a prompt keeps out of the way of the page's keyboard focus: Escape
 * dismisses it, from inside the widget (keydown is composed) and, for a floating prompt (`cover`
 * given), from the page, since a prompt dismissible without moving focus counts as not
 * obscuring; and a floating one hears `onCovering` when focus goes under it. Some Escapes are not
 * ours: the page's in a text field (clearing a search) or in its dialog or popover (which close
 * without `preventDefault()`), one the page used, one that ends an input method's composition
 * (e.g. in Japanese), and one in a field of the prompt holding the shopper's words, which
 * closing would throw away. Returns the function that stops both.
 */
export function giveWay(
  doc: Document,
  host: HTMLElement,
  cover: (() => DOMRect | undefined) | undefined,
  onEscape: () => void,
  onCovering: (focused: DOMRect, cover: DOMRect) => void,
): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
    const path = event.composedPath();
    const field = path[0] as HTMLInputElement;
    if (
      path.includes(host)
        ? !(typing(field) && field.value)
        : cover && !field.closest?.('dialog,[popover]') && !typing(field)
    )
      onEscape();
  };
  doc.addEventListener('keydown', onKey);
  const stopObscured = cover && watchObscured(doc, host, cover, onCovering);
  return () => {
    stopObscured?.();
    doc.removeEventListener('keydown', onKey);
  };
}
