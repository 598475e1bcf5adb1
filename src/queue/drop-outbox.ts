import { plain } from '../shared/plain.js';
import { OUTBOX_DB, OUTBOX_LOCK, OUTBOX_STORE } from './queue.js';

/** The outbox's version, or 0 when it does not exist (looked at without creating it). */
const currentVersion = (factory: IDBFactory) =>
  new Promise<number>((resolve) => {
    const request = factory.open(OUTBOX_DB);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      request.result.close();
      resolve(request.result.version);
    };
    request.onerror = (event) => {
      event.preventDefault();
      resolve(0);
    };
  });

/** How long we wait for other tabs to let go of the database before leaving it for another time. */
const BLOCKED_MS = 1_000;

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
  return locks.request(OUTBOX_LOCK, plain({}), async () => {
    const version = await currentVersion(factory);
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
    return new Promise<boolean>((resolve) => {
      const request = factory.deleteDatabase(OUTBOX_DB);
      request.onsuccess = () => resolve(true);
      request.onerror = request.onblocked = () => resolve(false);
    });
  });
}
