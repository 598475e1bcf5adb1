import { type AskContext, readContext } from '../config/check-context.js';
import type { Logger } from '../shared/log.js';
import type { Environment } from './environment.js';

/**
 * Declarative triggers report steps like a site's own step() calls, so the etiquette decides.
 * Their rules are checked, and the page watched, by a file of their own, fetched only when the
 * config has triggers. Returns how to stop watching, also before the file has arrived.
 */
export function watchTriggers(
  input: unknown,
  env: Environment,
  onStep: (step: string, context?: AskContext) => void,
  log: Logger,
): () => void {
  const win = env.window;
  let stop: (() => void) | undefined;
  let stopped = false;
  if (Array.isArray(input) && input.length) {
    env
      .loadTriggers()
      .then(({ watchRules }) => {
        if (stopped) return;
        stop = watchRules(input, {
          window: win,
          onStep,
          readContext,
          log,
        });
      })
      // Their file did not load, or the page's list threw when read (a Proxy): never into the page.
      .catch((error) => log.warn(`the triggers could not start (${error}); step() calls still work.`));
  }
  return () => {
    stopped = true;
    stop?.();
  };
}
