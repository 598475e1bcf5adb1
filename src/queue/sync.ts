import { cleanGlobals, type Transport } from './clean-globals.js';
import { withDeliveryLock } from './delivery-lock.js';
import { dropOutboxIfEmpty } from './drop-outbox.js';
import { sendOnLeave } from './leave.js';
import { planBatches } from './plan.js';
import type { QueuedAnswer } from './record.js';
import { retryLater } from './retry-later.js';
import { type SendResult, sendBatch } from './send.js';
import { classifyStatus, isEndpointDown } from './status.js';
import type { SyncConfig, SyncDeps } from './sync-deps.js';
import { MAX_AGE_MS, MAX_TIMER_MS } from './sync-limits.js';
import { gatherWaiting, keepWaiting, removeDelivered } from './waiting.js';

const idsOf = (records: readonly QueuedAnswer[]) => records.map((record) => record.event.id);

/**
 * Moves answers from the queue to their endpoints. One tab at a time (a Web Lock), oldest first,
 * `batchSize` per request and one endpoint per request. A record is removed only after a 2xx;
 * after a retriable failure it stays with a backoff (a server's Retry-After wins); a refused one
 * stays as a dead letter. Runs never overlap: a call during a run gets a run right after it.
 */
export function createSync(deps: SyncDeps) {
  const { queue, emit, now, win } = deps;
  let config: SyncConfig | undefined;
  let chain: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let transport: Transport | undefined;
  /** Answers in a request of this tab right now, and whether it is a keepalive one. */
  const inFlight = new Map<string, { record: QueuedAnswer; keepalive: boolean }>();
  /** Acknowledged while a run may still hold them: its late failure must not store them again. */
  const acked = new Set<string>();
  /** The stored answers as this tab last read or wrote them (see gatherWaiting). */
  const known = new Map<string, QueuedAnswer>();

  const endpointOf = (record: QueuedAnswer) =>
    record.endpoint ?? (record.event.source === config?.site ? config.endpoint : undefined);
  const headersOf = (record: QueuedAnswer) => (record.endpoint ? record.headers : config?.headers) ?? {};
  const clean = () => (transport ??= (deps.transport ?? (() => cleanGlobals(win, deps.found)))());
  const send = (records: QueuedAnswer[], keepalive = false): Promise<SendResult> => {
    for (const record of records) inFlight.set(record.event.id, { record, keepalive });
    const [first] = records as [QueuedAnswer];
    return sendBatch(
      records.map((record) => record.event),
      {
        endpoint: endpointOf(first) as string,
        headers: headersOf(first),
        timeoutMs: config?.timeoutMs ?? 10_000,
      },
      clean(),
      keepalive,
    ).finally(() => {
      for (const record of records)
        if (inFlight.get(record.event.id)?.keepalive === keepalive) inFlight.delete(record.event.id);
    });
  };
  const delivered = async (ids: string[]) => {
    for (const id of ids) acked.add(id);
    await removeDelivered(queue, ids, known);
    emit('delivered', { ids });
  };
  // Never for an answer acknowledged meanwhile (by a keepalive copy): it must not be stored again.
  const keep = (records: QueuedAnswer[]) =>
    keepWaiting(
      queue,
      records.filter((record) => !acked.has(record.event.id)),
      known,
    );

  async function run(force: boolean) {
    if (!config) return;
    const options = config;
    // One time for the whole look: a copy this tab kept because it was not due must not be due
    // when the batches are planned (what falls due meanwhile is the timer's).
    const at = now();
    const { records, stored, setAside, onlyThese } = await gatherWaiting(queue, at, known, force);
    if (setAside.length) {
      emit('error', {
        code: 'set-aside',
        ids: setAside,
        message: `${setAside.length} stored record(s) could not be read; kept aside, never sent.`,
      });
    }
    // Age by the device's clock, which may have been wrong when the answer was stamped or be wrong
    // now: past 14 days an answer gets one last try, now, and only its failure drops it.
    const old = (record: QueuedAnswer) => record.createdAt < at - MAX_AGE_MS;
    let left = stored.size;
    const expire = async (gone: QueuedAnswer[]) => {
      const ids = idsOf(gone);
      if (!ids.length) return;
      left -= ids.filter((id) => stored.has(id)).length;
      await removeDelivered(queue, ids, known);
      emit('error', { code: 'expired', ids, message: `${ids.length} answer(s) older than 14 days were dropped.` });
    };
    // A dead letter, or one this page cannot send, has no try left.
    await expire(records.filter((record) => old(record) && (record.rejected || !endpointOf(record))));
    const { groups, waiting } = planBatches(records, {
      now: at,
      readAt: now(),
      old,
      force,
      batchSize: config.batchSize,
      endpointOf,
      headersOf,
      skip: (id) => acked.has(id) || inFlight.has(id),
    });
    for (const batches of groups) {
      for (let batch = batches.shift(); batch && config; batch = batches.shift()) {
        // Looked at again just before sending: a keepalive copy may have gone out meanwhile.
        batch = batch.filter(({ event }) => !inFlight.has(event.id) && !acked.has(event.id));
        if (!batch.length) continue;
        const ids = idsOf(batch);
        const answered = await send(batch);
        const { status, redirected } = answered;
        const verdict = redirected ? 'rejected' : classifyStatus(status);
        if (verdict === 'delivered') {
          for (const id of ids) waiting.delete(id);
          left -= batch.filter((record) => stored.has(record.event.id)).length;
          await delivered(ids);
        } else if (verdict === 'split' && batch.length > 1) {
          // Halves until the answer the endpoint refuses is alone (413: until each fits).
          const half = Math.ceil(batch.length / 2);
          batches.unshift(batch.slice(0, half), batch.slice(half));
        } else if (verdict !== 'retry') {
          // A dead letter: kept and reported, never retried by itself, never silently dropped.
          for (const id of ids) waiting.delete(id);
          await keep(batch.map((record) => ({ ...record, rejected: { status, at: now() } })));
          const why = redirected ? 'redirected (set endpoint to the address it redirects to)' : 'refused';
          emit('error', { code: 'rejected', ids, status, message: `the endpoint ${why} ${ids.length} answer(s).` });
        } else {
          // Unreachable or unwilling: if the endpoint as a whole is down, the rest of its batches wait too.
          const rest = isEndpointDown(status) ? batches.splice(0) : [];
          // Those past their age had their last try (the batch comes first in what waits).
          await expire(batch.filter(old));
          const later = retryLater(batch, rest, answered, now(), options, deps.random).filter(
            (record, i) => i >= batch.length || !old(record),
          );
          await keep(later);
          for (const record of later) waiting.set(record.event.id, record.nextAttemptAt);
        }
      }
    }
    // Everything it held has arrived: nothing is left that would make the loader fetch the widget.
    if (onlyThese && left <= 0 && queue.store()) await dropOutboxIfEmpty().catch(() => {});
    if (!inFlight.size) acked.clear();
    // Wake up for the earliest answer still waiting.
    const next = Math.min(...waiting.values());
    // Nothing to wake up for: the next run comes from outside and may as well read everything.
    if (next === Number.POSITIVE_INFINITY) known.clear();
    clearTimeout(timer);
    if (config && next < Number.POSITIVE_INFINITY) {
      timer = setTimeout(() => deliverPending(), Math.min(Math.max(0, next - now()), MAX_TIMER_MS));
    }
  }

  function deliverPending(force = false): Promise<void> {
    // A failed run (storage gone mid-way) is retried by the next trigger; it never rejects.
    chain = chain
      .then(() => (config ? withDeliveryLock(() => run(force), win.navigator.locks) : undefined))
      .catch(() => {});
    return chain;
  }

  return {
    /** The config of the latest `init`; undefined stops delivery (`destroy`). */
    configure(next: SyncConfig | undefined) {
      config = next;
      if (next) return;
      clearTimeout(timer);
      known.clear();
    },
    deliverPending,
    /** Puts the dead letters back in the queue and delivers. Never rejects. */
    retryRejected(): Promise<void> {
      chain = chain
        .then(async () => {
          const { records } = await gatherWaiting(queue, now(), known, true);
          const rejected = records.filter((record) => record.rejected);
          await keep(rejected.map(({ rejected: _, ...record }) => ({ ...record, attempts: 0, nextAttemptAt: 0 })));
        })
        .catch(() => {});
      return deliverPending(true);
    },
    /** The page is being hidden (`leaving` false) or left: what would be lost goes out with keepalive. */
    leave(leaving: boolean) {
      // Also after `destroy` (no config): its answers held in memory have no next page.
      sendOnLeave({ queue, inFlight, acked, now, leaving, endpointOf, send, clean, delivered });
    },
  };
}

export type Sync = ReturnType<typeof createSync>;
