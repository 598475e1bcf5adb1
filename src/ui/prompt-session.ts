import { h } from 'preact';
import { en, type Strings } from '../i18n/en.js';
import { type MountOptions, mountWidget } from './mount.js';
import { chooseRating, initialUiState, type PromptAnswer, toggleEmotion, type UiState, type View } from './state.js';
import { Widget } from './Widget.js';

/** How long the thanks message stays before it closes by itself (unless it has focus). */
export const THANKS_MS = 6_000;

export interface PromptSessionOptions extends MountOptions {
  doc: Document;
  /** The site's question; the locale's default when absent. */
  question?: string | undefined;
  /** The widget's texts; English when absent. */
  strings?: Strings;
  /** Starts in this state instead of the bare question (a preview of follow-up, thanks…). */
  initial?: Partial<UiState> | undefined;
  /** Stores the answer; resolves to the view to show next, or undefined if it could not be kept. */
  save(answer: PromptAnswer): Promise<Exclude<View, 'prompt'> | undefined>;
  /** The shopper closed the prompt; `answered` tells whether they had sent an answer first. */
  onClose(reason: 'close' | 'escape', answered: boolean): void;
}

/**
 * One prompt on screen: holds its state, renders the pure components, and turns their
 * callbacks into state changes. Returns a function that removes it.
 */
export function openPromptSession(options: PromptSessionOptions): () => void {
  const { doc, strings = en } = options;
  const question = options.question ?? strings.question;
  const mounted = mountWidget(doc, options);
  let state: UiState = { ...initialUiState, ...options.initial };
  let announcement = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const render = () =>
    mounted.update(
      h(Widget, {
        state,
        question,
        strings,
        announcement,
        onRate: (rating) => set(chooseRating(state, rating)),
        onToggleEmotion: (key) => set(toggleEmotion(state, key)),
        onComment: (comment) => set({ ...state, comment }),
        // Never an unhandled rejection in the host page; the shopper can simply press Send again.
        onSubmit: () => submit().catch(() => set({ ...state, busy: false })),
        onDismiss: close,
      }),
    );
  const set = (next: UiState) => {
    state = next;
    render();
  };

  async function submit() {
    // Send exists only once a face is chosen; `busy` stops a double submit.
    if (state.busy || !state.rating) return;
    set({ ...state, busy: true });
    const view = await options.save({ rating: state.rating, emotions: state.emotions, comment: state.comment });
    if (!view) return set({ ...state, busy: false });
    announcement = said(view);
    set({ ...state, view, busy: false });
    // The thanks closes by itself, unless the shopper is on it with the keyboard.
    clearTimeout(timer);
    timer = setTimeout(() => mounted.hasFocus() || close('close'), THANKS_MS);
  }

  // Escape dismisses, from inside the widget (keydown is composed) or from the page: WCAG 2.4.11
  // counts a prompt dismissible without moving focus as not obscuring. Not if the page used it.
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) close('escape');
  };
  doc.addEventListener('keydown', onKey);

  let closed = false;
  function remove() {
    if (closed) return;
    closed = true;
    clearTimeout(timer);
    doc.removeEventListener('keydown', onKey);
    mounted.unmount();
  }
  function close(reason: 'close' | 'escape') {
    if (closed) return;
    remove();
    // Closed while the answer is being stored still counts as answered: it will be kept.
    options.onClose(reason, state.view !== 'prompt' || state.busy);
  }

  /** What the status region says in a view (a preview may start in any). */
  const said = (view: View) =>
    view === 'prompt'
      ? strings.promptAvailable.replace('{question}', question)
      : view === 'thanks'
        ? strings.thanks
        : strings.savedOffline;

  render();
  // A live region speaks only about changes, so it is filled once it exists.
  timer = setTimeout(() => {
    announcement = said(state.view);
    render();
  }, 100);
  return remove;
}
