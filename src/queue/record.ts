import { isFiniteNumber, isRecord, isText, isWhole, own } from '../shared/checks.js';
import type { AnswerEvent } from '../wire/answer-event.js';
import { isAnswerEvent, isOptional } from './check-answer.js';

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

const isCount = (value: unknown) => isWhole(value, 0, Number.MAX_SAFE_INTEGER);
const isHeaders = (value: unknown) => isRecord(value) && Object.values(value).every((item) => typeof item === 'string');

/** v1 answers predate `data.scale`: all of them were on the five-face feeling scale. */
function addScale(event: unknown): unknown {
  const data = isRecord(event) ? event.data : undefined;
  return isRecord(event) && isRecord(data) && !('scale' in data)
    ? { ...event, data: { ...data, scale: { min: 1, max: 5 } } }
    : event;
}

/**
 * Checks what comes back from storage (another script of the site could have written anything)
 * and migrates older versions; anything else is not ours to trust (undefined). v1 → v2 gave
 * `createdAt`, from the answer's own time, and the scale every v1 answer was on; v2 → v3 the
 * endpoint, which those answers never kept.
 */
export function readRecord(value: unknown): QueuedAnswer | undefined {
  if (!isRecord(value) || !isWhole(value.v, 1, RECORD_VERSION)) return undefined;
  const event = value.v === 1 ? addScale(value.event) : value.event;
  const { attempts, nextAttemptAt, createdAt = isRecord(event) && Date.parse(event.time as string) } = value;
  const [endpoint, headers, rejected] = ['endpoint', 'headers', 'rejected'].map((key) => own(value, key));
  const ok =
    isAnswerEvent(event) &&
    isCount(attempts) &&
    isFiniteNumber(nextAttemptAt) &&
    isFiniteNumber(createdAt) &&
    isOptional(endpoint, (url) => isText(url, 4096, /^https?:\/\//)) &&
    isOptional(headers, isHeaders) &&
    isOptional(rejected, (r) => isRecord(r) && isWhole(r.status, 0, 599) && isFiniteNumber(r.at));
  if (!ok) return undefined;
  return {
    v: RECORD_VERSION,
    event,
    ...(endpoint ? { endpoint: endpoint as string } : {}),
    ...(headers ? { headers: headers as Record<string, string> } : {}),
    attempts: attempts as number,
    nextAttemptAt,
    createdAt,
    ...(rejected ? { rejected: rejected as QueuedAnswer['rejected'] } : {}),
  };
}

/**
 * Written by a newer version of the widget (an older page still open in another tab, or a
 * rollback): not ours to read, nor to set aside. It stays for the version that knows it.
 */
export const isNewerRecord = (value: unknown) => isRecord(value) && (value.v as number) > RECORD_VERSION;
