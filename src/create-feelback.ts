import { browserEnvironment, type Environment } from './environment.js';
import { createFeelback as createWithEnvironment, type Feelback } from './feelback.js';
import { loadBundledLocale } from './i18n/load-bundled-locale.js';

/**
 * Creates a widget instance; without a config it waits for `init`. The prompt UI, each
 * language but English, and the trigger runtime are separate chunks that your bundler splits
 * off and loads only when they are needed.
 */
export function createFeelback(
  config?: unknown,
  environment: () => Environment | undefined = () =>
    browserEnvironment({
      loadPrompt: () => import('./ui/index.js'),
      loadLocale: loadBundledLocale,
      loadTriggers: () => import('./journey/triggers.js'),
    }),
): Feelback {
  return createWithEnvironment(config, environment);
}
