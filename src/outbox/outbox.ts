import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { type OutboxRecord, readRecord } from './outbox-record.js';

/** Where answers wait until the endpoint has acknowledged them. */
export interface Outbox {
  /** Resolves once every record is durable; rejects if storage failed (the caller falls back). */
  put(...records: OutboxRecord[]): Promise<void>;
  /** Every valid record, oldest first. Records that fail validation are left untouched. */
  list(): Promise<OutboxRecord[]>;
  remove(ids: string[]): Promise<void>;
}

export const OUTBOX_DB = 'feelback-outbox';
export const OUTBOX_STORE = 'answers';

const byTime = (a: OutboxRecord, b: OutboxRecord) => a.event.time.localeCompare(b.event.time);

/**
 * The IndexedDB outbox: our own database through idb-keyval's `createStore` (never its shared
 * default). It is created by the first answer, and only opened to look for pending ones when it
 * exists, so a page where nobody answered leaves nothing on the device.
 * One transaction per call, so a batch is written or removed as a whole.
 */
export function createIdbOutbox(
  openStore: () => UseStore = () => createStore(OUTBOX_DB, OUTBOX_STORE),
  // Where databases() is missing (Firefox < 126), assume it may exist and open it.
  exists = async () => (await indexedDB.databases?.())?.some((db) => db.name === OUTBOX_DB) ?? true,
): Outbox {
  let store: UseStore | undefined;
  const use: UseStore = (mode, callback) => {
    store ??= openStore();
    return store(mode, callback);
  };
  const write = (change: (objects: IDBObjectStore) => void) =>
    use('readwrite', (objects) => {
      change(objects);
      return promisifyRequest(objects.transaction);
    });
  return {
    put: (...records) =>
      write((objects) => {
        for (const record of records) objects.put(record, record.event.id);
      }),
    remove: (ids) =>
      write((objects) => {
        for (const id of ids) objects.delete(id);
      }),
    async list() {
      // Looking for pending answers must not create the database on a shopper's device.
      if (!store && !(await exists())) return [];
      const values = await use('readonly', (objects) => promisifyRequest(objects.getAll()));
      return values
        .map(readRecord)
        .filter((record) => record !== undefined)
        .sort(byTime);
    },
  };
}

/** Keeps answers for this page's lifetime when IndexedDB cannot be used. */
export function createMemoryOutbox(): Outbox {
  const records = new Map<string, OutboxRecord>();
  return {
    async put(...list) {
      for (const record of list) records.set(record.event.id, record);
    },
    async list() {
      return [...records.values()].sort(byTime);
    },
    async remove(ids) {
      for (const id of ids) records.delete(id);
    },
  };
}
