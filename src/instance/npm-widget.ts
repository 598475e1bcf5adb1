/**
 * The npm package's widget: the chunk that `createFeelback` (create-feelback.ts) imports once
 * there is something to do. The prompt UI, delivery, each language but English, the trigger
 * runtime and the words that explain a bad config are chunks of their own, which your bundler splits off and loads when they are needed.
 */
import { loadBundledLocale } from '../i18n/load-bundled-locale.js';
import { browserEnvironment, type Environment } from './environment.js';
import { createFeelback } from './feelback.js';
import type { Feelback } from './feelback-api.js';

export function createWidget(
  config?: unknown,
  environment: () => Environment | undefined = () =>
    browserEnvironment({
      loadPrompt: () => import('../ui/index.js'),
      loadLocale: loadBundledLocale,
      loadTriggers: () => import('../journey/triggers.js'),
      loadDelivery: () => import('../queue/delivery.js'),
      loadOptionalChecks: () => import('./optional-checks.js'),
    }),
): Feelback {
  return createFeelback(config, environment, () => import('../config/messages.js'));
}
