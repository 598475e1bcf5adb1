// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { dropOutboxIfEmpty } from '../../../src/queue/drop-outbox.ts';
import { OUTBOX_DB, OUTBOX_STORE } from '../../../src/queue/queue.ts';
import { record, uuid } from '../support/fixtures.ts';

/** A Web Lock manager for one tab: the task simply runs. */
const locks = { request: (_name: string, _options: object, task: () => unknown) => task() } as unknown as LockManager;

/** A Web Lock manager for one tab that tells whether its lock is held right now. */
function trackingLocks() {
  let held = false;
  const locks = {
    request: async (_name: string, _options: object, task: () => unknown) => {
      held = true;
      try {
        return await task();
      } finally {
        held = false;
      }
    },
  } as unknown as LockManager;
  return { locks, held: () => held };
}

/** A browser of its own with the outbox holding `n` answers, and a connection the test may keep. */
async function outboxWith(n: number) {
  const factory = new IDBFactory();
  const db = await new Promise<IDBDatabase>((resolve) => {
    const request = factory.open(OUTBOX_DB, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(OUTBOX_STORE);
      for (let i = 1; i <= n; i++) store.put(record(i), uuid(i));
    };
    request.onsuccess = () => resolve(request.result);
  });
  const names = async () => (await factory.databases()).map((info) => info.name);
  return { factory, db, names };
}

describe('dropOutboxIfEmpty', () => {
  it('deletes the outbox once it holds nothing', async () => {
    const { factory, db, names } = await outboxWith(0);
    // Ours closes on versionchange, as every connection of the widget does.
    db.onversionchange = () => db.close();
    expect(await dropOutboxIfEmpty(factory, locks)).toBe(true);
    expect(await names()).toEqual([]);
  });

  it('keeps an outbox that holds an answer', async () => {
    const { factory, db, names } = await outboxWith(1);
    db.onversionchange = () => db.close();
    expect(await dropOutboxIfEmpty(factory, locks)).toBe(false);
    expect(await names()).toEqual([OUTBOX_DB]);
  });

  it('does nothing without Web Locks: a tab creating the store could race it', async () => {
    const { factory, db, names } = await outboxWith(0);
    db.onversionchange = () => db.close();
    expect(await dropOutboxIfEmpty(factory, undefined)).toBe(false);
    expect(await names()).toEqual([OUTBOX_DB]);
  });

  it('does nothing where there is no outbox, and creates none', async () => {
    const factory = new IDBFactory();
    expect(await dropOutboxIfEmpty(factory, locks)).toBe(false);
    expect(await factory.databases()).toEqual([]);
  });

  it('gives up on a connection that does not let go; an answer written through it meanwhile survives', async () => {
    const { factory, db } = await outboxWith(0);
    // An older widget's connection: it never closes on versionchange.
    expect(await dropOutboxIfEmpty(factory, locks, 50)).toBe(false);
    await new Promise<void>((resolve) => {
      const tx = db.transaction(OUTBOX_STORE, 'readwrite');
      tx.objectStore(OUTBOX_STORE).put(record(1), uuid(1));
      tx.oncomplete = () => resolve();
    });
    // It goes away; the upgrade waiting for it runs now, counts the answer, and drops nothing.
    db.close();
    const count = await new Promise<number>((resolve, reject) => {
      const request = factory.open(OUTBOX_DB);
      request.onsuccess = () => {
        const read = request.result.transaction(OUTBOX_STORE).objectStore(OUTBOX_STORE).count();
        read.onsuccess = () => resolve(read.result);
      };
      request.onerror = () => reject(request.error);
    });
    expect(count).toBe(1);
  });

  it('gives up on an outbox that does not open, and lets go of the lock every first write takes', async () => {
    const tracking = trackingLocks();
    // An open that never answers (idb-keyval#120).
    const hanging = { open: () => ({}) } as unknown as IDBFactory;
    expect(await dropOutboxIfEmpty(hanging, tracking.locks, 20)).toBe(false);
    expect(tracking.held()).toBe(false);
  });

  it('never waits long for a delete, and keeps the lock until it is done', async () => {
    const { factory, db, names } = await outboxWith(0);
    db.onversionchange = () => db.close();
    const tracking = trackingLocks();
    // A delete the browser runs later (a connection opened meanwhile has yet to close).
    const deleting = {} as IDBOpenDBRequest;
    const deleteDatabase = factory.deleteDatabase.bind(factory);
    factory.deleteDatabase = () => deleting;
    expect(await dropOutboxIfEmpty(factory, tracking.locks, 20)).toBe(false);
    // Once made, it will run: no tab may create a store under it until it has.
    expect(tracking.held()).toBe(true);
    deleteDatabase(OUTBOX_DB).onsuccess = (event) => deleting.onsuccess?.call(deleting, event);
    await vi.waitFor(() => expect(tracking.held()).toBe(false));
    expect(await names()).toEqual([]);
  });
});
