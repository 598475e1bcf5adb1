import { HOLD_MS } from './queue.js';
import type { QueuedAnswer } from './record.js';
import { RETRY_AFTER_MAX_MS } from './status.js';

/** A step back of the device's clock (a time sync) that a hold or a retry stamped just before it survives. */
const CLOCK_STEP_MS = 60_000;

export interface PlanOptions {
  /** The run's time, taken before it read the outbox: what is due by then goes. */
  now: number;
  /**
   * The clock once the outbox was read. A hold renewed or a retry set while the run read it (by
   * this page, or another tab) is stamped after `now`, however long the read waited: judged
   * against this, it is never taken for a stamp of a clock that was ahead.
   */
  readAt: number;
  /** Past its age (see sync.ts): its last try is now, whatever it waits for. */
  old(record: QueuedAnswer): boolean;
  /** Also the answers waiting out a backoff (`flush()`, the browser back online). */
  force: boolean;
  batchSize: number;
  /** Where an answer goes; undefined: nowhere this page may send it. */
  endpointOf(record: QueuedAnswer): string | undefined;
  headersOf(record: QueuedAnswer): Record<string, string>;
  /** Not this time: acknowledged meanwhile, or in a request already. */
  skip(id: string): boolean;
}

/**
 * Which waiting answers go out now, and how: grouped by endpoint and headers (a request goes to
 * one endpoint only), oldest first, `batchSize` per request. `waiting` says when each answer that
 * can be sent from this page is due, so the next run can be timed.
 */
export function planBatches(records: readonly QueuedAnswer[], options: PlanOptions) {
  const waiting = new Map<string, number>();
  const groups = new Map<string, QueuedAnswer[]>();
  const { now } = options;
  for (let record of records) {
    const { id } = record.event;
    const endpoint = options.endpointOf(record);
    if (record.rejected || !endpoint || options.skip(id)) continue;
    // Further ahead than any wait the widget sets (a hold, a retry: at most a day) from the clock
    // after the read, give or take a time sync's step: stamped while the device's clock was ahead,
    // so over now, not when the clock gets there a year later.
    const old = options.old(record);
    const over = (time = 0, most = RETRY_AFTER_MAX_MS) =>
      old || time > options.readAt + most + CLOCK_STEP_MS ? now : time;
    // A partial answer whose prompt is still open (on this page, or a page that never said it left).
    const heldUntil = over(record.heldUntil, HOLD_MS);
    if (heldUntil > now) {
      waiting.set(id, heldUntil);
      continue;
    }
    const due = over(record.nextAttemptAt);
    waiting.set(id, due);
    if (!options.force && due > now) continue;
    // Stamped while the clock was ahead: it ages from now.
    if (record.createdAt > now) record = { ...record, createdAt: now };
    // Keyed without JSON: the page's JSON may be broken.
    const key = [endpoint, ...Object.entries(options.headersOf(record)).flat()].join('\n');
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  const batched = [...groups.values()].map((group) => {
    const batches: QueuedAnswer[][] = [];
    for (let i = 0; i < group.length; i += options.batchSize) batches.push(group.slice(i, i + options.batchSize));
    return batches;
  });
  return { groups: batched, waiting };
}
