import type { SayDebug } from '../config/debug-notes.js';
import type { Emitter } from '../events/emitter.js';
import type { Sync, SyncConfig } from '../queue/delivery.js';
import { createQueue, STORAGE_CAP } from '../queue/queue.js';
import type { Environment } from './environment.js';

/** Answers left from an earlier visit are looked for once the page has settled, not during its load. */
export const LEFTOVER_DELAY_MS = 1_000;

/**
 * One widget instance's answers, across `init`s: the queue, here in the core (an answer is
 * durable before the prompt thanks), and their delivery, a file of its own fetched once there is
 * something to send. `configure` takes each `init`'s config; undefined stops (`destroy`).
 */
export function createAnswers(env: Environment, emit: Emitter['emit'], warn: (message: string) => void, say: SayDebug) {
  const win = env.window;
  const store = env.outboxStore();
  const queue = createQueue(
    {
      unavailable: (error) =>
        emit('error', {
          code: 'storage-unavailable',
          message: `IndexedDB is unavailable (${error}); answers are kept in memory for this page only.`,
        }),
      full(id) {
        const message = `${STORAGE_CAP} answers are waiting on this device; a new one is kept for this page only.`;
        warn(message);
        emit('error', { code: 'queue-full', ids: [id], message });
      },
    },
    store,
  );
  let config: SyncConfig | undefined;
  let loaded: Promise<Sync | undefined> | undefined;
  let stopWatching: (() => void) | undefined;
  let leftovers: number | undefined;
  /** Watches the page for the latest config, once delivery has loaded. */
  let watching: (() => void) | undefined;

  const delivery = () =>
    (loaded ??= env.loadDelivery().then(
      ({ createSync, watchPage }) => {
        const { now, random, found, transport } = env;
        const sync = createSync({ queue, emit, win, now, random, found, transport });
        sync.configure(config);
        const watch = () => {
          stopWatching?.();
          stopWatching = config && watchPage(sync, win);
        };
        watch();
        watching = watch;
        return sync;
      },
      (error) => {
        // Offline, or blocked: the answers wait (in IndexedDB, or in memory); the next trigger tries again.
        loaded = undefined;
        say(['delivery', error]);
        return undefined;
      },
    ));
  const deliver = (force?: boolean) => delivery().then((sync) => sync?.deliverPending(force));
  const online = () => void deliver(true);

  return {
    queue,
    deliver,
    retryRejected: () => delivery().then((sync) => sync?.retryRejected()),
    /** Fetches the delivery file ahead of an answer, while the shopper looks at a prompt. */
    prefetch: () => void delivery(),
    configure(next: SyncConfig | undefined) {
      config = next;
      win.clearTimeout(leftovers);
      win.removeEventListener('online', online);
      void loaded?.then((sync) => {
        sync?.configure(next);
        watching?.();
      });
      if (!next) return;
      win.addEventListener('online', online);
      leftovers = win.setTimeout(async () => {
        if (queue.pending.size || (await store.exists().catch(() => false))) void deliver();
      }, LEFTOVER_DELAY_MS);
    },
    /** `destroy`: this page's answers not yet delivered go out now, as when the page is left. */
    leave: () => void (queue.pending.size ? delivery() : loaded)?.then((sync) => sync?.leave(false)),
  };
}

export type Answers = ReturnType<typeof createAnswers>;
