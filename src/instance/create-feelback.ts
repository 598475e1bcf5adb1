import { loadBundledLocale } from '../i18n/load-bundled-locale.js';
import { browserEnvironment, type Environment } from './environment.js';
import { createFeelback as createWithEnvironment, type Feelback } from './feelback.js';

/**
 * Creates a widget instance; without a config it waits for `init`. The prompt UI, delivery,
 * each language but English, and the trigger runtime are separate chunks that your bundler
 * splits off and loads only when they are needed.
 */
export function createFeelback(
  config?: unknown,
  environment: () => Environment | undefined = () =>
    browserEnvironment({
      loadPrompt: () => import('../ui/index.js'),
      loadLocale: loadBundledLocale,
      loadTriggers: () => import('../journey/triggers.js'),
      loadDelivery: () => import('../queue/delivery.js'),
    }),
): Feelback {
  return createWithEnvironment(config, environment);
}
