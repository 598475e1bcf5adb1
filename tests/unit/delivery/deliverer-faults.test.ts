// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createDeliverer, type DelivererDeps, KEEPALIVE_BUDGET, MAX_AGE_MS } from '../../../src/delivery/deliverer.ts';
import type { SendResult } from '../../../src/delivery/send-batch.ts';
import { createMemoryOutbox, type Outbox } from '../../../src/outbox/outbox.ts';
import { type Deferred, deferred, record, settle, uuid } from '../support/fixtures.ts';

const options = { batchSize: 4, retryBaseMs: 1_000, retryMaxMs: 60_000 };
const NOW = Date.UTC(2026, 0, 2);

/** A deliverer whose endpoint answers `respond(ids, keepalive)`; records every request's ids. */
function setup(respond: (ids: string[], keepalive: boolean) => SendResult | Promise<SendResult>, outbox?: Outbox) {
  const store = outbox ?? createMemoryOutbox();
  const sent: string[][] = [];
  const emit = vi.fn<DelivererDeps['emit']>();
  const deliverer = createDeliverer(options, {
    outbox: store,
    send: async (events, keepalive = false) => {
      const ids = events.map((event) => event.id);
      sent.push(ids);
      return respond(ids, keepalive);
    },
    emit,
    withLock: (task) => task(),
    now: () => NOW,
    random: () => 0,
  });
  const errors = () => emit.mock.calls.filter(([name]) => name === 'error').map(([, payload]) => payload);
  return { outbox: store, sent, emit, errors, deliverer };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const stored = async (outbox: Outbox) => (await outbox.list()).map((r) => r.event.id);

describe('status policy', () => {
  it('413: splits the batch in halves until each part fits', async () => {
    const { outbox, sent, deliverer } = setup((ids) => ({ status: ids.length > 1 ? 413 : 200 }));
    await outbox.put(...range(1, 3).map((n) => record(n)));
    await deliverer.deliverPending();
    expect(sent).toEqual([[uuid(1), uuid(2), uuid(3)], [uuid(1), uuid(2)], [uuid(1)], [uuid(2)], [uuid(3)]]);
    expect(await stored(outbox)).toEqual([]);
  });

  it('a single answer refused with 422 becomes a dead letter; the rest of its batch and the batches after it go out', async () => {
    const bad = uuid(2);
    const { outbox, sent, errors, deliverer } = setup((ids) => ({ status: ids.includes(bad) ? 422 : 200 }));
    await outbox.put(...range(1, 6).map((n) => record(n)));
    await deliverer.deliverPending();
    expect(sent).toEqual([
      [uuid(1), uuid(2), uuid(3), uuid(4)],
      [uuid(1), uuid(2)],
      [uuid(1)],
      [uuid(2)],
      [uuid(3), uuid(4)],
      [uuid(5), uuid(6)],
    ]);
    const left = await outbox.list();
    expect(left.map((r) => [r.event.id, r.rejected])).toEqual([[bad, { status: 422, at: NOW }]]);
    expect(errors()).toEqual([{ code: 'rejected', ids: [bad], status: 422, message: expect.any(String) }]);
  });

  it('a redirect is a dead letter, never a delivery: kept, reported with what to fix, not retried', async () => {
    const { outbox, sent, errors, deliverer } = setup(() => ({ status: 0, redirected: true }));
    await outbox.put(record(1), record(2));
    await deliverer.deliverPending();
    expect(sent).toEqual([[uuid(1), uuid(2)]]);
    expect((await outbox.list()).map((r) => [r.event.id, r.rejected])).toEqual([
      [uuid(1), { status: 0, at: NOW }],
      [uuid(2), { status: 0, at: NOW }],
    ]);
    expect(errors()).toEqual([
      {
        code: 'rejected',
        ids: [uuid(1), uuid(2)],
        status: 0,
        message: 'the endpoint redirected (set endpoint to the address it redirects to) 2 answer(s).',
      },
    ]);
    await deliverer.deliverPending(true);
    expect(sent).toHaveLength(1);
  });

  it('a dead letter is kept, never retried automatically, and retryRejected sends it again', async () => {
    let status = 403;
    const { outbox, sent, deliverer } = setup(() => ({ status }));
    await outbox.put(record(1), record(2));
    await deliverer.deliverPending();
    // 403 is about the endpoint, not one answer: the whole batch is refused at once.
    expect(sent).toEqual([[uuid(1), uuid(2)]]);
    await deliverer.deliverPending(true);
    expect(sent).toHaveLength(1);
    expect(await stored(outbox)).toEqual([uuid(1), uuid(2)]);
    status = 200;
    await deliverer.retryRejected();
    expect(sent).toEqual([
      [uuid(1), uuid(2)],
      [uuid(1), uuid(2)],
    ]);
    expect(await stored(outbox)).toEqual([]);
  });

  it('a 500 on one batch backs it off and still sends the batches behind it', async () => {
    const { outbox, sent, deliverer } = setup((ids) => ({ status: ids.includes(uuid(1)) ? 500 : 200 }));
    await outbox.put(...range(1, 8).map((n) => record(n)));
    await deliverer.deliverPending();
    expect(sent).toEqual([range(1, 4).map(uuid), range(5, 8).map(uuid)]);
    expect((await outbox.list()).map((r) => [r.event.id, r.attempts, r.nextAttemptAt])).toEqual(
      range(1, 4).map((n) => [uuid(n), 1, NOW + 500]),
    );
  });

  it.each([429, 503, 0])('%i: the endpoint is down, nothing else is sent in this run', async (status) => {
    const { outbox, sent, deliverer } = setup(() => ({ status }));
    await outbox.put(...range(1, 8).map((n) => record(n)));
    await deliverer.deliverPending();
    expect(sent).toHaveLength(1);
    expect(await stored(outbox)).toHaveLength(8);
  });

  it.each([
    ['seconds', '30', 30_000],
    ['an HTTP date', new Date(NOW + 45_000).toUTCString(), 45_000],
    ['too far away, clamped to retryMaxMs', '999999', 60_000],
    ['garbage, so the backoff', 'later', 500],
  ])('Retry-After as %s decides the wait', async (_name, retryAfter, wait) => {
    const { outbox, deliverer } = setup(() => ({ status: 503, retryAfter }));
    await outbox.put(record(1));
    await deliverer.deliverPending();
    expect((await outbox.list())[0]?.nextAttemptAt).toBe(NOW + wait);
  });
});

describe('stored records', () => {
  it('reports and drops answers stored longer than 14 days', async () => {
    const { outbox, sent, errors, deliverer } = setup(() => ({ status: 200 }));
    await outbox.put(record(1, { createdAt: NOW - MAX_AGE_MS - 1 }), record(2, { createdAt: NOW - MAX_AGE_MS }));
    await deliverer.deliverPending();
    expect(sent).toEqual([[uuid(2)]]);
    expect(errors()).toEqual([{ code: 'expired', ids: [uuid(1)], message: expect.any(String) }]);
    expect(await stored(outbox)).toEqual([]);
  });

  it('reports records the outbox set aside', async () => {
    const memory = createMemoryOutbox();
    const outbox: Outbox = { ...memory, takeSetAside: vi.fn().mockReturnValueOnce(['junk']).mockReturnValue([]) };
    const { errors, deliverer } = setup(() => ({ status: 200 }), outbox);
    await deliverer.deliverPending();
    await deliverer.deliverPending();
    expect(errors()).toEqual([{ code: 'set-aside', ids: ['junk'], message: expect.any(String) }]);
  });

  it('keeps no memory of the answers it delivered once a run is over: one stored again goes out again', async () => {
    const { outbox, sent, deliverer } = setup(() => ({ status: 200 }));
    await outbox.put(record(1), record(2));
    await deliverer.deliverPending();
    // E.g. another tab whose request for it failed while this one delivered it: sent again, same id.
    await outbox.put(record(1));
    await deliverer.deliverPending();
    expect(sent).toEqual([[uuid(1), uuid(2)], [uuid(1)]]);
    expect(await stored(outbox)).toEqual([]);
  });

  it('reads the outbox once per run, however many batches', async () => {
    const memory = createMemoryOutbox();
    const list = vi.fn(memory.list);
    const { outbox, sent, deliverer } = setup(() => ({ status: 200 }), { ...memory, list });
    await outbox.put(...range(1, 40).map((n) => record(n)));
    await deliverer.deliverPending();
    expect(sent).toHaveLength(10);
    expect(list).toHaveBeenCalledTimes(1);
  });
});

describe('sendOnHide', () => {
  it("sends this page's undelivered answers with keepalive, and removes them on a 2xx", async () => {
    const { outbox, sent, emit, deliverer } = setup((_ids, keepalive) => ({ status: keepalive ? 200 : 0 }));
    await outbox.put(record(9)); // from an earlier visit: another tab may be sending it
    await deliverer.add(record(1));
    deliverer.sendOnHide();
    await settle();
    expect(sent).toEqual([[uuid(1)]]);
    expect(await stored(outbox)).toEqual([uuid(9)]);
    expect(emit).toHaveBeenCalledWith('delivered', { ids: [uuid(1)] });
  });

  it('keeps the answers when the keepalive request fails, and does not send them twice on hide', async () => {
    const { outbox, sent, deliverer } = setup(() => ({ status: 0 }));
    await deliverer.add(record(1));
    deliverer.sendOnHide();
    await settle();
    deliverer.sendOnHide();
    await settle();
    expect(sent).toEqual([[uuid(1)], [uuid(1)]]);
    expect(await stored(outbox)).toEqual([uuid(1)]);
  });

  it('never sends an answer whose request is in flight, and a keepalive copy only once', async () => {
    const replies: Deferred<SendResult>[] = [];
    const { sent, deliverer } = setup(() => {
      const reply = deferred<SendResult>();
      replies.push(reply);
      return reply.promise;
    });
    await deliverer.add(record(1));
    void deliverer.deliverPending();
    await settle();
    await deliverer.add(record(2));
    deliverer.sendOnHide();
    await settle();
    expect(sent).toEqual([[uuid(1)], [uuid(2)]]);
    deliverer.sendOnHide();
    await settle();
    expect(sent).toHaveLength(2);
  });

  it('sends an answer held in memory despite its backoff (its last chance); a stored one waits', async () => {
    const memory = createMemoryOutbox();
    const outbox: Outbox = { ...memory, add: async (record) => record.event.id !== uuid(1) && memory.add(record) };
    const { sent, deliverer } = setup((_, keepalive) => ({ status: keepalive ? 200 : 503 }), outbox);
    // Both waiting out a backoff after a failed attempt.
    await deliverer.add(record(1, { attempts: 1, nextAttemptAt: NOW + 60_000 }));
    await deliverer.add(record(2, { attempts: 1, nextAttemptAt: NOW + 60_000 }));
    deliverer.sendOnHide();
    await settle();
    expect(sent).toEqual([[uuid(1)]]);
  });

  it('a run never sends an answer that went out with keepalive while an earlier batch was on its way', async () => {
    const first: Deferred<SendResult> = deferred();
    const { sent, deliverer } = setup((ids, keepalive) =>
      keepalive || ids[0] !== uuid(1) ? { status: 200 } : first.promise,
    );
    for (const n of range(1, 5)) await deliverer.add(record(n));
    // Batches of 4: 1…4 go first and wait for their answer; 5 would follow.
    const run = deliverer.deliverPending();
    await settle();
    // The page is hidden meanwhile: 5, not in a request, goes out with keepalive.
    deliverer.sendOnHide();
    await settle();
    first.resolve({ status: 200 });
    await run;
    expect(sent).toEqual([[uuid(1), uuid(2), uuid(3), uuid(4)], [uuid(5)]]);
  });

  it('never throws into the page, even when the page broke Blob', async () => {
    const { deliverer } = setup(() => ({ status: 200 }));
    await deliverer.add(record(1));
    const blob = globalThis.Blob;
    globalThis.Blob = class {
      constructor() {
        throw new Error('host broke Blob');
      }
    } as unknown as typeof Blob;
    try {
      expect(() => deliverer.sendOnHide()).not.toThrow();
    } finally {
      globalThis.Blob = blob;
    }
  });

  it('stays within the keepalive budget; the rest stays stored', async () => {
    const { outbox, sent, deliverer } = setup(() => ({ status: 200 }));
    const long = 'é'.repeat(1000);
    const records = range(1, 60).map((n) =>
      record(n, { event: { ...record(n).event, data: { ...record(n).event.data, comment: long } } }),
    );
    for (const item of records) await deliverer.add(item);
    deliverer.sendOnHide();
    await settle();
    // What goes on the wire: the events, not the stored records around them.
    const body = new Blob([JSON.stringify(records.slice(0, sent[0]?.length).map((item) => item.event))]).size;
    expect(body).toBeLessThanOrEqual(KEEPALIVE_BUDGET);
    expect(sent[0]?.length).toBeGreaterThan(10);
    expect(await stored(outbox)).toHaveLength(60 - (sent[0]?.length ?? 0));
  });

  it('after a keepalive 2xx, a late failure of a run does not store the answer again', async () => {
    const held = deferred<void>();
    const memory = createMemoryOutbox();
    // The run read the answer, then waited for its turn while the page was hidden.
    const { outbox, deliverer } = setup((_ids, keepalive) => ({ status: keepalive ? 200 : 0 }), {
      ...memory,
      list: async () => {
        const records = await memory.list();
        await held.promise;
        return records;
      },
    });
    await deliverer.add(record(1));
    const run = deliverer.deliverPending();
    await settle();
    deliverer.sendOnHide();
    await settle();
    expect(await memory.list()).toEqual([]);
    held.resolve();
    await run;
    expect(await stored(outbox)).toEqual([]);
  });
});
