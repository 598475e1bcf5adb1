import type { Transport } from './clean-globals.js';
import { encodeJson } from './encode-json.js';
import type { Queue } from './queue.js';
import type { QueuedAnswer } from './record.js';
import type { SendResult } from './send.js';
import { classifyStatus } from './status.js';

/** Browsers allow 64 KiB of keepalive bodies in flight per page; leave room for the host's own. */
export const KEEPALIVE_BUDGET = 48 * 1024;

export interface LeaveContext {
  queue: Queue;
  inFlight: ReadonlyMap<string, { record: QueuedAnswer; keepalive: boolean }>;
  acked: ReadonlySet<string>;
  now: () => number;
  /** The page is being left (`pagehide`), not only hidden: its open requests will be cut off. */
  leaving: boolean;
  endpointOf(record: QueuedAnswer): string | undefined;
  send(records: QueuedAnswer[], keepalive: boolean): Promise<SendResult>;
  /** The browser's own `fetch` and `JSON.stringify` (made on first use: most pages leave with nothing to send). */
  clean(): Transport;
  delivered(ids: string[]): Promise<void>;
}

/**
 * The page is being hidden or left. What would otherwise be lost goes out now as `keepalive`
 * requests (which outlive the page), one per endpoint, within the keepalive budget: the answers
 * whose request is open when the page is left (the browser cuts it off; sent again with the
 * same id), those held in memory (no later page has them), and this page's answers that are due
 * and in no request (a partial answer still held only when the page is left: it is released).
 * Answers another tab has delivered were forgotten already (the queue heard
 * it), so an acknowledged answer never goes out again from here. Runs in the page's own event
 * dispatch: nothing may throw out of it.
 */
export function sendOnLeave(context: LeaveContext) {
  const { queue, inFlight, acked, now, leaving, endpointOf, send, clean, delivered } = context;
  try {
    const chosen = new Map<string, QueuedAnswer>();
    if (leaving) for (const [id, { record, keepalive }] of inFlight) if (!keepalive) chosen.set(id, record);
    for (const [id, { record, stored }] of queue.pending) {
      // A partial answer held while its prompt is open goes when the page is left, not when hidden.
      if (record.heldUntil && !(leaving && queue.release(id))) continue;
      // One held in memory goes now, backoff or not: leaving is its last chance. Never a dead letter.
      const due = !record.rejected && (!stored || record.nextAttemptAt <= now());
      if (due && !inFlight.has(id) && !acked.has(id)) chosen.set(id, record);
    }
    const byEndpoint = new Map<string, QueuedAnswer[]>();
    // With its share of the brackets and commas.
    const bytes = (record: QueuedAnswer) =>
      new TextEncoder().encode(encodeJson(record.event, clean().stringify)).length + 2;
    // The budget is the page's: keepalive requests of an earlier hide still open count.
    let size = 0;
    for (const { record, keepalive } of inFlight.values()) if (keepalive) size += bytes(record);
    for (const record of chosen.values()) {
      const endpoint = endpointOf(record);
      size += bytes(record);
      if (!endpoint || size > KEEPALIVE_BUDGET) continue;
      byEndpoint.set(endpoint, [...(byEndpoint.get(endpoint) ?? []), record]);
    }
    for (const batch of byEndpoint.values()) {
      // If the page lives on (or comes back) and hears a 2xx, those answers are done.
      void send(batch, true)
        .then(({ status }) => {
          if (classifyStatus(status) === 'delivered') return delivered(batch.map((record) => record.event.id));
        })
        .catch(() => {});
    }
  } catch {}
}
