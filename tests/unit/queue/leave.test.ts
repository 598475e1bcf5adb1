// @vitest-environment node

import { entries } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { KEEPALIVE_BUDGET } from '../../../src/queue/leave.ts';
import { HOLD_MS } from '../../../src/queue/queue.ts';
import { answerEvent, deferred, ENDPOINT, partialEvent, record, status, uuid } from '../support/fixtures.ts';
import { brokenStore, NOW, putAll, storedIds, syncSetup } from '../support/queue.ts';

/** The keepalive requests made, as [url, ids]. */
const keepalives = (calls: ReturnType<typeof syncSetup>['calls']) =>
  calls
    .filter((call) => call.init.keepalive)
    .map((call) => [call.url, (call.body as Array<{ id: string }>).map((event) => event.id)]);

describe('sync.leave', () => {
  it("hidden: sends this page's due answers as one simple text/plain keepalive request", async () => {
    const { sync, queue, calls } = syncSetup({ config: { headers: { 'X-Api-Key': 'k' } } });
    await queue.add(record(1));
    await queue.add(record(2, { nextAttemptAt: NOW + 1 }));
    sync.leave(false);
    expect(keepalives(calls)).toEqual([[ENDPOINT, [uuid(1)]]]);
    expect(calls[0]?.init.headers).toEqual({ 'Content-Type': 'text/plain' });
  });

  it('sends an answer held in memory even while it waits out a backoff: leaving is its last chance', async () => {
    const { sync, queue, calls } = syncSetup({ store: brokenStore() });
    await queue.add(record(1, { nextAttemptAt: NOW + 60_000 }));
    sync.leave(false);
    expect(keepalives(calls)).toEqual([[ENDPOINT, [uuid(1)]]]);
  });

  it('never sends a dead letter held in memory again: the endpoint refused it', async () => {
    const { sync, queue, calls } = syncSetup({ store: brokenStore(), respond: () => status(403) });
    await queue.add(record(1));
    await sync.deliverPending();
    sync.leave(false);
    sync.leave(true);
    expect(calls).toHaveLength(1);
  });

  it('never sends again an answer acknowledged while its removal is under way', async () => {
    const { sync, queue, store, calls } = syncSetup();
    await queue.add(record(1));
    // The store is slow to remove it; a page left meanwhile finds nothing to send.
    const removing = deferred<void>();
    const use = store.use;
    store.use = async (mode, callback) => {
      await removing.promise;
      return use(mode, callback);
    };
    sync.leave(false);
    await vi.waitFor(() => expect(queue.pending.size).toBe(0));
    sync.leave(true);
    expect(keepalives(calls)).toEqual([[ENDPOINT, [uuid(1)]]]);
    removing.resolve();
  });

  it('left: the answers whose request is open go again, with their ids; hidden: they are left to their request', async () => {
    const response = deferred<Response>();
    const { sync, store, calls } = syncSetup({
      respond: (call) => (call.init.keepalive ? status(200) : response.promise),
    });
    await putAll(store, [record(1)]);
    const run = sync.deliverPending();
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    sync.leave(false);
    expect(keepalives(calls)).toEqual([]);
    sync.leave(true);
    expect(keepalives(calls)).toEqual([[ENDPOINT, [uuid(1)]]]);
    response.resolve(status(503));
    await run;
  });

  it('never sends an answer another tab delivered: the queue forgot it', async () => {
    const { sync, queue, calls } = syncSetup();
    await queue.add(record(1));
    queue.delivered([uuid(1)]);
    sync.leave(true);
    expect(calls).toEqual([]);
  });

  it('one keepalive request per endpoint', async () => {
    const { sync, queue, calls } = syncSetup();
    const other = 'https://other.example/answers';
    await queue.add(record(1));
    await queue.add(record(2, { endpoint: other }));
    sync.leave(false);
    expect(keepalives(calls)).toEqual([
      [ENDPOINT, [uuid(1)]],
      [other, [uuid(2)]],
    ]);
  });

  it(`stays within ${KEEPALIVE_BUDGET / 1024} KiB of keepalive bodies; the rest waits for a later page`, async () => {
    const { sync, queue, calls } = syncSetup();
    const long = (n: number) => {
      const event = answerEvent(n);
      return record(n, { event: { ...event, data: { ...event.data, comment: 'x'.repeat(1000) } } });
    };
    const many = Array.from({ length: 60 }, (_, i) => long(i + 1));
    for (const answer of many) await queue.add(answer);
    sync.leave(false);
    const body = String(calls[0]?.init.body ?? '');
    expect(new TextEncoder().encode(body).length).toBeLessThanOrEqual(KEEPALIVE_BUDGET);
    expect(keepalives(calls)[0]?.[1]?.length).toBeGreaterThan(30);
    expect(keepalives(calls)[0]?.[1]?.length).toBeLessThan(60);
  });

  it('counts the keepalive requests of an earlier hide still open against the page’s budget', async () => {
    const comment = 'x'.repeat(1_000);
    const { sync, queue, calls } = syncSetup({ store: brokenStore(), respond: () => new Promise(() => {}) });
    for (let n = 1; n <= 80; n++) {
      const base = answerEvent(n);
      await queue.add(record(n, { event: { ...base, data: { ...base.data, comment } } }));
    }
    sync.leave(false);
    sync.leave(false);
    const inFlight = calls.filter((call) => call.init.keepalive).map((call) => JSON.stringify(call.body).length);
    expect(inFlight.reduce((sum, bytes) => sum + bytes, 0)).toBeLessThanOrEqual(KEEPALIVE_BUDGET);
  });

  it('if the page lives on and hears a 2xx, those answers are done', async () => {
    const { sync, store, queue, named } = syncSetup();
    await queue.add(record(1));
    sync.leave(false);
    await vi.waitFor(() => expect(named('delivered')).toEqual([{ ids: [uuid(1)] }]));
    expect(await storedIds(store)).toEqual([]);
    expect(queue.pending.size).toBe(0);
  });

  it('a partial answer held while its prompt is open: not when hidden; when left, released and sent', async () => {
    const { sync, store, queue, calls } = syncSetup();
    queue.hold(record(1, { event: partialEvent(1), heldUntil: NOW + HOLD_MS }));
    await vi.waitFor(() => expect(storedIds(store)).resolves.toEqual([uuid(1)]));
    sync.leave(false);
    expect(calls).toEqual([]);
    sync.leave(true);
    expect(keepalives(calls)).toEqual([[ENDPOINT, [uuid(1)]]]);
    expect(queue.pending.get(uuid(1))?.record).not.toHaveProperty('heldUntil');
    // Released on the device too: a later page may send it, should this request not arrive.
    await vi.waitFor(async () =>
      expect(((await entries(store.use)) ?? []).map(([, value]) => Object.hasOwn(value, 'heldUntil'))).toEqual([false]),
    );
  });

  it('never throws into the page, whatever fails', () => {
    const { sync, queue } = syncSetup();
    const boom = vi.fn(() => {
      throw new Error('boom');
    });
    Object.defineProperty(queue.pending, Symbol.iterator, { value: boom });
    expect(() => sync.leave(true)).not.toThrow();
    expect(boom).toHaveBeenCalled();
  });
});
