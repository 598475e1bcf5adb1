import type { AskContext } from '../config/check-context.js';
import type { FeelbackConfig } from '../config/config.js';
import type { EventName, Listener } from '../events/emitter.js';

export type { AskContext };

/**
 * A widget instance's commands, as `createFeelback()` returns them. A file apart from the code that
 * builds one (feelback.ts): the npm front, React and Vue need only this type, not the widget.
 */
export interface Feelback {
  /** Validates the config and switches the widget on. A second call replaces the config. */
  init(config: FeelbackConfig): void;
  /** The shopper reached this journey step: prompts if the step's rules and the etiquette allow. */
  step(step: string, context?: AskContext): void;
  /** Shows the prompt for this step now, unless the shopper chose "don't ask me again". */
  ask(step: string, context?: AskContext): void;
  /**
   * Closes the open prompt (or one about to show), e.g. when the shopper leaves the screen it
   * asks about; reported as `dismissed` with reason `site`. A thank-you card just goes. With a
   * step, only that step's prompt closes.
   */
  close(step?: string): void;
  /** Whether the site's consent banner allows storing etiquette memory on the device. */
  consent(granted: boolean): void;
  /** Settles after one delivery attempt of every pending answer. Never rejects. */
  flush(): Promise<void>;
  /** Puts the answers the endpoint refused (dead letters) back in the queue and delivers them. */
  retryRejected(): Promise<void>;
  /** Subscribes to an event; returns the function that unsubscribes again. */
  on<E extends EventName>(event: E, listener: Listener<E>): () => void;
  off<E extends EventName>(event: E, listener: Listener<E>): void;
  /** Removes the prompt, listeners and timers; stored answers stay for the next page. */
  destroy(): void;
}
