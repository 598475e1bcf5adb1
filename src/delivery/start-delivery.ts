import type { ResolvedConfig } from '../config/config.js';
import type { Environment } from '../environment.js';
import type { Emitter } from '../events/emitter.js';
import type { Outbox } from '../outbox/outbox.js';
import { createResilientOutbox, STORAGE_CAP } from '../outbox/resilient-outbox.js';
import { createDeliverer, type Deliverer } from './deliverer.js';
import { createLeaseLock, withDeliveryLock } from './lease-lock.js';
import { sendBatch } from './send-batch.js';

/** Answers left from an earlier visit go out once the page has settled, not during its load. */
export const LEFTOVER_DELAY_MS = 1_000;

/**
 * The outbox: IndexedDB while it works, else memory for the rest of the page's life. One per
 * widget instance, kept across `init`s, so answers held in memory are not lost with a config.
 */
export function openResilientOutbox(env: Environment, emit: Emitter['emit'], warn: (message: string) => void): Outbox {
  return createResilientOutbox(
    env.openOutbox(),
    (error) =>
      emit('error', {
        code: 'storage-unavailable',
        message: `IndexedDB is unavailable (${error}); answers are kept in memory for this page only.`,
      }),
    STORAGE_CAP,
    () => warn(`${STORAGE_CAP} answers are waiting on this device; a new one is kept for this page only.`),
  );
}

export interface DeliveryRuntime {
  outbox: Outbox;
  deliverer: Deliverer;
  /** Removes the page listeners and timers; stored answers stay for the next page. */
  stop(): void;
}

/**
 * The outbox and its deliverer, wired to the page: deliver when the browser comes back online,
 * send with keepalive when the page is hidden or left, and look for leftovers once it settled.
 */
export function startDelivery(
  config: Pick<ResolvedConfig, 'endpoint' | 'delivery'>,
  env: Environment,
  emit: Emitter['emit'],
  warn: (message: string) => void,
  outbox: Outbox = openResilientOutbox(env, emit, warn),
): DeliveryRuntime {
  const win = env.window;
  let stopped = false;
  const deliverer = createDeliverer(config.delivery, {
    outbox,
    send: (events, keepalive) =>
      sendBatch(events, { endpoint: config.endpoint, ...config.delivery }, env.fetch, keepalive, env.stringify),
    emit,
    withLock: withDeliveryLock(
      createLeaseLock(outbox, String(env.random()), env.now, () => stopped),
      () => win.navigator.locks,
    ),
    now: env.now,
    random: env.random,
  });
  const deliverNow = () => void deliverer.deliverPending(true);
  // On window, not document: pagehide is never dispatched to document (analytics-next PR#714).
  const onHide = (event: Event) =>
    (event.type === 'pagehide' || win.document.visibilityState === 'hidden') && deliverer.sendOnHide();
  win.addEventListener('online', deliverNow);
  win.addEventListener('pagehide', onHide);
  win.document.addEventListener('visibilitychange', onHide);
  const leftovers = win.setTimeout(() => deliverer.deliverPending(), LEFTOVER_DELAY_MS);
  return {
    outbox,
    deliverer,
    stop() {
      stopped = true;
      win.removeEventListener('online', deliverNow);
      win.removeEventListener('pagehide', onHide);
      win.document.removeEventListener('visibilitychange', onHide);
      win.clearTimeout(leftovers);
      deliverer.stop();
    },
  };
}
