import { h } from 'preact';
import { drawLater } from './first-draw.js';
import { giveWay } from './give-way.js';
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
import { watchIdle } from './watch-idle.js';
import { clearAtOtherEdge } from './watch-obscured.js';

export type { PromptSessionOptions };

/**
 * How long the thanks stays before it closes by itself (not while the pointer or focus is on it).
 * The help after a low answer never closes by itself: the shopper may still be reading it.
 */
export const THANKS_MS = 6_000;

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
      if (kit.thanks(state)) {
        thanking?.stop();
        speak(said(state.view));
      }
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
    // Any change of state is the shopper's doing: the prompt is in use, and not idle.
    untouched?.stop();
    untouched = undefined;
    idle?.touch();
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

  let idle: ReturnType<typeof watchIdle> | undefined;
  let untouched: ReturnType<typeof watchIdle> | undefined;
  let thanking: ReturnType<typeof watchIdle> | undefined;
  let stopGivingWay = () => {};

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
    idle?.stop();
    if (!kit?.thanks(state)) thanking = watchIdle(host, mounted.hasFocus, THANKS_MS, () => close('close'));
  }

  let closed = false;
  function remove() {
    if (closed) return;
    closed = true;
    clearTimeout(timer);
    for (const watcher of [idle, untouched, thanking]) watcher?.stop();
    stopGivingWay();
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
      draw();
    },
    (error) => {
      remove();
      options.onFailed?.(error);
    },
    () => options.onDrawn?.(),
  );
  return remove;

  function draw() {
    // Idle, the card shrinks to the slim bar; only a site that asks for it (`idleCloseMs`) has an
    // untouched prompt close by itself. Neither runs while the pointer rests on it or focus is in it.
    idle = watchIdle(host, mounted.hasFocus, floating ? (options.minimizeAfterMs ?? 0) : 0, minimize);
    untouched = watchIdle(host, mounted.hasFocus, options.idleCloseMs ?? 0, () => close('idle'));
    // Focus under the card: the card (or help card) gives way to the bar, a thank-you closes, and
    // the bar moves to the other edge if it is clear there. Like the timers, not before the card
    // is there: an Escape on the page must not dismiss a prompt nobody saw.
    stopGivingWay = giveWay(
      doc,
      host,
      floating ? () => mounted.surface()?.getBoundingClientRect() : undefined,
      () => close('escape'),
      (focused, cover) => {
        if (state.view !== 'prompt' && !kit?.thanks(state)) return close('close');
        if (!state.minimized) return minimize();
        if (clearAtOtherEdge(focused, cover, doc.defaultView?.innerHeight ?? 0)) host.toggleAttribute('data-edge-top');
      },
    );
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
  }
}
