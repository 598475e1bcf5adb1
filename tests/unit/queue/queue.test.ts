// @vitest-environment node
import { del, entries, keys } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { createQueue, STORAGE_CAP, WRITE_TIMEOUT_MS } from '../../../src/queue/queue.ts';
import { createIdbStore, type IdbStore } from '../../../src/shared/idb-store.ts';
import { deferred, partialEvent, record, uuid } from '../support/fixtures.ts';

let databases = 0;

/** A queue on a database of its own, with a channel whose messages the test sends and reads. */
function setup(store: IdbStore = createIdbStore(`queue-test-${++databases}`, 'answers')) {
  const events = { unavailable: vi.fn(), full: vi.fn() };
  const channel = { postMessage: vi.fn(), onmessage: null as ((event: { data: unknown }) => void) | null };
  const queue = createQueue(events, store, () => channel as unknown as BroadcastChannel);
  const hear = (data: unknown) => channel.onmessage?.({ data });
  return { queue, store, events, channel, hear };
}

/** A store whose every operation fails, as IndexedDB does in a sandboxed frame. */
const brokenStore = (): IdbStore => {
  const broken = () => Promise.reject(new DOMException('denied', 'SecurityError'));
  return { use: broken, create: broken, warm: broken, exists: broken, close() {} };
};

