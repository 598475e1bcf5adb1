import * as z from 'zod/mini';
import { exactly, finite, integer, lazy } from '../config/checks.js';
import { getAnswerEventSchema } from '../delivery/answer-event.js';

/** Bump when the stored shape changes, and teach `readRecord` to migrate the old one. */
export const RECORD_VERSION = 1;

const makeRecordSchema = () =>
  z.object({
    v: exactly(RECORD_VERSION),
    event: getAnswerEventSchema(),
    /** Failed delivery attempts so far; drives the backoff. */
    attempts: integer(0, Number.MAX_SAFE_INTEGER),
    /** Epoch ms before which no retry is made (0 = due now). */
    nextAttemptAt: finite,
  });

/** The schema of a stored record, built on first use. */
const getRecordSchema = lazy(makeRecordSchema);

export type OutboxRecord = z.output<ReturnType<typeof makeRecordSchema>>;

export function newRecord(event: OutboxRecord['event']): OutboxRecord {
  return { v: RECORD_VERSION, event, attempts: 0, nextAttemptAt: 0 };
}

/** Validates what comes back from storage; anything else is not ours to trust. */
export function readRecord(value: unknown): OutboxRecord | undefined {
  const result = getRecordSchema().safeParse(value);
  return result.success ? result.data : undefined;
}
