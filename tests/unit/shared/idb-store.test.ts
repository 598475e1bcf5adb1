// @vitest-environment node
import { get, promisifyRequest, set } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { createIdbStore, databaseExists, OPEN_TIMEOUT_MS } from '../../../src/shared/idb-store.ts';

let databases = 0;
/** A fresh database name per test, so tests never see each other's records. */
const freshName = () => `idb-store-test-${++databases}`;
const names = async () => (await indexedDB.databases()).map((db) => db.name);

/** Opens `name` with the raw API and resolves its version and stores, then lets it go. */
const inspect = (name: string) =>
  new Promise<{ version: number; stores: string[] }>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      resolve({ version: db.version, stores: [...db.objectStoreNames] });
      db.close();
    };
  });

describe('createIdbStore', () => {
  it('reads a database that does not exist as nothing, and creates nothing', async () => {
    const name = freshName();
    const store = createIdbStore(name, 'answers');
    expect(await get('x', store.use)).toBeUndefined();
    await store.warm();
    expect(await names()).not.toContain(name);
  });

  it('creates the database to store something, and reads it back', async () => {
    const name = freshName();
    const store = createIdbStore(name, 'answers');
    await set('x', { a: 1 }, store.create);
    expect(await get('x', store.use)).toEqual({ a: 1 });
    expect(await inspect(name)).toEqual({ version: 1, stores: ['answers'] });
  });

  it('creates our store one version up in a database that lost it (another tab emptied it)', async () => {
    const name = freshName();
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(name, 4);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    const store = createIdbStore(name, 'answers');
    expect(await get('x', store.use)).toBeUndefined();
    await set('x', 1, store.create);
    expect(await inspect(name)).toEqual({ version: 5, stores: ['answers'] });
  });

  it('creates the store under the named Web Lock', async () => {
    const request = vi.fn((_name: string, _options: object, task: () => Promise<unknown>) => task());
    const store = createIdbStore(
      freshName(),
      'answers',
      'the-lock',
      OPEN_TIMEOUT_MS,
      () => indexedDB,
      () =>
        ({
          request,
        }) as unknown as LockManager,
    );
    await set('x', 1, store.create);
    await set('y', 2, store.create);
    // Once: the second write finds the store there.
    expect(request.mock.calls.map(([lock]) => lock)).toEqual(['the-lock']);
  });

  it('lets its connection go when another tab deletes the database, and creates it again for the next write', async () => {
    const name = freshName();
    const store = createIdbStore(name, 'answers');
    await set('x', 1, store.create);
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onblocked = () => reject(new Error('our connection kept the database'));
    });
    expect(await get('x', store.use)).toBeUndefined();
    await set('y', 2, store.create);
    expect(await get('y', store.use)).toBe(2);
  });

  it('opens a fresh connection once when the browser closed the old one under it', async () => {
    const name = freshName();
    const store = createIdbStore(name, 'answers');
    await set('x', 1, store.create);
    let closed = false;
    await store.use('readonly', (objects) => {
      objects.transaction.db.close();
      closed = true;
    });
    expect(closed).toBe(true);
    expect(await get('x', store.use)).toBe(1);
  });

  it('closed while a use is still connecting, lets that connection go once the use is done', async () => {
    const name = freshName();
    const store = createIdbStore(name, 'answers');
    const closes = vi.spyOn(IDBDatabase.prototype, 'close');
    let used: IDBDatabase | undefined;
    const writing = store.create('readwrite', (objects) => {
      used = objects.transaction.db;
      objects.put(1, 'x');
      return promisifyRequest(objects.transaction);
    });
    store.close();
    // Not closed under the write: it goes through.
    await writing;
    const closed = closes.mock.instances;
    closes.mockRestore();
    expect(used).toBeDefined();
    expect(closed).toContain(used);
    expect(await get('x', createIdbStore(name, 'answers').use)).toBe(1);
  });

  it('gives up on an open that never answers', async () => {
    vi.useFakeTimers();
    const hanging = { open: () => ({}) } as unknown as IDBFactory;
    const store = createIdbStore(freshName(), 'answers', undefined, 2_000, () => hanging);
    const read = store.use('readonly', () => 1);
    const settled = vi.fn();
    read.then(settled, settled);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(read).rejects.toThrow('IndexedDB did not open within 2000 ms');
  });

  it('rejects when opening throws (private mode, a sandbox), so the caller can fall back', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const store = createIdbStore(freshName(), 'answers', undefined, 2_000, () => refusing);
    await expect(set('x', 1, store.create)).rejects.toThrow('denied');
  });
});

describe('databaseExists', () => {
  it('says whether the database is on the device, without creating it', async () => {
    const name = freshName();
    expect(await databaseExists(name)).toBe(false);
    await set('x', 1, createIdbStore(name, 'answers').create);
    expect(await databaseExists(name)).toBe(true);
  });

  it('says "maybe" where databases() is missing (Firefox before 126), so the database is opened and read', async () => {
    expect(await databaseExists('anything', {})).toBe(true);
  });

  it('says no where reading indexedDB throws (a page that locked it down), never rejecting', async () => {
    vi.stubGlobal('indexedDB', undefined);
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      expect(await databaseExists('db')).toBe(false);
      // A store's own look rejects (its caller counts that as no), and never throws at the call.
      const store = createIdbStore(freshName(), 'answers');
      await expect(store.exists()).rejects.toThrow('denied');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says no in an opaque origin (sandboxed iframe), without asking the browser', async () => {
    const databases = vi.fn(async () => [{ name: 'db', version: 1 }]);
    expect(await databaseExists('db', { databases }, 'null')).toBe(false);
    expect(databases).not.toHaveBeenCalled();
    expect(await databaseExists('db', { databases }, 'https://shop.example')).toBe(true);
  });
});
