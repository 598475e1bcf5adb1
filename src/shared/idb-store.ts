import type { UseStore } from 'idb-keyval';
import { databaseExists } from './database-exists.js';
import { plain } from './plain.js';

export { databaseExists };

/** IndexedDB can hang for ever on open (Safari, idb-keyval#120): give up on it after this. */
export const OPEN_TIMEOUT_MS = 2_000;

export interface IdbStore {
  /**
   * idb-keyval's store function: runs `callback` in one transaction. Where the database does not
   * exist it resolves `undefined` and creates nothing.
   */
  use: UseStore;
  /** The same, creating the database first if it does not exist (to store something new). */
  create: UseStore;
  /** Connects ahead of a write where the database exists already (never creates it). */
  warm(): Promise<unknown>;
  /** Whether the database is on the device (see `databaseExists`); never creates it. */
  exists(): Promise<boolean>;
  /**
   * Lets the connection go (`destroy`: an open one keeps the instance alive), once the uses under
   * way are done; a later use connects again.
   */
  close(): void;
}

/**
 * Our own `createStore` for idb-keyval. Unlike idb-keyval's, it gives up on an open that does not
 * answer within `timeoutMs`, never creates the database to read it (a page where nobody answered
 * leaves nothing on the device), lets its connection go when another tab deletes or upgrades the
 * database (`versionchange`), and reopens once when the browser closed it under us (storage
 * cleared, WebKit's "connection lost"). Creating the store is the one step that can race another
 * tab deleting the emptied database, so it runs under the Web Lock `lock` when one is named.
 */
export function createIdbStore(
  dbName: string,
  storeName: string,
  lock?: string,
  timeoutMs = OPEN_TIMEOUT_MS,
  factory: () => IDBFactory = () => indexedDB,
  locks: () => LockManager | undefined = () => globalThis.navigator?.locks,
): IdbStore {
  /** A live connection to a database that has our store. */
  let live: IDBDatabase | undefined;
  let connecting: Promise<IDBDatabase | undefined> | undefined;

  /** `version`: open at that version, creating our store in the upgrade; none: never create. */
  const open = (version?: number) =>
    new Promise<IDBDatabase | undefined>((resolve, reject) => {
      const request = version ? factory().open(dbName, version) : factory().open(dbName);
      let declined = false;
      let late = false;
      const timer = setTimeout(() => {
        late = true;
        reject(new Error(`IndexedDB did not open within ${timeoutMs} ms`));
      }, timeoutMs);
      request.onupgradeneeded = () => {
        if (version) request.result.createObjectStore(storeName);
        else {
          // It does not exist, and a read must not create it.
          declined = true;
          request.transaction?.abort();
        }
      };
      request.onsuccess = () => {
        clearTimeout(timer);
        const db = request.result;
        // Another tab deletes the emptied outbox, or a newer widget upgrades it: let it.
        db.onversionchange = () => {
          db.close();
          if (live === db) live = undefined;
        };
        if (late) db.close();
        resolve(db);
      };
      request.onerror = (event) => {
        clearTimeout(timer);
        // Handled here, so an aborted open never reaches the page as an error.
        event.preventDefault();
        if (declined) resolve(undefined);
        else reject(request.error);
      };
    });

  const has = (db: IDBDatabase | undefined) => !!db?.objectStoreNames.contains(storeName);

  const connect = async (write: boolean) => {
    const db = await open();
    if (has(db)) return db;
    db?.close();
    if (!write) return undefined;
    // Missing, or emptied by a tab that deleted our store: one version up creates it.
    const make = async () => {
      const current = await open();
      if (has(current)) return current;
      current?.close();
      return open((current?.version ?? 0) + 1);
    };
    const manager = lock ? locks() : undefined;
    return manager ? manager.request(lock as string, plain({}), make) : make();
  };

  const connection = async (write: boolean) => {
    while (!live) {
      connecting ??= connect(write).finally(() => {
        connecting = undefined;
      });
      const db = await connecting;
      if (db) live = db;
      // A write that waited on a read which found nothing: connect again, as a write.
      else if (!write) return undefined;
    }
    return live;
  };

  // Uses under way, and a close asked for meanwhile: it waits for them, or a connection they were
  // still opening would outlive it (and keep a destroyed instance alive).
  let busy = 0;
  let closing = false;
  const letGo = () => {
    live?.close();
    live = undefined;
    closing = false;
  };
  const counted = async <T>(use: () => Promise<T>) => {
    busy++;
    try {
      return await use();
    } finally {
      if (!--busy && closing) letGo();
    }
  };

  const run =
    (create: boolean): UseStore =>
    (mode, callback) =>
      counted(async () => {
        for (let attempt = 0; ; attempt++) {
          const db = await connection(create);
          if (!db) return undefined as never;
          try {
            return await callback(db.transaction(storeName, mode).objectStore(storeName));
          } catch (error) {
            // The connection was closed under us: a fresh one, once.
            if (attempt || (error as Error)?.name !== 'InvalidStateError') throw error;
            if (live === db) live = undefined;
          }
        }
      });

  return {
    use: run(false),
    create: run(true),
    warm: () => counted(() => connection(false)),
    // Async: a `factory` that throws (a page's getter on indexedDB) rejects rather than throws.
    exists: async () => databaseExists(dbName, factory()),
    close() {
      if (busy) closing = true;
      else letGo();
    },
  };
}
