/**
 * `window.feelback(...)` for a site that uses the script tag and writes TypeScript: add
 * `import type {} from 'feelback/global';` (or `/// <reference types="feelback/global" />`) once,
 * and each call is checked as the npm instance's commands are.
 */
import type { AskContext } from './config/check-context.js';
import type { FeelbackConfig } from './config/config.js';
import type { EventName, Listener } from './events/emitter.js';

/** The script tag's command function: the stub queues calls until the loader takes over. */
export interface FeelbackCommand {
  (command: 'init', config: FeelbackConfig): void;
  (command: 'step' | 'ask', step: string, context?: AskContext): void;
  (command: 'close', step?: string): void;
  (command: 'destroy'): void;
  (command: 'consent', granted: boolean): void;
  /**
   * Settles after one delivery attempt of every pending answer; never rejects. The one-line stub
   * returns nothing until the loader has run: `await` it rather than call `.then`.
   */
  (command: 'flush' | 'retryRejected'): Promise<void> | void;
  /** Through the script tag, `on` returns nothing (it may be queued): undo it with `off`. */
  <E extends EventName>(command: 'on' | 'off', event: E, listener: Listener<E>): void;
  /** The calls the one-line stub queued before the loader arrived. */
  q?: Array<IArguments | unknown[]>;
}

declare global {
  interface Window {
    feelback: FeelbackCommand;
  }
  /** The same function, called without `window.`. */
  var feelback: FeelbackCommand;
}
