import { h } from 'preact';
import { sr } from '../styles/shared.css.js';
import { Prompt, type PromptProps } from './Prompt.js';
import { Thanks } from './Thanks.js';
import { card } from './widget.css.js';

export interface WidgetProps extends Omit<PromptProps, 'onClose'> {
  /** Spoken by screen readers through the status region when it changes. */
  announcement: string;
  onDismiss(reason: 'close' | 'escape'): void;
}

/**
 * The whole widget surface: a labelled region (a landmark, so it is easy to find and skip)
 * that never takes focus by itself. Pure: props in, callbacks out.
 */
export function Widget(props: WidgetProps) {
  const { state, strings, announcement, onDismiss } = props;
  const onClose = () => onDismiss('close');
  return (
    <section
      class={card}
      aria-label={strings.region}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onDismiss('escape');
        }
      }}
    >
      <div role="status" class={sr}>
        {announcement}
      </div>
      {state.view === 'prompt' ? (
        <Prompt {...props} onClose={onClose} />
      ) : (
        <Thanks
          message={state.view === 'thanks' ? strings.thanks : strings.savedOffline}
          closeLabel={strings.close}
          onClose={onClose}
        />
      )}
    </section>
  );
}
