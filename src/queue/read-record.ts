import { isFiniteNumber, isRecord, isText, isWhole, own } from '../shared/checks.js';
import { isAnswerEvent, isOptional } from './check-answer.js';
import { isRecoveryEvent } from './check-recovery.js';
import { type QueuedAnswer, RECORD_VERSION } from './record.js';

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
 * endpoint, which those answers never kept; v3 → v4 needs nothing (4 only adds recovery events
 * and held partial answers).
 */
export function readRecord(value: unknown): QueuedAnswer | undefined {
  if (!isRecord(value) || !isWhole(value.v, 1, RECORD_VERSION)) return undefined;
  const event = value.v === 1 ? addScale(value.event) : value.event;
  const { attempts, nextAttemptAt, createdAt = isRecord(event) && Date.parse(event.time as string) } = value;
  const [endpoint, headers, rejected, heldUntil] = ['endpoint', 'headers', 'rejected', 'heldUntil'].map((key) =>
    own(value, key),
  );
  const ok =
    (isAnswerEvent(event) || isRecoveryEvent(event)) &&
    isCount(attempts) &&
    isFiniteNumber(nextAttemptAt) &&
    isFiniteNumber(createdAt) &&
    isOptional(endpoint, (url) => isText(url, 4096, /^https?:\/\//)) &&
    isOptional(headers, isHeaders) &&
    isOptional(rejected, (r) => isRecord(r) && isWhole(r.status, 0, 599) && isFiniteNumber(r.at)) &&
    // Only a partial answer is ever held.
    isOptional(
      heldUntil,
      (until) => isFiniteNumber(until) && own((event as { data: object }).data, 'partial') === true,
    );
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
    ...(heldUntil !== undefined ? { heldUntil: heldUntil as number } : {}),
  };
}

/**
 * Written by a newer version of the widget (an older page still open in another tab, or a
 * rollback): not ours to read, nor to set aside. It stays for the version that knows it.
 */
export const isNewerRecord = (value: unknown) => isRecord(value) && (value.v as number) > RECORD_VERSION;
