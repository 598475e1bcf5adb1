import type { Emitter } from '../events/emitter.js';
import type { Outbox } from '../outbox/outbox.js';
import type { AnswerEvent } from './answer-event.js';
import { backoffDelay } from './backoff.js';

export interface DelivererOptions {
  batchSize: number;
  retryBaseMs: number;
  retryMaxMs: number;
}

export interface DelivererDeps {
  outbox: Outbox;
  /** Resolves true when the endpoint acknowledged the batch with a 2xx. */
  send: (events: AnswerEvent[]) => Promise<boolean>;
  emit: Emitter['emit'];
  /** Runs `task` while no other tab of this site is delivering (Web Locks where available). */
  withLock: (task: () => Promise<void>) => Promise<unknown>;
  now: () => number;
  random: () => number;
}

export interface Deliverer {
  /** One attempt at every due answer (`force`: also those waiting out a backoff). Never rejects. */
  deliverPending(force?: boolean): Promise<void>;
  stop(): void;
}

/** setTimeout overflows past 2^31 - 1 ms; a later retry is re-checked daily. */
const MAX_TIMER_MS = 86_400_000;

/**
 * Moves answers from the outbox to the endpoint. A record is removed only after a 2xx; after
 * any failure it stays, with a backoff before the next automatic attempt. Runs never overlap:
 * a call during a run gets a fresh run right after it.
 */
export function createDeliverer(options: DelivererOptions, deps: DelivererDeps): Deliverer {
  const { outbox, now } = deps;
  let queue: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function run(force: boolean) {
    // When each answer still in the outbox is next due: read once per run, kept up to date below,
    // so a large outbox is not read and validated a second time just to set the timer.
    const waiting = new Map<string, number>();
    await deps.withLock(async () => {
      const records = await outbox.list();
      for (const record of records) waiting.set(record.event.id, record.nextAttemptAt);
      const due = records.filter((record) => force || record.nextAttemptAt <= now());
      for (let i = 0; i < due.length && !stopped; i += options.batchSize) {
        const batch = due.slice(i, i + options.batchSize);
        const ids = batch.map((record) => record.event.id);
        if (await deps.send(batch.map((record) => record.event))) {
          await outbox.remove(ids);
          for (const id of ids) waiting.delete(id);
          deps.emit('delivered', { ids });
          continue;
        }
        // The endpoint is unreachable or unwilling: this batch and the rest wait.
        const later = due.slice(i).map(({ attempts, ...record }) => ({
          ...record,
          attempts: attempts + 1,
          nextAttemptAt: now() + backoffDelay(attempts + 1, options.retryBaseMs, options.retryMaxMs, deps.random),
        }));
        await outbox.put(...later);
        for (const record of later) waiting.set(record.event.id, record.nextAttemptAt);
        break;
      }
    });
    // Wake up for the earliest answer still waiting. Answers stored during this run start a
    // run of their own.
    const next = Math.min(...waiting.values());
    clearTimeout(timer);
    if (!stopped && next < Infinity)
      timer = setTimeout(deliverPending, Math.min(Math.max(0, next - now()), MAX_TIMER_MS));
  }

  function deliverPending(force = false): Promise<void> {
    // A failed run (storage gone mid-way) is retried by the next trigger; it must not reject.
    queue = queue.then(() => (stopped ? undefined : run(force))).catch(() => {});
    return queue;
  }

  return {
    deliverPending,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
