import type { FeelbackConfig } from '../config/config.js';
import { OUTBOX_DB } from '../queue/outbox-names.js';
import { databaseExists } from '../shared/database-exists.js';
import type { Feelback } from './feelback-api.js';
import { lazyFeelback } from './lazy-feelback.js';

/**
 * Creates a widget instance; without a config it waits for `init`. What your app's first load
 * gets is a small front that queues calls: the widget is a chunk your bundler splits off and
 * fetches on the first `step`, `ask` or `flush`, or when answers from an earlier visit wait to be
 * sent (and its prompt, delivery and languages are chunks of their own, fetched when needed).
 * Creating one touches no browser global, so it is safe while rendering on a server.
 */
export function createFeelback(config?: FeelbackConfig): Feelback {
  const instance = lazyFeelback({
    load: () => import('./npm-widget.js'),
    waiting: () => databaseExists(OUTBOX_DB),
    inBrowser: () => typeof document === 'object',
  });
  if (config !== undefined) instance.init(config);
  return instance;
}
