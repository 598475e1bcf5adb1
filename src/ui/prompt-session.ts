import { h } from 'preact';
import { drawLater } from './first-draw.js';
import type { HelpKit } from './help-kit.js';
import { followUpLoader } from './load-follow-up.js';
import { helpLoader } from './load-help.js';
import { mountWidget } from './mount.js';
import { PARTS } from './prompt-parts.js';
import type { PromptSessionOptions } from './prompt-session-options.js';
import type { ScaleView } from './Rating.js';
import { sessionTexts, statusText } from './session-texts.js';
import { type CloseReason, chooseRating, initialUiState, toggleEmotion, type UiState, type View } from './state.js';
import { Widget } from './Widget.js';
import { watchCard } from './watch-card.js';
import { clearAtOtherEdge } from './watch-obscured.js';

export { THANKS_MS } from './watch-card.js';
export type { PromptSessionOptions };

/**
 * One prompt on screen: holds its state, renders the pure components, and turns their
 * callbacks into state changes. Returns a function that removes it. The card is drawn in a task
 * after its host (`later`), then `onDrawn` is told.
 */
export function openPromptSession(
  options: PromptSessionOptions,
  later: (draw: () => void) => unknown = (draw) => setTimeout(draw),
): () => void {
  const { doc } = options;
  const warn = options.onBadOverride ?? (() => {});
  const texts = sessionTexts(options, warn);
  const { strings, question } = texts;
  const { instrument = 'feeling' } = options;
  const mounted = mountWidget(doc, options);
  const { host } = mounted;
  let scale: ScaleView | undefined;
  const floating = options.placement !== 'inline';
  let state: UiState = { ...initialUiState, ...options.initial };
  let announcement = '';
  /** The status region has said the prompt is there (100 ms after it appeared). */
  let spoken = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const comment = options.comment ?? true;
  // The help and the contact question are a file of their own, fetched once a low rating needs them.
  let kit: HelpKit | undefined;
  const loadHelp = helpLoader(
    options,
    host.shadowRoot,
    () => close('close'),
    (loaded) => {
      kit = loaded;
      // Here after the thanks showed: the help replaces it, and stays until the shopper closes it.
      if (kit.thanks(state)) speak(said(state.view));
      render();
    },
  );
  // The card grew up from the scale: in a sheet short enough to scroll, keep the scale in view.
  const keepScale = () => {
    const surface = mounted.surface();
    if (floating && surface) surface.scrollTop = surface.scrollHeight;
  };
  // The words and the comment, once their file is here (until then a rating shows Send alone).
  const followUp = followUpLoader(
    host,
    () => !closed && !state.busy && state.view === 'prompt',
    () => {
      render();
      if (state.rating !== undefined) keepScale();
    },
  );
  const chosen = (next: UiState) => {
    set(next);
    const { rating, emotions } = state;
    if (rating === undefined) return;
    followUp.load();
    loadHelp(rating);
    options.onChoose?.({ rating, emotions });
  };

  const render = () =>
    mounted.update(
      h(Widget, {
        state,
        question,
        strings,
        instrument,
        emotions: options.emotions ?? true,
        comment,
        privacyUrl: options.privacyUrl,
        lang: options.lang,
        announcement,
        followUp: followUp.view(),
        scale,
        ...kit?.props(state, { strings, said: said(state.view, false), comment }, (change) =>
          set({ ...state, ...change }),
        ),
        onRate(rating) {
          chosen(chooseRating(state, rating, instrument));
          keepScale();
        },
        onToggleEmotion: (key) => chosen(toggleEmotion(state, key)),
        onComment: (comment) => set({ ...state, comment }),
        // Never an unhandled rejection in the host page; the shopper can simply press Send again.
        onSubmit: () => submit().catch(() => set({ ...state, busy: false })),
        onDismiss: close,
        onDontAsk: () => close('dont-ask'),
        // The status region says what is open again, so a later shrink is a change it speaks; to
        // a keyboard user focus says it (moving into the card), so the region empties instead.
        onReopen() {
          speak(said(state.view, false));
          set({ ...state, minimized: false });
        },
      }),
    );
  /** Shows a state the widget chose (not the shopper). */
  const show = (next: UiState) => {
    state = next;
    render();
  };
  const set = (next: UiState) => {
    // Any change of state is the shopper's doing.
    card?.touched();
    show(next);
  };
  const minimize = () => {
    if (state.minimized || (state.view !== 'prompt' && !kit?.thanks(state))) return;
    // Shrunk before it was first announced (focus under it from the start): that announcement,
    // which says what it is, comes still; a live region's text set as it appears may be missed.
    announcement = spoken ? strings.minimized : '';
    show({ ...state, minimized: true });
    options.onMinimize?.();
  };

  /** What keeps the card out of the way, once it is drawn. */
  let card: ReturnType<typeof watchCard> | undefined;

  async function submit() {
    // Send exists only once a face is chosen (0 is a rating too); `busy` stops a double submit.
    const { rating, emotions } = state;
    if (state.busy || rating === undefined) return;
    // Consent ticked: the address must be one an answer can carry, or the field says what is wrong.
    const contact = kit?.contact(state);
    if (contact === false) {
      set({ ...state, emailInvalid: true });
      announcement = kit?.refuse(host.shadowRoot, announcement) ?? announcement;
      return render();
    }
    // Nothing draws `busy` (it stops a second Send): no render ahead of storing the answer.
    state = { ...state, busy: true };
    const view = await options.save({ rating, emotions, comment: state.comment, ...(contact && { contact }) });
    if (!view) {
      set({ ...state, busy: false });
      return followUp.draw();
    }
    state = { ...state, view };
    speak(said(view));
    set({ ...state, busy: false });
    card?.answered(() => kit?.thanks(state) || close('close'));
  }

  let closed = false;
  function remove() {
    if (closed) return;
    closed = true;
    clearTimeout(timer);
    card?.stop();
    mounted.unmount();
  }
  function close(reason: CloseReason) {
    if (closed) return;
    remove();
    // Closed while the answer is being stored still counts as answered: it will be kept.
    options.onClose(reason, state.view !== 'prompt' || state.busy);
  }

  /**
   * Says a message that replaces the form: a keyboard user's focus moves onto it, which reads it,
   * so the status region says nothing (else a screen reader says the thanks twice).
   */
  const speak = (message: string) => {
    // Emptied, not left as it was: what it said before is out of date.
    announcement = mounted.keyboard() ? '' : message;
  };
  /** What the status region (or, not `minimized`, the thank-you) says in a view (a preview may start in any). */
  const said = (view: View, minimized = state.minimized) =>
    statusText(texts, view, minimized, view === 'thanks' ? kit?.thanks(state) : undefined);

  drawLater(
    later,
    doc,
    () => closed,
    () => {
      // A scale other than feeling's faces brings its drawing and styles (see scale.ts); a throw
      // there is a failure to draw too, which takes the host away. (The feeling prompt has none.)
      scale = options.scale?.createScale(host.shadowRoot, PARTS);
      card = watchCard(doc, host, mounted, floating, options, minimize, close, (focused, cover) => {
        // Focus under the card: the card (or help card) gives way to the bar, a thank-you closes,
        // and the bar moves to the other edge if it is clear there.
        if (state.view !== 'prompt' && !kit?.thanks(state)) return close('close');
        if (!state.minimized) return minimize();
        if (clearAtOtherEdge(focused, cover, doc.defaultView?.innerHeight ?? 0)) host.toggleAttribute('data-edge-top');
      });
      render();
      // A preview may start with a rating chosen.
      if (state.rating !== undefined) followUp.load();
      // A live region speaks only about changes, so it is filled once it exists.
      timer = setTimeout(() => {
        spoken = true;
        // Shrunk already: says so too, so that reopening it (the prompt's words alone) is a change heard.
        announcement ||= said(state.view, false) + (state.minimized ? ` ${strings.minimized}` : '');
        render();
      }, 100);
    },
    (error) => {
      remove();
      options.onFailed?.(error);
    },
    () => options.onDrawn?.(),
  );
  return remove;
}
