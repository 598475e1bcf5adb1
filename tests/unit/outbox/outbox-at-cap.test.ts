// @vitest-environment node
import { createStore, keys } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { createDeliverer } from '../../../src/delivery/deliverer.ts';
import { createLeaseLock } from '../../../src/delivery/lease-lock.ts';
import type { SendResult } from '../../../src/delivery/send-batch.ts';
import { createIdbOutbox, LEASE_KEY } from '../../../src/outbox/outbox.ts';
import { createResilientOutbox } from '../../../src/outbox/resilient-outbox.ts';
import { type Deferred, deferred, record, settle, uuid } from '../support/fixtures.ts';

const NOW = Date.UTC(2026, 0, 2);
const CAP = 3;
let databases = 0;

/** The widget's own stack over one IndexedDB database holding `CAP` answers waiting out a retry. */
async function fullOutbox() {
  const store = createStore(`outbox-at-cap-${++databases}`, 'answers');
  const durable = createIdbOutbox(
    () => store,
    async () => true,
  );
  await durable.put(...[1, 2, 3].map((n) => record(n, { attempts: 1, nextAttemptAt: NOW + 3_600_000 })));
  const onFull = vi.fn();
  const onFallback = vi.fn();
  const outbox = createResilientOutbox(durable, onFallback, CAP, onFull);
  const replies: Deferred<SendResult>[] = [];
  const sent: string[][] = [];
  const deliverer = createDeliverer(
    { batchSize: 10, retryBaseMs: 1_000, retryMaxMs: 60_000 },
    {
      outbox,
      send: (events) => {
        sent.push(events.map((event) => event.id));
        const reply = deferred<SendResult>();
        replies.push(reply);
        return reply.promise;
      },
      emit: vi.fn(),
      withLock: (task) =>
        createLeaseLock(
          outbox,
          'tab',
          () => NOW,
          () => false,
        )(task, true),
      now: () => NOW,
      random: () => 0,
    },
  );
  return { store, durable, outbox, deliverer, onFull, onFallback, replies, sent };
}

describe('at the storage cap, with a delivery running', () => {
  it('keeps a new answer in memory only: the one extra key stored meanwhile is the delivery lease', async () => {
    const { store, deliverer, onFull, onFallback, replies } = await fullOutbox();
    expect(await deliverer.add(record(4))).toBe(false);
    expect(onFull).toHaveBeenCalledTimes(1);

    const run = deliverer.deliverPending();
    await vi.waitFor(() => expect(replies).toHaveLength(1));
    // What the benchmark counted as "one of them reached IndexedDB, late": the lease, not the answer.
    expect(await keys(store)).toEqual([uuid(1), uuid(2), uuid(3), LEASE_KEY]);
    replies[0]?.resolve({ status: 503 });
    await run;
    expect(await keys(store)).toEqual([uuid(1), uuid(2), uuid(3)]);
    expect(onFallback).not.toHaveBeenCalled();
  });

  it('never persists the answer later, even once there is room, and delivers it exactly once', async () => {
    const { store, durable, outbox, deliverer, replies, sent } = await fullOutbox();
    await deliverer.add(record(4));
    const failed = deliverer.deliverPending();
    await vi.waitFor(() => expect(replies).toHaveLength(1));
    replies[0]?.resolve({ status: 503 });
    await failed;
    // Another tab delivers the stored answers: the cap no longer applies, the answer stays where it is.
    await durable.remove([uuid(1), uuid(2), uuid(3)]);
    expect((await outbox.list()).map((r) => r.event.id)).toEqual([uuid(4)]);
    expect(await keys(store)).toEqual([]);

    const delivered = deliverer.deliverPending(true);
    await vi.waitFor(() => expect(replies).toHaveLength(2));
    replies[1]?.resolve({ status: 204 });
    await delivered;
    await settle();
    expect(sent).toEqual([[uuid(4)], [uuid(4)]]);
    expect(await outbox.list()).toEqual([]);
    expect(await keys(store)).toEqual([]);
  });
});
