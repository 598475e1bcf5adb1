import type { AnswerEvent } from '../delivery/answer-event.js';
import { isAnswerEvent, isOptional } from '../delivery/is-answer-event.js';
import { isFiniteNumber, isRecord, isWhole, own } from '../shared/checks.js';

/** Bump when the stored shape changes, and teach `readRecord` to migrate the old one. */
export const RECORD_VERSION = 2;

export interface OutboxRecord {
  v: typeof RECORD_VERSION;
  event: AnswerEvent;
  /** Failed delivery attempts so far; drives the backoff. */
  attempts: number;
  /** Epoch ms before which no retry is made (0 = due now). */
  nextAttemptAt: number;
  /** Epoch ms when the answer was stored. */
  createdAt: number;
  /** Set when the endpoint refused it (a 4xx): kept, never retried until `retryRejected()`. */
  rejected?: { status: number; at: number };
}

export function newRecord(event: AnswerEvent, createdAt = Date.parse(event.time)): OutboxRecord {
  return { v: RECORD_VERSION, event, attempts: 0, nextAttemptAt: 0, createdAt };
}

const isCount = (value: unknown) => isWhole(value, 0, Number.MAX_SAFE_INTEGER);

/** v1 answers predate `data.scale`: all of them were on the five-face feeling scale. */
function addScale(event: unknown): unknown {
  const data = isRecord(event) ? event.data : undefined;
  return isRecord(event) && isRecord(data) && !('scale' in data)
    ? { ...event, data: { ...data, scale: { min: 1, max: 5 } } }
    : event;
}

/**
 * Checks what comes back from storage and migrates older versions; anything else is not ours to
 * trust (undefined). v1 → v2: `createdAt` is taken from the answer's own time, and the answer
 * gets the scale every v1 answer was on.
 */
export function readRecord(value: unknown): OutboxRecord | undefined {
  if (!isRecord(value) || (value.v !== 1 && value.v !== RECORD_VERSION)) return undefined;
  const event = value.v === 1 ? addScale(value.event) : value.event;
  const { attempts, nextAttemptAt, createdAt = isRecord(event) && Date.parse(event.time as string) } = value;
  const rejected = own(value, 'rejected');
  const ok =
    isAnswerEvent(event) &&
    isCount(attempts) &&
    isFiniteNumber(nextAttemptAt) &&
    isFiniteNumber(createdAt) &&
    isOptional(rejected, (r) => isRecord(r) && isWhole(r.status, 0, 599) && isFiniteNumber(r.at));
  if (!ok) return undefined;
  return {
    v: RECORD_VERSION,
    event,
    attempts: attempts as number,
    nextAttemptAt,
    createdAt,
    ...(rejected ? { rejected: rejected as OutboxRecord['rejected'] } : {}),
  } as OutboxRecord;
}

/**
 * Written by a newer version of the widget (an older page still open in another tab, or a
 * rollback): not ours to read, nor to set aside. It stays for the version that knows it.
 */
export const isNewerRecord = (value: unknown) => isRecord(value) && (value.v as number) > RECORD_VERSION;
