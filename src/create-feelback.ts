import { browserEnvironment, type Environment } from './environment.js';
import { createFeelback as createWithEnvironment, type Feelback } from './feelback.js';

/**
 * Creates a widget instance; without a config it waits for `init`. The prompt UI is a separate
 * chunk that your bundler splits off and loads the first time a prompt shows.
 */
export function createFeelback(
  config?: unknown,
  environment: () => Environment | undefined = () => browserEnvironment(() => import('./ui/index.js')),
): Feelback {
  return createWithEnvironment(config, environment);
}
