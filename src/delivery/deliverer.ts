import type { OutboxRecord } from '../outbox/outbox-record.js';
import { backoffDelay } from './backoff.js';
import type { Deliverer, DelivererDeps, DelivererOptions } from './deliverer-contract.js';
import { encodeJson } from './encode-json.js';
import { classifyStatus, isEndpointDown, retryAfterMs } from './status.js';

export type { Deliverer, DelivererDeps, DelivererOptions };

/** setTimeout overflows past 2^31 - 1 ms; a later retry is re-checked daily. */
const MAX_TIMER_MS = 86_400_000;
/** Answers stored longer than this are reported (`expired`) and dropped. */
export const MAX_AGE_MS = 14 * 86_400_000;
/** Browsers allow 64 KiB of keepalive bodies in flight per page; leave room for the host's. */
export const KEEPALIVE_BUDGET = 48 * 1024;

const idsOf = (records: OutboxRecord[]) => records.map((record) => record.event.id);

/**
 * Moves answers from the outbox to the endpoint. A record is removed only after a 2xx; after a
 * retriable failure it stays, with a backoff; a refused one stays as a dead letter. One bad
 * answer never holds back the others. Runs never overlap: a call during a run gets a fresh run
 * right after it.
 */
export function createDeliverer(options: DelivererOptions, deps: DelivererDeps): Deliverer {
  const { outbox, now, emit } = deps;
  let queue: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  /** Answers created on this page and not yet settled: what goes out when the page is hidden. */
  const fresh = new Map<string, OutboxRecord>();
  /** Those of them kept in memory only (no storage, or past the cap): no later page will send them. */
  const memoryOnly = new Set<string>();
  /** Answers in a request right now (`true`: a keepalive one). */
  const inFlight = new Map<string, boolean>();
  /** Settled while a request may carry them: its late failure must not store them again. */
  const settled = new Set<string>();

  const settle = (ids: string[]) => {
    for (const id of ids) {
      fresh.delete(id);
      memoryOnly.delete(id);
      settled.add(id);
    }
  };
  /** Marks the answers in flight until `release`: until their outcome is stored, not just heard. */
  const sendTracked = (records: OutboxRecord[], keepalive = false) => {
    for (const record of records) inFlight.set(record.event.id, keepalive);
    return deps.send(
      records.map((record) => record.event),
      keepalive,
    );
  };
  // Only our own mark: a keepalive copy sent meanwhile is still in flight.
  const release = (ids: string[], keepalive = false) => {
    for (const id of ids) if (inFlight.get(id) === keepalive) inFlight.delete(id);
  };
  const delivered = async (ids: string[]) => {
    settle(ids);
    await outbox.remove(ids);
    emit('delivered', { ids });
  };
  const store = (records: OutboxRecord[]) => {
    const kept = records.filter((record) => !settled.has(record.event.id));
    for (const record of kept) if (fresh.has(record.event.id)) fresh.set(record.event.id, record);
    return outbox.put(...kept);
  };

  async function run(force: boolean) {
    // When each answer still in the outbox is next due: read once per run, kept up to date below.
    const waiting = new Map<string, number>();
    /** Answers whose request ended: released once their outcome is stored, or when the run ends. */
    const releases: string[][] = [];
    await deps
      .withLock(async () => {
        const records = await outbox.list();
        const aside = outbox.takeSetAside();
        if (aside.length) {
          emit('error', {
            code: 'set-aside',
            ids: aside,
            message: `${aside.length} stored record(s) could not be read; kept aside, never sent.`,
          });
        }
        const expired = records.filter((record) => record.createdAt < now() - MAX_AGE_MS);
        if (expired.length) {
          const ids = idsOf(expired);
          settle(ids);
          await outbox.remove(ids);
          emit('error', { code: 'expired', ids, message: `${ids.length} answer(s) older than 14 days were dropped.` });
        }
        const due: OutboxRecord[] = [];
        for (const record of records) {
          const { id } = record.event;
          if (record.rejected || settled.has(id) || inFlight.has(id)) continue;
          waiting.set(id, record.nextAttemptAt);
          if (force || record.nextAttemptAt <= now()) due.push(record);
        }
        const batches: OutboxRecord[][] = [];
        for (let i = 0; i < due.length; i += options.batchSize) batches.push(due.slice(i, i + options.batchSize));
        const removals: Promise<void>[] = [];
        for (let batch = batches.shift(); batch && !stopped; batch = batches.shift()) {
          // Looked at again just before sending: a keepalive copy may have gone out (the page was
          // hidden) while an earlier batch of this run was on its way.
          batch = batch.filter(({ event }) => !inFlight.has(event.id) && !settled.has(event.id));
          if (!batch.length) continue;
          const ids = idsOf(batch);
          const { status, retryAfter, redirected } = await sendTracked(batch).finally(() => releases.push(ids));
          const verdict = redirected ? 'rejected' : classifyStatus(status);
          if (verdict === 'delivered') {
            for (const id of ids) waiting.delete(id);
            // The next batch goes out while this one is being removed; all are removed within the lock.
            removals.push(delivered(ids));
          } else if (verdict === 'split' && batch.length > 1) {
            // Halves until the answer the endpoint refuses is alone (413: until each fits).
            const half = Math.ceil(batch.length / 2);
            batches.unshift(batch.slice(0, half), batch.slice(half));
          } else if (verdict !== 'retry') {
            // A dead letter: kept and reported, never retried automatically, never silently dropped.
            for (const id of ids) waiting.delete(id);
            await store(batch.map((record) => ({ ...record, rejected: { status, at: now() } })));
            settle(ids);
            const why = redirected ? 'redirected (set endpoint to the address it redirects to)' : 'refused';
            emit('error', { code: 'rejected', ids, status, message: `the endpoint ${why} ${ids.length} answer(s).` });
          } else {
            // Unreachable or unwilling: this batch waits; if the endpoint as a whole is down, all do.
            // One wait for all of them, so answers that failed together are retried together, in
            // one request, not one by one as separate jitters would make them due.
            const down = isEndpointDown(status);
            const tries = Math.max(...batch.map((record) => record.attempts)) + 1;
            const wait = Math.max(
              retryAfterMs(retryAfter, now(), options.retryMaxMs) ?? 0,
              backoffDelay(tries, options.retryBaseMs, options.retryMaxMs, deps.random),
            );
            const later = (down ? [batch, ...batches.splice(0)].flat() : batch).map(({ attempts, ...record }) => ({
              ...record,
              attempts: attempts + 1,
              nextAttemptAt: now() + wait,
            }));
            await store(later);
            for (const record of later) waiting.set(record.event.id, record.nextAttemptAt);
          }
          for (const done of releases.splice(0)) release(done);
        }
        await Promise.all(removals);
      })
      .finally(() => {
        for (const done of releases.splice(0)) release(done);
        // Nothing in flight: all settled are out of the outbox, and 10,000 ids must not stay in memory.
        if (!inFlight.size) settled.clear();
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
    async add(record) {
      fresh.set(record.event.id, record);
      const stored = await outbox.add(record);
      if (!stored) memoryOnly.add(record.event.id);
      return stored;
    },
    retryRejected() {
      queue = queue
        .then(async () => {
          const rejected = (await outbox.list()).filter((record) => record.rejected);
          for (const { event } of rejected) settled.delete(event.id);
          await outbox.put(
            ...rejected.map(({ rejected: _, ...record }) => ({ ...record, attempts: 0, nextAttemptAt: 0 })),
          );
        })
        .catch(() => {});
      return deliverPending(true);
    },
    sendOnHide() {
      // Runs in the page's own event dispatch: nothing may throw out of it.
      try {
        // Only this page's own answers that are not in a request: another tab may be delivering
        // the rest, and an answer in flight keeps its unknown outcome (it is sent again, with the
        // same id, by a later page).
        const batch: OutboxRecord[] = [];
        let size = 2;
        for (const record of fresh.values()) {
          // One held in memory goes now, backoff or not: leaving the page is its last chance.
          const { id } = record.event;
          if (inFlight.has(id) || (record.nextAttemptAt > now() && !memoryOnly.has(id))) continue;
          size += new Blob([encodeJson(record.event)]).size + 1;
          if (size > KEEPALIVE_BUDGET) break;
          batch.push(record);
        }
        if (stopped || !batch.length) return;
        // If the page lives on (or comes back) and hears a 2xx, those answers are done.
        void sendTracked(batch, true)
          .then(({ status }) => {
            if (classifyStatus(status) === 'delivered') return delivered(idsOf(batch));
          })
          .catch(() => {})
          .finally(() => release(idsOf(batch), true));
      } catch {}
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
