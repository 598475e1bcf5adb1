// @vitest-environment node
import { createStore, entries, keys, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import {
  createIdbOutbox,
  createMemoryOutbox,
  databaseExists,
  LEASE_KEY,
  OUTBOX_DB,
  SET_ASIDE_PREFIX,
} from '../../../src/outbox/outbox.ts';
import { record, uuid } from '../support/fixtures.ts';

let databases = 0;

/** A fresh database per test, so tests never see each other's records. */
function freshStore() {
  const name = `outbox-test-${++databases}`;
  const store = createStore(name, 'answers');
  const openStore = vi.fn(() => store);
  return { name, store, openStore };
}

const databaseNames = async () => (await indexedDB.databases()).map((db) => db.name);

describe('createIdbOutbox', () => {
  it('lists what was put', async () => {
    const { openStore } = freshStore();
    const outbox = createIdbOutbox(openStore, async () => true);
    await outbox.put(record(1), record(2));
    expect(await outbox.list()).toEqual([record(1), record(2)]);
  });

  it('connects ahead of a write only to a database that exists, and never creates one', async () => {
    const missing = freshStore();
    await createIdbOutbox(missing.openStore, async () => false).open?.();
    expect(missing.openStore).not.toHaveBeenCalled();
    const present = freshStore();
    const outbox = createIdbOutbox(present.openStore, async () => true);
    await outbox.open?.();
    expect(present.openStore).toHaveBeenCalledTimes(1);
    await outbox.put(record(1));
    expect(present.openStore).toHaveBeenCalledTimes(1);
  });

  it('says it is open only once the database itself answered', async () => {
    const { openStore } = freshStore();
    const outbox = createIdbOutbox(openStore, async () => false);
    expect(await outbox.list()).toEqual([]);
    expect(outbox.isOpen?.()).toBe(false);
    await outbox.put(record(1));
    expect(outbox.isOpen?.()).toBe(true);
  });

  it('keys each record by its event id', async () => {
    const { store, openStore } = freshStore();
    await createIdbOutbox(openStore).put(record(1));
    expect(await entries(store)).toEqual([[uuid(1), record(1)]]);
  });

  it('replaces a record put again under the same id', async () => {
    const { openStore } = freshStore();
    const outbox = createIdbOutbox(openStore);
    await outbox.put(record(1));
    await outbox.put(record(1, { attempts: 3, nextAttemptAt: 42 }));
    expect(await outbox.list()).toEqual([record(1, { attempts: 3, nextAttemptAt: 42 })]);
  });

  it('removes by id and leaves the rest', async () => {
    const { openStore } = freshStore();
    const outbox = createIdbOutbox(openStore);
    await outbox.put(record(1), record(2), record(3));
    await outbox.remove([uuid(1), uuid(3)]);
    expect(await outbox.list()).toEqual([record(2)]);
  });

  it('lists the oldest answer first', async () => {
    const { openStore } = freshStore();
    const outbox = createIdbOutbox(openStore);
    // Keys sort by id; the list must sort by event.time instead.
    await outbox.put(
      record(1, { event: { ...record(1).event, time: '2026-01-01T12:00:09.000Z' } }),
      record(2),
      record(3),
    );
    expect((await outbox.list()).map((r) => r.event.id)).toEqual([uuid(2), uuid(3), uuid(1)]);
  });

  it.each<[string, unknown]>([
    ['a string', 'garbage'],
    ['an empty object', {}],
    ['a record of an unknown version', { ...record(8), v: 'x' }],
    ['a record of version 0', { ...record(8), v: 0 }],
    ['a record with an invalid event', { ...record(8), event: { ...record(8).event, id: 'x' } }],
    ['a valid record under another key', record(8)],
  ])('sets aside %s under its own prefix, reports its key once, never lists it', async (_name, value) => {
    const { store, openStore } = freshStore();
    await set('foreign', value, store);
    const outbox = createIdbOutbox(openStore);
    await outbox.put(record(1));
    expect(await outbox.list()).toEqual([record(1)]);
    expect(outbox.takeSetAside()).toEqual(['foreign']);
    expect(await entries(store)).toContainEqual([`${SET_ASIDE_PREFIX}foreign`, value]);
    expect((await keys(store)).includes('foreign')).toBe(false);
    expect(await outbox.list()).toEqual([record(1)]);
    expect(outbox.takeSetAside()).toEqual([]);
  });

  it('leaves a record of a newer version where it is: not listed, not set aside, not reported', async () => {
    const { store, openStore } = freshStore();
    const newer = { ...record(8), v: 3, shape: 'of the future' };
    await set(uuid(8), newer, store);
    const outbox = createIdbOutbox(openStore);
    await outbox.put(record(1));
    expect(await outbox.list()).toEqual([record(1)]);
    expect(outbox.takeSetAside()).toEqual([]);
    expect(await entries(store)).toContainEqual([uuid(8), newer]);
  });

  it('migrates a stored v1 record when it reads it', async () => {
    const { store, openStore } = freshStore();
    const { createdAt: _, ...v1 } = { ...record(1), v: 1 };
    await set(uuid(1), v1, store);
    expect(await createIdbOutbox(openStore, async () => true).list()).toEqual([record(1)]);
  });

  it('adds a new answer only below the cap, counting answers only', async () => {
    const { openStore } = freshStore();
    const outbox = createIdbOutbox(openStore);
    expect(await outbox.add(record(1), 2)).toBe(true);
    await outbox.claim('tab', 10, 0);
    expect(await outbox.add(record(2), 2)).toBe(true);
    expect(await outbox.add(record(3), 2)).toBe(false);
    expect((await outbox.list()).map((r) => r.event.id)).toEqual([uuid(1), uuid(2)]);
  });

  describe('the delivery lease', () => {
    it('is not needed, and creates no database, when there is no database yet', async () => {
      const { openStore } = freshStore();
      const outbox = createIdbOutbox(openStore, async () => false);
      expect(await outbox.claim('a', 1_000, 0)).toBe(true);
      expect(openStore).not.toHaveBeenCalled();
    });

    it('goes to one owner at a time until it expires or is given back', async () => {
      const { openStore } = freshStore();
      const a = createIdbOutbox(openStore, async () => true);
      const b = createIdbOutbox(openStore, async () => true);
      expect(await a.claim('a', 1_000, 0)).toBe(true);
      expect(await b.claim('b', 1_500, 500)).toBe(false);
      // Its holder renews it.
      expect(await a.claim('a', 2_000, 900)).toBe(true);
      expect(await b.claim('b', 2_500, 1_500)).toBe(false);
      // A tab that died holding it strands nothing: it expires.
      expect(await b.claim('b', 3_000, 2_000)).toBe(true);
      expect(await a.claim('a', 3_500, 2_100)).toBe(false);
      // Given back: free at once.
      expect(await b.claim('b', 0, 2_200)).toBe(true);
      expect(await a.claim('a', 4_000, 2_300)).toBe(true);
    });

    it('is taken over at once from a Web Lock holder by the next Web Lock holder, never from a tab without', async () => {
      const { openStore } = freshStore();
      const a = createIdbOutbox(openStore, async () => true);
      const b = createIdbOutbox(openStore, async () => true);
      expect(await a.claim('a', 10_000, 0, true)).toBe(true);
      // b holds the Web Lock now, so a's tab is gone.
      expect(await b.claim('b', 10_000, 100, true)).toBe(true);
      expect(await a.claim('a', 10_000, 200, false)).toBe(false);
      expect(await a.claim('a', 10_000, 300, true)).toBe(true);
      expect(await b.claim('b', 0, 400)).toBe(false);
      const c = createIdbOutbox(openStore, async () => true);
      expect(await a.claim('a', 0, 500)).toBe(true);
      expect(await c.claim('c', 10_000, 600, false)).toBe(true);
      expect(await a.claim('a', 10_000, 700, true)).toBe(false);
    });

    it('lets exactly one of many tabs claiming at once win', async () => {
      const { openStore } = freshStore();
      const tabs = Array.from({ length: 5 }, () => createIdbOutbox(openStore, async () => true));
      const won = await Promise.all(tabs.map((tab, i) => tab.claim(`tab${i}`, 1_000, 0)));
      expect(won.filter(Boolean)).toHaveLength(1);
    });

    it('is deleted when given back', async () => {
      const { store, openStore } = freshStore();
      const outbox = createIdbOutbox(openStore, async () => true);
      await outbox.claim('a', 1_000, 0);
      expect(await keys(store)).toEqual([LEASE_KEY]);
      await outbox.claim('a', 0, 10);
      expect(await keys(store)).toEqual([]);
    });

    it('is not an answer: never listed, never set aside', async () => {
      const { openStore } = freshStore();
      const outbox = createIdbOutbox(openStore);
      await outbox.claim('a', 1_000, 0);
      await outbox.put(record(1));
      expect(await outbox.list()).toEqual([record(1)]);
      expect(outbox.takeSetAside()).toEqual([]);
    });
  });

  it('opens a fresh connection when the old one was closed under it', async () => {
    const name = `outbox-test-${++databases}`;
    let connection: IDBDatabase | undefined;
    /** Like idb-keyval's createStore, but hands us the connection so the test can lose it. */
    const openStore = vi.fn((): UseStore => {
      const request = indexedDB.open(name);
      request.onupgradeneeded = () => request.result.createObjectStore('answers');
      const db = promisifyRequest(request).then((opened) => (connection = opened));
      return (mode, callback) =>
        db.then((opened) => callback(opened.transaction('answers', mode).objectStore('answers')));
    });
    const outbox = createIdbOutbox(openStore, async () => true);
    await outbox.put(record(1));
    connection?.close();
    await outbox.put(record(2));
    expect((await outbox.list()).map((r) => r.event.id)).toEqual([uuid(1), uuid(2)]);
    expect(openStore).toHaveBeenCalledTimes(2);
  });

  it('does not open the database when it is created', () => {
    const { openStore } = freshStore();
    createIdbOutbox(openStore);
    expect(openStore).not.toHaveBeenCalled();
  });

  it('opens the database once, on first use', async () => {
    const { openStore } = freshStore();
    const outbox = createIdbOutbox(openStore);
    await outbox.put(record(1));
    await outbox.list();
    await outbox.remove([uuid(1)]);
    expect(openStore).toHaveBeenCalledTimes(1);
  });

  it('does not create the database to look for pending answers', async () => {
    const { name, openStore } = freshStore();
    const outbox = createIdbOutbox(openStore, async () => false);
    expect(await outbox.list()).toEqual([]);
    expect(openStore).not.toHaveBeenCalled();
    expect(await databaseNames()).not.toContain(name);
  });

  it('opens an existing database to look for pending answers', async () => {
    const { store, openStore } = freshStore();
    await set(uuid(1), record(1), store);
    const outbox = createIdbOutbox(openStore, async () => true);
    expect(await outbox.list()).toEqual([record(1)]);
  });

  it('looks for its own database by default', async () => {
    const outbox = createIdbOutbox(() => createStore(OUTBOX_DB, 'answers'));
    expect(await databaseNames()).not.toContain(OUTBOX_DB);
    expect(await outbox.list()).toEqual([]);
    expect(await databaseNames()).not.toContain(OUTBOX_DB);
    await outbox.put(record(1));
    expect(await databaseNames()).toContain(OUTBOX_DB);
    expect(await createIdbOutbox(() => createStore(OUTBOX_DB, 'answers')).list()).toEqual([record(1)]);
  });

  it('rejects when storage fails, so the caller can fall back', async () => {
    const failing: UseStore = () => Promise.reject(new DOMException('quota', 'QuotaExceededError'));
    await expect(createIdbOutbox(() => failing).put(record(1))).rejects.toThrow('quota');
  });
});

describe('createMemoryOutbox', () => {
  it('puts, lists oldest first and removes', async () => {
    const outbox = createMemoryOutbox();
    await outbox.put(record(3), record(1), record(2));
    await outbox.remove([uuid(2)]);
    expect(await outbox.list()).toEqual([record(1), record(3)]);
  });
});

describe('databaseExists', () => {
  it('says whether the database is on the device, without creating it', async () => {
    const { name, store } = freshStore();
    expect(await databaseExists(name)).toBe(false);
    await set('x', 1, store);
    expect(await databaseExists(name)).toBe(true);
  });

  it('says "maybe" where databases() is missing (Firefox before 126), so the outbox is opened and read', async () => {
    expect(await databaseExists('anything', {})).toBe(true);
  });

  it('says no in an opaque origin (sandboxed iframe), without asking the browser', async () => {
    const databases = vi.fn(async () => [{ name: OUTBOX_DB, version: 1 }]);
    expect(await databaseExists(OUTBOX_DB, { databases }, 'null')).toBe(false);
    expect(databases).not.toHaveBeenCalled();
    expect(await databaseExists(OUTBOX_DB, { databases }, 'https://shop.example')).toBe(true);
  });
});
