import { browserEnvironment, type Environment } from './environment.js';
import { createFeelback as createWithEnvironment, type Feelback } from './feelback.js';
import { loadBundledLocale } from './i18n/load-bundled-locale.js';

/**
 * Creates a widget instance; without a config it waits for `init`. The prompt UI and each
 * language but English are separate chunks that your bundler splits off and loads the first
 * time a prompt shows.
 */
export function createFeelback(
  config?: unknown,
  environment: () => Environment | undefined = () =>
    browserEnvironment(() => import('./ui/index.js'), loadBundledLocale),
): Feelback {
  return createWithEnvironment(config, environment);
}
