import { vi } from 'vitest';
import { HOST_TAG } from '../../../src/ui/mount.ts';

/** Drives the widget through its shadow DOM, the way a shopper's clicks and keys do. */

export const host = () => document.querySelector<HTMLElement>(HOST_TAG);
export const widgetCount = () => document.querySelectorAll(HOST_TAG).length;

export function shadow(): ShadowRoot {
  const root = host()?.shadowRoot;
  if (!root) throw new Error('the widget is not on the page');
  return root;
}

export function get<E extends Element>(selector: string): E {
  const element = shadow().querySelector<E>(selector);
  if (!element) throw new Error(`no ${selector} in the widget`);
  return element;
}

export const chooseFace = (rating: number) => get<HTMLInputElement>(`input[name="rating"][value="${rating}"]`).click();

/** What the follow-up draws: it comes in a file of its own after a rating, so it is waited for. */
export const followUp = <E extends Element>(selector: string) => vi.waitFor(() => get<E>(selector));

export const toggleWord = async (word: string) =>
  (await followUp<HTMLInputElement>(`input[name="emotions"][value="${word}"]`)).click();

export async function typeComment(text: string) {
  const textarea = await followUp<HTMLTextAreaElement>('textarea[name="comment"]');
  textarea.value = text;
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
}

export const send = () => get<HTMLButtonElement>('button[type="submit"]').click();

export const clickClose = () => get<HTMLButtonElement>('button[aria-label="Close"]').click();

export const pressEscape = (target: EventTarget = document) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true, composed: true }),
  );

/** What a browser fires before a key, a paste or dictation edits a field (and fires nowhere else). */
export const writeIn = (field: EventTarget) =>
  field.dispatchEvent(
    new InputEvent('beforeinput', { inputType: 'insertText', data: 'a', bubbles: true, composed: true }),
  );
