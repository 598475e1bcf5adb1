import { type ComponentChild, h } from 'preact';
import { sr } from '../styles/shared.css.js';
import { CloseIcon, OpenIcon } from './icons.js';
import { Prompt, type PromptProps } from './Prompt.js';
import { close, row, thanks } from './prompt.css.js';
import type { CloseReason } from './state.js';
import { bar, card, reopen } from './widget.css.js';

export interface WidgetProps extends Omit<PromptProps, 'onClose'> {
  /** Spoken by screen readers through the status region when it changes. */
  announcement: string;
  onDismiss(reason: CloseReason): void;
  /** The slim bar's question was pressed: show the whole prompt again. */
  onReopen(): void;
  /** Shown instead of the thank-you sentence: the help after a low answer. */
  after?: ComponentChild;
}

/**
 * The whole widget surface: a labelled region (a landmark, so it is easy to find and skip)
 * that never takes focus by itself. Minimised, it is a slim bar at the same edge: the question
 * to reopen it and the close button. The region and its status stay the same element in every
 * state, so what the status says is spoken. Pure: props in, callbacks out.
 */
export function Widget(props: WidgetProps) {
  const { state, strings, announcement, onDismiss } = props;
  const onClose = () => onDismiss('close');
  const closeButton = (
    <button type="button" class={close} aria-label={strings.close} onClick={onClose}>
      <CloseIcon />
    </button>
  );
  return (
    <section class={state.minimized ? bar : card} aria-label={strings.region}>
      <div role="status" class={sr}>
        {announcement}
      </div>
      {state.minimized ? (
        <div class={row}>
          {/* Replaced by the prompt when pressed; a keyboard user's focus follows to its scale. */}
          <button type="button" class={reopen} aria-expanded="false" onClick={props.onReopen}>
            <span>{props.question}</span>
            <OpenIcon />
          </button>
          {closeButton}
        </div>
      ) : state.view === 'prompt' ? (
        <Prompt {...props} onClose={onClose} />
      ) : (
        <div class={row}>
          {props.after ?? (
            // Focus moves here when the form it replaces had focus.
            <p class={thanks} tabIndex={-1} data-focus>
              {state.view === 'thanks' ? strings.thanks : strings.savedOffline}
            </p>
          )}
          {closeButton}
        </div>
      )}
    </section>
  );
}
