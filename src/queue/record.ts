import type { AnswerEvent } from '../wire/answer-event.js';

/** Bump when the stored shape changes, and teach `readRecord` to migrate the old one. */
export const RECORD_VERSION = 3;

/** One answer waiting in the queue, as IndexedDB keeps it (under its id). */
export interface QueuedAnswer {
  v: typeof RECORD_VERSION;
  event: AnswerEvent;
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
}

export function newRecord(
  event: AnswerEvent,
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
