import { type AskContext, readContext } from '../config/check-context.js';
import type { Environment } from '../environment.js';
import type { Logger } from '../shared/log.js';
import { parseTriggers } from './trigger-rules.js';

/**
 * Declarative triggers report steps like a site's own step() calls, so the etiquette decides.
 * Their runtime is a file of its own, fetched only when the config has valid triggers. Returns
 * how to stop watching, also before the file has arrived.
 */
export function watchTriggers(
  input: unknown,
  env: Environment,
  onStep: (step: string, context?: AskContext) => void,
  log: Logger,
): () => void {
  const win = env.window;
  const triggers = parseTriggers(input, log.warn, win.document);
  let stop: (() => void) | undefined;
  let stopped = false;
  if (triggers.length) {
    env.loadTriggers().then(
      ({ startTriggers }) => {
        if (stopped) return;
        stop = startTriggers(triggers, {
          window: win,
          onStep,
          readContext,
          log,
        });
      },
      (error) => log.warn(`the triggers could not load (${error}); step() calls still work.`),
    );
  }
  return () => {
    stopped = true;
    stop?.();
  };
}
