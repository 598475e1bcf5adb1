import type { Emitter } from '../events/emitter.js';
import type { Logger } from '../log.js';
import type { Outbox } from '../outbox/outbox.js';
import type { OutboxRecord } from '../outbox/outbox-record.js';
import type { AnswerEvent } from './answer-event.js';
import { backoffDelay } from './backoff.js';
import type { SendOutcome } from './send-batch.js';

export interface DelivererOptions {
  batchSize: number;
  retryBaseMs: number;
  retryMaxMs: number;
}

export interface DelivererDeps {
  outbox: Outbox;
  send: (events: AnswerEvent[]) => Promise<SendOutcome>;
  emit: Emitter['emit'];
  log: Logger;
  /** Runs `task` while no other tab of this site is delivering (Web Locks where available). */
  withLock: (task: () => Promise<void>) => Promise<void>;
  now: () => number;
  random: () => number;
}

export interface Deliverer {
  /** One attempt at every due answer (`force`: also those waiting out a backoff). Never rejects. */
  deliverPending(force?: boolean): Promise<void>;
  stop(): void;
}

/**
 * Moves answers from the outbox to the endpoint. A record is removed only after a 2xx; on a
 * retryable failure it gets a backoff and waits; on a 4xx it is set aside and reported. Runs are
 * serialised, and calls that arrive while one is waiting to start share it.
 */
export function createDeliverer(options: DelivererOptions, deps: DelivererDeps): Deliverer {
  let chain: Promise<void> = Promise.resolve();
  let waiting: { force: boolean; promise: Promise<void> } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const retryLater = async (records: OutboxRecord[], outcome: Extract<SendOutcome, { kind: 'retry' }>) => {
    const at = deps.now();
    const updated = records.map((record) => {
      const attempts = record.attempts + 1;
      const delay =
        outcome.retryAfterMs ?? backoffDelay(attempts, options.retryBaseMs, options.retryMaxMs, deps.random);
      return { ...record, attempts, nextAttemptAt: at + delay };
    });
    await deps.outbox.put(...updated);
    deps.log.debug(`delivery failed (${outcome.reason}); ${records.length} answer(s) kept for a retry.`);
  };

  const setAside = async (record: OutboxRecord, status: number) => {
    await deps.outbox.put({ ...record, rejected: { status, at: deps.now() } });
    deps.emit('error', {
      code: 'answer-rejected',
      message: `The endpoint refused an answer with HTTP ${status}; it is kept and will not be retried automatically.`,
      ids: [record.event.id],
      status,
    });
  };

  /** Returns false when the endpoint is unreachable, so the rest of this run can wait too. */
  const deliverBatch = async (records: OutboxRecord[]): Promise<boolean> => {
    const outcome = await deps.send(records.map((record) => record.event));
    const ids = records.map((record) => record.event.id);
    if (outcome.kind === 'delivered') {
      await deps.outbox.remove(ids);
      deps.emit('delivered', { ids });
      return true;
    }
    if (outcome.kind === 'retry') {
      await retryLater(records, outcome);
      return false;
    }
    // A refused or too-large batch: split it so one bad answer never holds back the others.
    if (records.length > 1) {
      const half = Math.ceil(records.length / 2);
      const first = await deliverBatch(records.slice(0, half));
      return first && deliverBatch(records.slice(half));
    }
    await setAside(records[0] as OutboxRecord, outcome.status);
    return true;
  };

  const schedule = (records: OutboxRecord[]) => {
    clearTimeout(timer);
    const next = Math.min(...records.filter((r) => !r.rejected).map((r) => r.nextAttemptAt));
    if (stopped || !Number.isFinite(next)) return;
    // setTimeout overflows past 2^31-1 ms; re-check at least daily.
    const delay = Math.min(Math.max(0, next - deps.now()), 86_400_000);
    timer = setTimeout(() => void deliverPending(), delay);
  };

  const runOnce = async (force: boolean) => {
    if (stopped) return;
    await deps.withLock(async () => {
      const due = (await deps.outbox.list()).filter((r) => !r.rejected && (force || r.nextAttemptAt <= deps.now()));
      for (let i = 0; i < due.length && !stopped; i += options.batchSize) {
        if (!(await deliverBatch(due.slice(i, i + options.batchSize)))) break;
      }
    });
    schedule(await deps.outbox.list());
  };

  function deliverPending(force = false): Promise<void> {
    if (waiting) {
      waiting.force ||= force;
      return waiting.promise;
    }
    const entry = { force, promise: Promise.resolve() };
    entry.promise = chain.then(() => {
      waiting = undefined;
      return runOnce(entry.force).catch((error: unknown) => deps.log.warn('delivery run failed.', error));
    });
    waiting = entry;
    chain = entry.promise;
    return entry.promise;
  }

  return {
    deliverPending,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
