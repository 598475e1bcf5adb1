import type { FeelbackEvent } from '../wire/answer-event.js';

/**
 * Bump when the stored shape changes, and teach `readRecord` to migrate the old one. 4: recovery
 * events and held partial answers, which a widget before 4 must leave alone (it would send a
 * held one too early, and set aside an event it does not know).
 */
export const RECORD_VERSION = 4;

/** One event waiting in the queue (an answer, or a recovery taken), as IndexedDB keeps it (under its id). */
export interface QueuedAnswer {
  v: typeof RECORD_VERSION;
  event: FeelbackEvent;
  /**
   * The endpoint it was given for: it goes there and nowhere else. Absent only on answers kept
   * by versions before 3, which go to the endpoint of a page with the same `site` (their source).
   */
  endpoint?: string;
  /** `delivery.headers` of the config it was given under (an API key its endpoint expects). */
  headers?: Record<string, string>;
  /** Failed delivery attempts so far; drives the backoff. */
  attempts: number;
  /** Epoch ms before which no retry is made (0 = due now). */
  nextAttemptAt: number;
  /** Epoch ms when the answer was stored. */
  createdAt: number;
  /** Set when the endpoint refused it (a 4xx): kept, never retried until `retryRejected()`. */
  rejected?: { status: number; at: number };
  /**
   * A partial answer whose prompt is still open: sent by no tab before this time (epoch ms) unless
   * its page releases it (the card closed or minimised, the page left). The time only matters
   * for a page that died without saying so.
   */
  heldUntil?: number;
}

export function newRecord(
  event: FeelbackEvent,
  endpoint: string,
  headers: Record<string, string>,
  createdAt = Date.parse(event.time),
): QueuedAnswer {
  return {
    v: RECORD_VERSION,
    event,
    endpoint,
    ...(Object.keys(headers).length ? { headers } : {}),
    attempts: 0,
    nextAttemptAt: 0,
    createdAt,
  };
}
