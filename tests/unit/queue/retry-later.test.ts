// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { QueuedAnswer } from '../../../src/queue/record.ts';
import { retryLater } from '../../../src/queue/retry-later.ts';
import { record, uuid } from '../support/fixtures.ts';

const AT = Date.UTC(2026, 0, 2);
const RETRY = { retryBaseMs: 1_000, retryMaxMs: 2_000 };
/** The jitter's top: the whole backoff delay. */
const top = () => 1;
const waits = (records: QueuedAnswer[]) => records.map((r) => r.nextAttemptAt - AT);

describe('retryLater', () => {
  it("waits as long as the server's Retry-After asks, past retryMaxMs: the server asked", () => {
    const hour = new Date(AT + 3_600_000).toUTCString();
    expect(waits(retryLater([record(1)], [], { status: 429, retryAfter: hour }, AT, RETRY, top))).toEqual([3_600_000]);
    expect(waits(retryLater([record(1)], [], { status: 503, retryAfter: '30' }, AT, RETRY, top))).toEqual([30_000]);
  });

  it("reads a Retry-After date against the server's clock, which it gives as Date: the device's may be hours off", () => {
    const server = AT + 3 * 3_600_000;
    const retryAfter = new Date(server + 120_000).toUTCString();
    const date = new Date(server).toUTCString();
    expect(waits(retryLater([record(1)], [], { status: 503, retryAfter, date }, AT, RETRY, top))).toEqual([120_000]);
    // Without its Date (not exposed to the page), the device's clock is all there is.
    expect(waits(retryLater([record(1)], [], { status: 503, retryAfter }, AT, RETRY, top))).toEqual([
      3 * 3_600_000 + 120_000,
    ]);
  });

  it('keeps its own backoff when the Retry-After is shorter', () => {
    const later = retryLater([record(1, { attempts: 3 })], [], { status: 503, retryAfter: '1' }, AT, RETRY, top);
    expect(waits(later)).toEqual([2_000]);
  });

  it('gives the batch and the rest one wait, from the most tried answer of the batch, and counts a try for each', () => {
    const later = retryLater([record(1), record(2, { attempts: 1 })], [[record(3)]], { status: 0 }, AT, RETRY, top);
    expect(later.map((r) => [r.event.id, r.attempts])).toEqual([
      [uuid(1), 1],
      [uuid(2), 2],
      [uuid(3), 1],
    ]);
    expect(waits(later)).toEqual([2_000, 2_000, 2_000]);
  });
});
