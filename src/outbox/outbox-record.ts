import * as z from 'zod/mini';
import { finite, integer, lazy } from '../config/checks.js';
import { getAnswerEventSchema } from '../delivery/answer-event.js';

/** Bump when the stored shape changes, and teach `readRecord` to migrate the old one. */
export const RECORD_VERSION = 2;

const count = integer(0, Number.MAX_SAFE_INTEGER);

const makeRecordSchema = () =>
  z.object({
    /** 1: before `createdAt` and `rejected` existed; migrated on read. */
    v: z.custom<1 | 2>((value) => value === 1 || value === RECORD_VERSION, 'expected 1 or 2'),
    event: getAnswerEventSchema(),
    /** Failed delivery attempts so far; drives the backoff. */
    attempts: count,
    /** Epoch ms before which no retry is made (0 = due now). */
    nextAttemptAt: finite,
    /** Epoch ms when the answer was stored (v2). */
    createdAt: z.optional(finite),
    /** Set when the endpoint refused it (a 4xx): kept, never retried until `retryRejected()`. */
    rejected: z.optional(z.object({ status: integer(0, 599), at: finite })),
  });

type StoredRecord = z.output<ReturnType<typeof makeRecordSchema>>;
export type OutboxRecord = Omit<StoredRecord, 'v' | 'createdAt'> & { v: typeof RECORD_VERSION; createdAt: number };

/** The schema of a stored record, built on first use. */
const getRecordSchema = lazy(makeRecordSchema);

export function newRecord(event: OutboxRecord['event'], createdAt = Date.parse(event.time)): OutboxRecord {
  return { v: RECORD_VERSION, event, attempts: 0, nextAttemptAt: 0, createdAt };
}

type Loose = { v?: unknown; event?: { data?: object } };

/** v1 answers predate `data.scale`: all of them were on the five-face feeling scale. */
function addScale(value: unknown): unknown {
  const { v, event } = (value ?? {}) as Loose;
  if (v !== 1 || !event?.data || 'scale' in event.data) return value;
  return { ...(value as object), event: { ...event, data: { ...event.data, scale: { min: 1, max: 5 } } } };
}

/**
 * Validates what comes back from storage and migrates older versions; anything else is not
 * ours to trust (undefined). v1 → v2: `createdAt` is taken from the answer's own time, and the
 * answer gets the scale every v1 answer was on.
 */
export function readRecord(value: unknown): OutboxRecord | undefined {
  const result = getRecordSchema().safeParse(addScale(value));
  if (!result.success) return undefined;
  const { createdAt = Date.parse(result.data.event.time), ...record } = result.data;
  return { ...record, v: RECORD_VERSION, createdAt };
}

/**
 * Written by a newer version of the widget (an older page still open in another tab, or a
 * rollback): not ours to read, nor to set aside. It stays for the version that knows it.
 */
export const isNewerRecord = (value: unknown) => ((value as Loose | null)?.v as number) > RECORD_VERSION;
