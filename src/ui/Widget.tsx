import { h } from 'preact';
import { sr } from '../styles/shared.css.js';
import { CloseIcon } from './icons.js';
import { Prompt, type PromptProps } from './Prompt.js';
import { close, row, thanks } from './prompt.css.js';
import type { CloseReason } from './state.js';
import { card } from './widget.css.js';

export interface WidgetProps extends Omit<PromptProps, 'onClose'> {
  /** Spoken by screen readers through the status region when it changes. */
  announcement: string;
  onDismiss(reason: CloseReason): void;
}

/**
 * The whole widget surface: a labelled region (a landmark, so it is easy to find and skip)
 * that never takes focus by itself. Pure: props in, callbacks out.
 */
export function Widget(props: WidgetProps) {
  const { state, strings, announcement, onDismiss } = props;
  const onClose = () => onDismiss('close');
  return (
    <section class={card} aria-label={strings.region}>
      <div role="status" class={sr}>
        {announcement}
      </div>
      {state.view === 'prompt' ? (
        <Prompt {...props} onClose={onClose} />
      ) : (
        <div class={row}>
          {/* Focus moves here when the form it replaces had focus. */}
          <p class={thanks} tabIndex={-1} data-focus>
            {state.view === 'thanks' ? strings.thanks : strings.savedOffline}
          </p>
          <button type="button" class={close} aria-label={strings.close} onClick={onClose}>
            <CloseIcon />
          </button>
        </div>
      )}
    </section>
  );
}
