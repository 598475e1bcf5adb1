// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { listOutbox } from '../../../src/queue/outbox.ts';
import { WRITE_TIMEOUT_MS } from '../../../src/queue/queue.ts';
import { RETRY_AFTER_MAX_MS } from '../../../src/queue/status.ts';
import { record, status, uuid } from '../support/fixtures.ts';
import { NOW, putAll, storedIds, syncSetup } from '../support/queue.ts';

const stored = async (store: Parameters<typeof listOutbox>[0]) => (await listOutbox(store, NOW)).records;

describe('createSync when the endpoint fails', () => {
  it('unreachable: keeps the failed batch and every batch after it, one wait for all, no delivered', async () => {
    const { sync, store, sent, named } = syncSetup({ respond: () => Promise.reject(new TypeError('offline')) });
    await putAll(store, [record(1), record(2), record(3)]);
    await sync.deliverPending();
    expect(sent()).toEqual([[uuid(1), uuid(2)]]);
    // The lowest jitter: half of retryBaseMs.
    expect((await stored(store)).map((r) => [r.event.id, r.attempts, r.nextAttemptAt])).toEqual([
      [uuid(1), 1, NOW + 500],
      [uuid(2), 1, NOW + 500],
      [uuid(3), 1, NOW + 500],
    ]);
    expect(named('delivered')).toEqual([]);
  });

  it('a 500 for one batch: the next batches still go', async () => {
    let first = true;
    const { sync, store, sent } = syncSetup({
      respond: () => {
        const code = first ? 500 : 200;
        first = false;
        return status(code);
      },
    });
    await putAll(store, [record(1), record(2), record(3)]);
    await sync.deliverPending();
    expect(sent()).toEqual([[uuid(1), uuid(2)], [uuid(3)]]);
    expect(await storedIds(store)).toEqual([uuid(1), uuid(2)]);
  });

  it('doubles the wait per failed attempt, up to retryMaxMs', async () => {
    const { sync, store } = syncSetup({ respond: () => status(503) });
    await putAll(store, [record(1, { attempts: 20 })]);
    await sync.deliverPending();
    expect((await stored(store))[0]?.nextAttemptAt).toBe(NOW + 30_000);
  });

  it.each([
    ['in seconds', '3600', 3_600_000],
    ['as an HTTP date', new Date(NOW + 7_200_000).toUTCString(), 7_200_000],
    ['beyond a day, capped at a day', '900000', RETRY_AFTER_MAX_MS],
  ])('honours Retry-After %s over a shorter retryMaxMs: the server asked', async (_name, header, wait) => {
    const respond = () => new Response(null, { status: 429, headers: { 'Retry-After': header } });
    const { sync, store } = syncSetup({ respond });
    await putAll(store, [record(1)]);
    await sync.deliverPending();
    expect((await stored(store))[0]?.nextAttemptAt).toBe(NOW + wait);
  });

  it('skips answers waiting out a backoff, and sends them when forced', async () => {
    const { sync, store, sent } = syncSetup();
    await putAll(store, [record(1, { nextAttemptAt: NOW + 1 })]);
    await sync.deliverPending();
    expect(sent()).toEqual([]);
    await sync.deliverPending(true);
    expect(sent()).toEqual([[uuid(1)]]);
  });

  it('413: halves the batch until each part fits', async () => {
    const { sync, store, sent } = syncSetup({
      respond: (call) => status((call.body as unknown[]).length > 1 ? 413 : 200),
      config: { batchSize: 4 },
    });
    await putAll(
      store,
      [1, 2, 3, 4].map((n) => record(n)),
    );
    await sync.deliverPending();
    expect(sent()).toEqual([
      [uuid(1), uuid(2), uuid(3), uuid(4)],
      [uuid(1), uuid(2)],
      [uuid(1)],
      [uuid(2)],
      [uuid(3), uuid(4)],
      [uuid(3)],
      [uuid(4)],
    ]);
    expect(await storedIds(store)).toEqual([]);
  });

  it('422 for one answer: the others arrive, it alone becomes a dead letter', async () => {
    const { sync, store, named } = syncSetup({
      respond: (call) => status((call.body as Array<{ id: string }>).some((e) => e.id === uuid(2)) ? 422 : 200),
    });
    await putAll(store, [record(1), record(2)]);
    await sync.deliverPending();
    expect((await stored(store)).map((r) => [r.event.id, r.rejected])).toEqual([[uuid(2), { status: 422, at: NOW }]]);
    expect(named('error')).toEqual([expect.objectContaining({ code: 'rejected', ids: [uuid(2)], status: 422 })]);
  });

  it('any other 4xx: the batch is kept as dead letters, never retried by itself; retryRejected sends them', async () => {
    let code = 403;
    const { sync, store, sent } = syncSetup({ respond: () => status(code) });
    await putAll(store, [record(1)]);
    await sync.deliverPending();
    await sync.deliverPending(true);
    expect(sent()).toEqual([[uuid(1)]]);
    code = 200;
    await sync.retryRejected();
    expect(sent()).toEqual([[uuid(1)], [uuid(1)]]);
    expect(await storedIds(store)).toEqual([]);
  });

  it('a redirect: a dead letter with status 0 that says to set the endpoint to where it leads', async () => {
    const opaque = Object.defineProperty(new Response(null), 'type', { value: 'opaqueredirect' });
    const { sync, store, named } = syncSetup({ respond: () => opaque });
    await putAll(store, [record(1)]);
    await sync.deliverPending();
    expect(named('error')).toEqual([expect.objectContaining({ code: 'rejected', status: 0 })]);
    expect((named('error')[0] as { message: string }).message).toMatch(/set endpoint to the address it redirects to/);
    expect((await stored(store))[0]?.rejected?.status).toBe(0);
  });
});

describe('createSync when storage fails', () => {
  it('still removes an answer stored before, once acknowledged: a later page must not send it again', async () => {
    const { sync, queue, store, named } = syncSetup();
    await queue.add(record(1));
    // One write hangs: the page goes on in memory, while answer 1 is still in IndexedDB.
    vi.useFakeTimers();
    const create = store.create;
    store.create = () => new Promise(() => {});
    const add = queue.add(record(2));
    await vi.advanceTimersByTimeAsync(WRITE_TIMEOUT_MS);
    expect(await add).toBe(false);
    vi.useRealTimers();
    store.create = create;
    sync.leave(false);
    await vi.waitFor(() => expect(named('delivered')).toHaveLength(1));
    await vi.waitFor(async () => expect(await storedIds(store)).toEqual([]));
  });
});

describe('createSync timers', () => {
  it('retries a failed batch by itself once its wait is over', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let clock = NOW;
    let fail = true;
    const { sync, store, sent } = syncSetup({ now: () => clock, respond: () => status(fail ? 503 : 200) });
    await putAll(store, [record(1)]);
    await sync.deliverPending();
    fail = false;
    clock += 499;
    await vi.advanceTimersByTimeAsync(499);
    expect(sent()).toHaveLength(1);
    clock += 1;
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(sent()).toHaveLength(2));
  });

  it('sets no timer when nothing is left', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { sync, store } = syncSetup({ respond: () => status(204) });
    await putAll(store, [record(1)]);
    await sync.deliverPending();
    expect(await storedIds(store)).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('sets a timer for what waits, and none after destroy', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { sync, store } = syncSetup({ respond: () => status(503) });
    await putAll(store, [record(1)]);
    await sync.deliverPending();
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    sync.configure(undefined);
    expect(vi.getTimerCount()).toBe(0);
  });
});
