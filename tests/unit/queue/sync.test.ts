// @vitest-environment node
import { get } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { HOLD_MS } from '../../../src/queue/queue.ts';
import { newRecord } from '../../../src/queue/record.ts';
import { RETRY_AFTER_MAX_MS } from '../../../src/queue/status.ts';
import { MAX_AGE_MS } from '../../../src/queue/sync-limits.ts';
import { deferred, ENDPOINT, partialEvent, record, recoveryEvent, settle, status, uuid } from '../support/fixtures.ts';
import { brokenStore, freshStore, NOW, putAll, storedIds, syncSetup } from '../support/queue.ts';

describe('createSync', () => {
  it('sends due answers oldest first, batchSize per request, and removes them once acknowledged', async () => {
    const { sync, store, sent, named } = syncSetup();
    await putAll(store, [record(3), record(1), record(2)]);
    await sync.deliverPending();
    expect(sent()).toEqual([[uuid(1), uuid(2)], [uuid(3)]]);
    expect(await storedIds(store)).toEqual([]);
    expect(named('delivered')).toEqual([{ ids: [uuid(1), uuid(2)] }, { ids: [uuid(3)] }]);
  });

  it('holds back a partial answer while its prompt is open, on this page or a page that never said it left', async () => {
    const { sync, store, queue, sent } = syncSetup();
    // One of this page, one a closed page held and never released, its time nearly up.
    queue.hold(record(1, { event: partialEvent(1), heldUntil: NOW + HOLD_MS }));
    await putAll(store, [record(2, { event: partialEvent(2), heldUntil: NOW + 1_000 }), record(3)]);
    await sync.deliverPending(true);
    expect(sent()).toEqual([[uuid(3)]]);
    expect((await storedIds(store)).sort()).toEqual([uuid(1), uuid(2)]);
  });

  /** A clock whose first look in a run reads `start`, and every later one `later`. */
  const runClock = (start: number, later: number) => {
    let first = true;
    return () => {
      const time = first ? start : later;
      first = false;
      return time;
    };
  };

  it('holds back a partial answer whose hold was renewed while the run read the outbox, however long that took', async () => {
    // The shopper chose again while the run waited to read (another tab's long write ahead of
    // it): the hold is more than HOLD_MS past the run's time. Not a clock that was ahead, and
    // the prompt is open.
    for (const read of [50, 25_000]) {
      const { sync, store, queue, sent } = syncSetup({ now: runClock(NOW, NOW + read) });
      queue.hold(record(1, { event: partialEvent(1), heldUntil: NOW + read + HOLD_MS }));
      await sync.deliverPending(true);
      expect(sent(), `read for ${read} ms`).toEqual([]);
      expect(await storedIds(store)).toEqual([uuid(1)]);
    }
  });

  it('waits out a retry set while the run read the outbox, for the longest Retry-After', async () => {
    // Another tab (with no Web Locks to take turns) was told to come back in a day meanwhile.
    const { sync, store, sent } = syncSetup({ now: runClock(NOW, NOW + 50) });
    await putAll(store, [record(1, { attempts: 1, nextAttemptAt: NOW + 50 + RETRY_AFTER_MAX_MS })]);
    await sync.deliverPending();
    expect(sent()).toEqual([]);
    expect(await storedIds(store)).toEqual([uuid(1)]);
  });

  it('takes a hold or a retry past the longest it can be, from the clock after the read, and a minute for a time sync, as a clock that was ahead', async () => {
    // A time sync may step the clock back a little after a hold or a retry was stamped: a minute of that is allowed.
    const step = 60_000;
    const past = [
      record(1, { event: partialEvent(1), heldUntil: NOW + HOLD_MS + step + 1 }),
      record(2, { attempts: 1, nextAttemptAt: NOW + RETRY_AFTER_MAX_MS + step + 1 }),
    ];
    const within = [
      record(3, { event: partialEvent(3), heldUntil: NOW + HOLD_MS + step }),
      record(4, { attempts: 1, nextAttemptAt: NOW + RETRY_AFTER_MAX_MS + step }),
    ];
    const { sync, store, sent } = syncSetup();
    await putAll(store, [...past, ...within]);
    await sync.deliverPending();
    expect(sent()).toEqual([[uuid(1), uuid(2)]]);
    expect((await storedIds(store)).sort()).toEqual([uuid(3), uuid(4)]);
  });

  it('sends a partial answer once it is released, or once the page that held it is long gone', async () => {
    let now = NOW;
    const { sync, store, queue, sent } = syncSetup({ now: () => now });
    queue.hold(record(1, { event: partialEvent(1), heldUntil: NOW + HOLD_MS }));
    await putAll(store, [record(2, { event: partialEvent(2), heldUntil: NOW + 1_000 })]);
    queue.release(uuid(1));
    await sync.deliverPending();
    expect(sent()).toEqual([[uuid(1)]]);
    now += 1_000;
    await sync.deliverPending();
    expect(sent()).toEqual([[uuid(1)], [uuid(2)]]);
    expect(await storedIds(store)).toEqual([]);
  });

  it('reads again only the answers due by what it last saw; what another tab did to them counts then', async () => {
    let now = NOW;
    let code = 503;
    const { sync, store, sent } = syncSetup({ now: () => now, respond: () => status(code) });
    await putAll(store, [record(1), record(2), record(3, { attempts: 1, nextAttemptAt: NOW + 3_600_000 })]);
    await sync.deliverPending();
    expect(sent()).toEqual([[uuid(1), uuid(2)]]);
    // Meanwhile another tab delivered the first, and tried the second again and failed.
    await store.create('readwrite', (objects) => void objects.delete(uuid(1)));
    await putAll(store, [record(2, { attempts: 2, nextAttemptAt: NOW + 60_000 })]);
    [now, code] = [NOW + 500, 204];
    const read = vi.spyOn(IDBObjectStore.prototype, 'get');
    await sync.deliverPending();
    expect(read.mock.calls).toEqual([[uuid(2)]]);
    expect(sent()).toEqual([[uuid(1), uuid(2)]]);
    now = NOW + 60_000;
    await sync.deliverPending();
    expect(sent()).toEqual([[uuid(1), uuid(2)], [uuid(2)]]);
    expect(await storedIds(store)).toEqual([uuid(3)]);
  });

  it("never sends another tab's held partial from an old copy, even when that hold ends while it looks", async () => {
    let clock = runClock(NOW, NOW);
    const { sync, store, sent } = syncSetup({ now: () => clock(), respond: () => status(503) });
    await putAll(store, [record(1, { event: partialEvent(1), heldUntil: NOW + HOLD_MS })]);
    await sync.deliverPending();
    // The other tab's prompt is still open: it renews the hold.
    const renewed = record(1, { event: partialEvent(1), heldUntil: NOW + 10_000 + HOLD_MS });
    await putAll(store, [renewed]);
    // The old hold ends while this tab looks at the outbox.
    clock = runClock(NOW + HOLD_MS - 1, NOW + HOLD_MS + 1);
    await sync.deliverPending();
    expect(sent()).toEqual([]);
    expect(await get(uuid(1), store.use)).toEqual(renewed);
  });

  it("retries, on the usual schedule, a dead letter it saw refused and another tab's retryRejected() put back", async () => {
    let now = NOW;
    const store = freshStore();
    const here = syncSetup({ store, now: () => now });
    await putAll(store, [record(1, { rejected: { status: 400, at: NOW } })]);
    await here.sync.deliverPending();
    expect(here.sent()).toEqual([]);
    const other = syncSetup({ store, now: () => now, respond: () => status(503) });
    await other.sync.retryRejected();
    expect(other.sent()).toEqual([[uuid(1)]]);
    // That tab is closed; its retry is due.
    now = NOW + 500;
    await here.sync.deliverPending();
    expect(here.sent()).toEqual([[uuid(1)]]);
    expect(await storedIds(store)).toEqual([]);
  });

  it('sends a recovery event beside the answers, in the same batch', async () => {
    const { sync, store, calls } = syncSetup();
    await putAll(store, [record(1), newRecord(recoveryEvent(2, uuid(1)), ENDPOINT, {})]);
    await sync.deliverPending();
    expect((calls[0]?.body as Array<{ type: string }> | undefined)?.map((event) => event.type)).toEqual([
      'feelback.answer.v1',
      'feelback.recovery.v1',
    ]);
    expect(await storedIds(store)).toEqual([]);
  });

  it('removes an answer only once its request was acknowledged', async () => {
    const response = deferred<Response>();
    const { sync, store, calls } = syncSetup({ respond: () => response.promise });
    await putAll(store, [record(1)]);
    const run = sync.deliverPending();
    // The request is open: the answer is still stored, however long it stays open.
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    await settle();
    expect(await storedIds(store)).toEqual([uuid(1)]);
    response.resolve(status(204));
    await run;
    expect(await storedIds(store)).toEqual([]);
  });

  it("sends each answer to the endpoint it was given for, with that config's headers, one endpoint per request", async () => {
    const other = 'https://other.example/answers';
    const { sync, store, calls } = syncSetup();
    await putAll(store, [record(1), record(2, { endpoint: other, headers: { 'X-Key': 'b' } }), record(3)]);
    await sync.deliverPending();
    expect(
      calls.map((call) => [
        call.url,
        (call.body as unknown[]).length,
        (call.init.headers as Record<string, string>)['X-Key'],
      ]),
    ).toEqual([
      [ENDPOINT, 2, undefined],
      [other, 1, 'b'],
    ]);
  });

  it('sends an answer kept by an older widget (no endpoint) only from a page of its own site', async () => {
    const { endpoint: _, ...legacy } = record(1);
    const elsewhere = syncSetup({ config: { site: 'another-site' } });
    await putAll(elsewhere.store, [legacy]);
    await elsewhere.sync.deliverPending(true);
    expect(elsewhere.calls).toEqual([]);
    expect(await storedIds(elsewhere.store)).toEqual([uuid(1)]);

    const home = syncSetup({ store: elsewhere.store, config: { site: 'acme-shop' } });
    await home.sync.deliverPending(true);
    expect(home.calls.map((call) => call.url)).toEqual([ENDPOINT]);
    expect(await storedIds(home.store)).toEqual([]);
  });

  it('delivers answers held in memory when storage failed', async () => {
    const { sync, queue, sent } = syncSetup({ store: brokenStore() });
    await queue.add(record(1));
    await sync.deliverPending();
    expect(sent()).toEqual([[uuid(1)]]);
    expect(queue.pending.size).toBe(0);
  });

  it('gives an answer past 14 days one last try, due or not: delivered if the endpoint takes it', async () => {
    const { sync, store, sent, named } = syncSetup();
    // Its age is the device clock's word only: it may have been a month behind when it was stamped.
    await putAll(store, [record(1, { createdAt: NOW - MAX_AGE_MS - 1, attempts: 3, nextAttemptAt: NOW + 60_000 })]);
    await sync.deliverPending();
    expect(sent()).toEqual([[uuid(1)]]);
    expect(named('delivered')).toEqual([{ ids: [uuid(1)] }]);
    expect(named('error')).toEqual([]);
  });

  it('drops an answer past 14 days when its last try fails, reported as expired; the others wait', async () => {
    const { sync, store, sent, named } = syncSetup({ respond: () => status(503) });
    await putAll(store, [record(1, { createdAt: NOW - MAX_AGE_MS - 1 }), record(2)]);
    await sync.deliverPending();
    expect(sent()).toEqual([[uuid(1), uuid(2)]]);
    expect(await storedIds(store)).toEqual([uuid(2)]);
    expect(named('error')).toEqual([expect.objectContaining({ code: 'expired', ids: [uuid(1)] })]);
    expect(named('delivered')).toEqual([]);
  });

  it('keeps an answer past 14 days that waited behind a down endpoint, untried: it gets its try later', async () => {
    let code = 503;
    const { sync, store, sent, named } = syncSetup({ respond: () => status(code) });
    await putAll(store, [record(1), record(2), record(3, { createdAt: NOW - MAX_AGE_MS - 1 })]);
    await sync.deliverPending();
    expect(sent()).toEqual([[uuid(1), uuid(2)]]);
    expect(await storedIds(store)).toEqual([uuid(1), uuid(2), uuid(3)]);
    // It waits the batch's backoff with it, like any answer behind a down endpoint.
    expect((await get(uuid(3), store.use))?.attempts).toBe(1);
    code = 204;
    await sync.deliverPending(true);
    expect(sent().slice(1).flat().sort()).toEqual([uuid(1), uuid(2), uuid(3)]);
    expect(await storedIds(store)).toEqual([]);
    expect(named('error')).toEqual([]);
  });

  it('drops a dead letter past 14 days at once, never sending it', async () => {
    const { sync, store, sent, named } = syncSetup();
    await putAll(store, [record(1, { createdAt: NOW - MAX_AGE_MS - 1, rejected: { status: 400, at: NOW } })]);
    await sync.deliverPending(true);
    expect(sent()).toEqual([]);
    expect(await storedIds(store)).toEqual([]);
    expect(named('error')).toEqual([expect.objectContaining({ code: 'expired', ids: [uuid(1)] })]);
  });

  it('takes times stamped while the clock was ahead as now: a retry, a hold and an age', async () => {
    const ahead = NOW + 365 * 86_400_000;
    const { sync, store, sent } = syncSetup({ respond: () => status(503) });
    await putAll(store, [
      record(1, { attempts: 1, nextAttemptAt: ahead }),
      record(2, { event: partialEvent(2), createdAt: ahead, heldUntil: ahead + HOLD_MS }),
      record(3, { createdAt: ahead }),
    ]);
    await sync.deliverPending();
    // Two per request here: the third waits with them once the endpoint proved down.
    expect(sent()).toEqual([[uuid(1), uuid(2)]]);
    // Each waits a backoff from now, and ages from now (so it goes in 14 days, not in a year).
    const kept = await Promise.all([1, 3].map((n) => get(uuid(n), store.use)));
    expect(kept.map((stored) => stored.nextAttemptAt < NOW + 86_400_000)).toEqual([true, true]);
    expect(kept[1].createdAt).toBe(NOW);
  });

  it('reports records it had to set aside, once', async () => {
    const { sync, store, named } = syncSetup();
    await store.create('readwrite', (objects) => void objects.put({ v: 3, broken: true }, uuid(9)));
    await sync.deliverPending();
    await sync.deliverPending();
    expect(named('error')).toEqual([expect.objectContaining({ code: 'set-aside', ids: [uuid(9)] })]);
  });

  it('runs one at a time: a call during a run gets a run of its own after it', async () => {
    const response = deferred<Response>();
    let requests = 0;
    const { sync, store, sent, calls } = syncSetup({
      respond: () => (++requests === 1 ? response.promise : status(200)),
    });
    await putAll(store, [record(1)]);
    const first = sync.deliverPending();
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    // A second answer and a second call while the first request is open: no request until the first run ends.
    await putAll(store, [record(2)]);
    const second = sync.deliverPending();
    // Time for a run that did not wait to read the outbox and send (fake IndexedDB takes a few tasks).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent()).toEqual([[uuid(1)]]);
    response.resolve(status(200));
    await Promise.all([first, second]);
    expect(sent()).toEqual([[uuid(1)], [uuid(2)]]);
  });

  it('runs inside the delivery Web Lock, and alone where the lock is refused', async () => {
    const request = vi.fn((_name: string, _options: object, task: () => Promise<void>) => task());
    const locked = syncSetup({ locks: { request } as unknown as LockManager });
    await putAll(locked.store, [record(1)]);
    await locked.sync.deliverPending();
    expect(request.mock.calls.map(([name]) => name)).toEqual(['feelback-delivery']);
    expect(locked.sent()).toEqual([[uuid(1)]]);

    const refused = syncSetup({
      locks: { request: () => Promise.reject(new DOMException('opaque', 'SecurityError')) } as unknown as LockManager,
    });
    await putAll(refused.store, [record(2)]);
    await refused.sync.deliverPending();
    expect(refused.sent()).toEqual([[uuid(2)]]);
  });

  it('never rejects when storage fails mid-way, and the next run still works', async () => {
    const { sync, queue, sent } = syncSetup({ store: brokenStore() });
    await expect(sync.deliverPending()).resolves.toBeUndefined();
    await queue.add(record(1));
    await sync.deliverPending();
    expect(sent()).toEqual([[uuid(1)]]);
  });

  it('stops when configured with nothing (destroy): no run, no request', async () => {
    const { sync, store, calls } = syncSetup();
    await putAll(store, [record(1)]);
    sync.configure(undefined);
    await sync.deliverPending(true);
    expect(calls).toEqual([]);
  });
});
