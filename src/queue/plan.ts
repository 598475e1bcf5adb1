import type { QueuedAnswer } from './record.js';

export interface PlanOptions {
  now: number;
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
  for (const record of records) {
    const { id } = record.event;
    const endpoint = options.endpointOf(record);
    if (record.rejected || !endpoint || options.skip(id)) continue;
    // A partial answer whose prompt is still open (on this page, or a page that never said it left).
    if ((record.heldUntil ?? 0) > options.now) {
      waiting.set(id, record.heldUntil as number);
      continue;
    }
    waiting.set(id, record.nextAttemptAt);
    if (!options.force && record.nextAttemptAt > options.now) continue;
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