describe('createQueue', () => {
  it('holds a partial answer: written at once, updated in place under its id, nobody waits', async () => {
    const { queue, store } = setup();
    queue.hold(record(1, { event: partialEvent(1), heldUntil: 99 }));
    const changed = partialEvent(1);
    queue.hold(record(1, { event: { ...changed, data: { ...changed.data, rating: 1 } }, heldUntil: 99 }));
    await vi.waitFor(() => expect(queue.pending.get(uuid(1))?.stored).toBe(true));
    expect(await entries(store.use)).toEqual([
      [uuid(1), record(1, { event: { ...changed, data: { ...changed.data, rating: 1 } }, heldUntil: 99 })],
    ]);
  });

  it('releases a held partial answer in memory and on the device; says whether one was held', async () => {
    const { queue, store } = setup();
    queue.hold(record(1, { event: partialEvent(1), heldUntil: 99 }));
    expect(queue.release(uuid(1))).toBe(true);
    expect(queue.release(uuid(1))).toBe(false);
    expect(queue.release(uuid(2))).toBe(false);
    await vi.waitFor(async () =>
      expect(await entries(store.use)).toEqual([[uuid(1), record(1, { event: partialEvent(1) })]]),
    );
    expect(queue.pending.get(uuid(1))?.record).toEqual(record(1, { event: partialEvent(1) }));
  });

  it('drops the partial answer an answer replaces in the same transaction as it writes the answer', async () => {
    const { queue, store } = setup();
    queue.hold(record(1, { event: partialEvent(1), heldUntil: 99 }));
    // Whether or not the partial's own write has landed yet.
    expect(await queue.add(record(2), uuid(1))).toBe(true);
    expect(await keys(store.use)).toEqual([uuid(2)]);
    expect([...queue.pending.keys()]).toEqual([uuid(2)]);
  });

  it('writes a late renewal or release only where the partial answer still is: another tab may have delivered it', async () => {
    const { queue, store } = setup();
    queue.hold(record(1, { event: partialEvent(1), heldUntil: 99 }));
    await vi.waitFor(() => expect(queue.pending.get(uuid(1))?.stored).toBe(true));
    // Its hold ran out while the page slept: another tab sent it, and this page heard nothing.
    await del(uuid(1), store.use);
    queue.hold(record(1, { event: partialEvent(1), heldUntil: 199 }));
    expect(queue.release(uuid(1))).toBe(true);
    // A later transaction: the renewal's and the release's have finished.
    expect(await queue.add(record(2))).toBe(true);
    expect(await keys(store.use)).toEqual([uuid(2)]);
    // Forgotten here too: leaving the page must not send it again either.
    expect([...queue.pending.keys()]).toEqual([uuid(2)]);
  });

  it('keeps a partial answer in memory, to be sent from there, when its first write failed and a renewal found nothing', async () => {
    const real = createIdbStore(`queue-test-${++databases}`, 'answers');
    let writes = 0;
    const store: IdbStore = {
      ...real,
      create: (mode, callback) =>
        ++writes === 1 ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : real.create(mode, callback),
    };
    const { queue, events } = setup(store);
    queue.hold(record(1, { event: partialEvent(1), heldUntil: 99 }));
    queue.hold(record(1, { event: partialEvent(1), heldUntil: 199 }));
    await queue.pending.get(uuid(1))?.written;
    await Promise.resolve();
    expect(events.unavailable).toHaveBeenCalledTimes(1);
    expect(queue.pending.get(uuid(1))).toMatchObject({ stored: false, record: { heldUntil: 199 } });
  });

  it('holds a partial answer in memory once storage failed, and can still release and drop it', async () => {
    const { queue } = setup(brokenStore());
    queue.hold(record(1, { event: partialEvent(1), heldUntil: 99 }));
    expect(queue.release(uuid(1))).toBe(true);
    expect(await queue.add(record(2), uuid(1))).toBe(false);
    expect([...queue.pending.keys()]).toEqual([uuid(2)]);
  });

  it('stores a new answer durably in one transaction, keyed by its id, before resolving', async () => {
    const { queue, store } = setup();
    expect(await queue.add(record(1))).toBe(true);
    expect(await keys(store.use)).toEqual([uuid(1)]);
    expect(queue.pending.get(uuid(1))).toMatchObject({ stored: true, record: record(1) });
  });

  it(`holds a new answer in memory past ${STORAGE_CAP} stored answers, evicts none, and says so`, async () => {
    const { queue, store, events } = setup();
    await store.create('readwrite', (objects) => {
      for (let n = 1; n <= STORAGE_CAP; n++) objects.put(record(n), uuid(n));
    });
    expect(await queue.add(record(STORAGE_CAP + 1))).toBe(false);
    expect(events.full).toHaveBeenCalledWith(uuid(STORAGE_CAP + 1));
    expect((await keys(store.use)).length).toBe(STORAGE_CAP);
    expect(queue.pending.get(uuid(STORAGE_CAP + 1))?.stored).toBe(false);
  });

  it(`stores the ${STORAGE_CAP}th answer, also when it replaces a held partial, and no more`, async () => {
    const { queue, store, events } = setup();
    await store.create('readwrite', (objects) => {
      for (let n = 1; n < STORAGE_CAP - 1; n++) objects.put(record(n), uuid(n));
    });
    expect(await queue.add(record(STORAGE_CAP - 1))).toBe(true);
    // The partial counts while it is held, and makes room when the answer replacing it is written.
    queue.hold(record(STORAGE_CAP, { event: partialEvent(STORAGE_CAP), heldUntil: 99 }));
    expect(await queue.add(record(STORAGE_CAP + 1), uuid(STORAGE_CAP))).toBe(true);
    expect(events.full).not.toHaveBeenCalled();
    // Full, and replacing nothing: the new answer waits in memory; a partial held meanwhile stays.
    queue.hold(record(STORAGE_CAP + 2, { event: partialEvent(STORAGE_CAP + 2), heldUntil: 99 }));
    expect(await queue.add(record(STORAGE_CAP + 3))).toBe(false);
    expect(events.full).toHaveBeenCalledWith(uuid(STORAGE_CAP + 3));
    const kept = await keys(store.use);
    expect(kept).toHaveLength(STORAGE_CAP + 1);
    expect(kept).toEqual(expect.arrayContaining([uuid(STORAGE_CAP + 1), uuid(STORAGE_CAP + 2)]));
    expect(kept).not.toContain(uuid(STORAGE_CAP));
  });

  it('holds answers in memory once storage failed, and reports that once', async () => {
    const { queue, events } = setup(brokenStore());
    expect(await queue.add(record(1))).toBe(false);
    expect(await queue.add(record(2))).toBe(false);
    expect(events.unavailable).toHaveBeenCalledTimes(1);
    expect([...queue.pending.keys()]).toEqual([uuid(1), uuid(2)]);
    expect(queue.store()).toBeUndefined();
  });

  it(`thanks within ${WRITE_TIMEOUT_MS} ms when a write hangs; if it lands after the answer was delivered, it is removed`, async () => {
    vi.useFakeTimers();
    const write = deferred<boolean>();
    const real = setup().store;
    const slow: IdbStore = { ...real, create: () => write.promise as never };
    const { queue, events } = setup(slow);
    const added = queue.add(record(1));
    await vi.advanceTimersByTimeAsync(WRITE_TIMEOUT_MS);
    expect(await added).toBe(false);
    expect(events.unavailable).toHaveBeenCalledTimes(1);
    // It lands after all, then the answer is delivered from memory.
    vi.useRealTimers();
    await real.create('readwrite', (objects) => void objects.put(record(1), uuid(1)));
    queue.delivered([uuid(1)]);
    write.resolve(true);
    await vi.waitFor(async () => expect(await keys(real.use)).toEqual([]));
  });

  it('forgets delivered answers and tells the other tabs', async () => {
    const { queue, channel } = setup();
    await queue.add(record(1));
    await queue.add(record(2));
    queue.delivered([uuid(1)]);
    expect([...queue.pending.keys()]).toEqual([uuid(2)]);
    expect(channel.postMessage).toHaveBeenCalledWith({ delivered: [uuid(1)] });
  });

  it('forgets what another tab delivered, and ignores any other message', async () => {
    const { queue, hear } = setup();
    await queue.add(record(1));
    await queue.add(record(2));
    for (const junk of [null, 'x', { delivered: 'x' }, { delivered: [1, {}] }]) hear(junk);
    expect([...queue.pending.keys()]).toEqual([uuid(1), uuid(2)]);
    hear({ delivered: [uuid(2), 'unknown'] });
    expect([...queue.pending.keys()]).toEqual([uuid(1)]);
  });

  it('connects ahead of a write without creating anything, and never throws when it cannot', async () => {
    const { queue } = setup(brokenStore());
    expect(() => queue.warm()).not.toThrow();
  });
});
