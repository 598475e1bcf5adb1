import { plain } from '../shared/plain.js';
import { OUTBOX_DB, OUTBOX_LOCK, OUTBOX_STORE } from './queue.js';

/** How long we wait for other tabs to let go of the database, or for it to open at all, before leaving it for another time. */
const BLOCKED_MS = 1_000;

/**
 * The outbox's version, or 0 when it does not exist or does not open in time (looked at without
 * creating it). An open that hangs (idb-keyval#120) must not keep the lock every tab's first
 * write takes.
 */
const currentVersion = (factory: IDBFactory, waitMs: number) =>
  new Promise<number>((resolve) => {
    const request = factory.open(OUTBOX_DB);
    const timer = setTimeout(resolve, waitMs, 0);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      clearTimeout(timer);
      request.result.close();
      resolve(request.result.version);
    };
    request.onerror = (event) => {
      event.preventDefault();
      clearTimeout(timer);
      resolve(0);
    };
  });

/**
 * Deletes the outbox once it is empty, so a shopper whose answers have all arrived carries
 * nothing that makes the script tag fetch the widget on later page views. "Empty" and "delete"
 * must be one step, or a tab's new answer written in between would be deleted with it: the
 * emptiness is checked inside a version upgrade, which no other connection can run beside (every
 * connection of ours closes on `versionchange`), and the empty store is dropped there. Only then
 * is the database itself deleted, all of it under the lock that creating the store takes.
 * A tab of an older version that keeps its connection blocks the upgrade: we stop waiting and
 * leave it for another time (the upgrade, if it runs later, checks again before it drops).
 */
export async function dropOutboxIfEmpty(
  factory: IDBFactory = indexedDB,
  locks: LockManager | undefined = globalThis.navigator?.locks,
  blockedMs = BLOCKED_MS,
): Promise<boolean> {
  // Without the lock, a tab creating the store could race us: then the outbox simply stays.
  if (!locks) return false;
  const work = locks.request(OUTBOX_LOCK, plain({}), async () => {
    const version = await currentVersion(factory, blockedMs);
    if (!version) return false;
    const dropped = await new Promise<boolean>((resolve) => {
      const request = factory.open(OUTBOX_DB, version + 1);
      let emptied = false;
      const timer = setTimeout(() => resolve(false), blockedMs);
      request.onupgradeneeded = () => {
        const tx = request.transaction as IDBTransaction;
        if (!request.result.objectStoreNames.contains(OUTBOX_STORE)) {
          emptied = true;
          return;
        }
        const count = tx.objectStore(OUTBOX_STORE).count();
        count.onsuccess = () => {
          if (count.result) return tx.abort();
          request.result.deleteObjectStore(OUTBOX_STORE);
          emptied = true;
        };
      };
      request.onsuccess = () => {
        request.result.close();
        clearTimeout(timer);
        resolve(emptied);
      };
      request.onerror = (event) => {
        event.preventDefault();
        clearTimeout(timer);
        resolve(false);
      };
    });
    if (!dropped) return false;
    // The lock is kept until the delete has happened: once made, it runs whenever the database is
    // free, and must not delete a store another tab created after the lock was let go.
    return new Promise<boolean>((resolve) => {
      const request = factory.deleteDatabase(OUTBOX_DB);
      request.onsuccess = () => resolve(true);
      request.onerror = () => resolve(false);
    });
  });
  // Delivery waits for this, and the lock may wait for a slow delete: never longer than a moment.
  return Promise.race([
    work.catch(() => false),
    new Promise<boolean>((resolve) => setTimeout(resolve, blockedMs * 2, false)),
  ]);
}
