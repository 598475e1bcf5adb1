import type { DeliveryOptions } from '../config/config.js';
import { backoffDelay } from './backoff.js';
import type { QueuedAnswer } from './record.js';
import type { SendResult } from './send.js';
import { retryAfterMs } from './status.js';

/**
 * A batch the endpoint did not take (unreachable or unwilling), as it waits for its next try at
 * `at`: one wait for the batch, from its most tried answer, so its answers are retried together;
 * `rest` (the run's later batches, when the endpoint as a whole is down) waits with it. A server's
 * Retry-After wins over the backoff and its `retryMaxMs`: the server asked.
 */
export function retryLater(
  batch: QueuedAnswer[],
  rest: QueuedAnswer[][],
  { retryAfter, date }: SendResult,
  at: number,
  { retryBaseMs, retryMaxMs }: Pick<DeliveryOptions, 'retryBaseMs' | 'retryMaxMs'>,
  random: () => number,
): QueuedAnswer[] {
  const tries = Math.max(...batch.map((record) => record.attempts)) + 1;
  // A date is the server's clock's: measured from its Date, as the device's clock may be hours off.
  const asked = retryAfterMs(retryAfter, Date.parse(date as string) || at);
  const wait = Math.max(asked ?? 0, backoffDelay(tries, retryBaseMs, retryMaxMs, random));
  return [batch, ...rest]
    .flat()
    .map((record) => ({ ...record, attempts: record.attempts + 1, nextAttemptAt: at + wait }));
}
