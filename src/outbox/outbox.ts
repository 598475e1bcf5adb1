import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { isNewerRecord, type OutboxRecord, readRecord } from './outbox-record.js';

/** Where answers wait until the endpoint has acknowledged them. */
export interface Outbox {
  /** Resolves once every record is durable; rejects if storage failed (the caller falls back). */
  put(...records: OutboxRecord[]): Promise<void>;
  /** Stores a new answer unless `cap` answers are stored already; resolves whether it did. */
  add(record: OutboxRecord, cap?: number): Promise<boolean>;
  /** Every valid record, oldest first. Records that fail validation are set aside, never listed. */
  list(): Promise<OutboxRecord[]>;
  remove(ids: string[]): Promise<void>;
  /**
   * Takes the delivery lease for `owner` until `until` (epoch ms) when it is free, expired at
   * `now` or already `owner`'s; `until` 0 gives it back. Resolves whether `owner` holds it.
   * `locked`: the caller holds the Web Lock, so a lease left by another Web Lock holder belongs
   * to a tab that is gone (the browser released its lock) and is taken over at once.
   */
  claim(owner: string, until: number, now: number, locked?: boolean): Promise<boolean>;
  /** Keys of the records set aside since the last call. */
  takeSetAside(): string[];
  /** Connects to storage ahead of a write, where it exists already (never creates it). */
  open?(): Promise<void>;
  /** Whether the database has opened and answered on this page. */
  isOpen?(): boolean;
}

export const OUTBOX_DB = 'feelback-outbox';
export const OUTBOX_STORE = 'answers';
/** Keys that are not answers start with "~", which sorts after every UUID. */
export const LEASE_KEY = '~lease';
export const SET_ASIDE_PREFIX = '~aside:';
const answerKeys = () => IDBKeyRange.upperBound('~', true);

// RFC 3339 UTC times of one format sort as text; a plain comparison is far cheaper than localeCompare.
export const byTime = (a: OutboxRecord, b: OutboxRecord) =>
  a.event.time < b.event.time ? -1 : +(a.event.time > b.event.time);

interface Lease {
  owner: string;
  until: number;
  locked?: boolean;
}
const isLease = (value: unknown): value is Lease =>
  typeof value === 'object' && value !== null && typeof (value as Lease).until === 'number';

/**
 * Whether one of our databases is on the device, without creating it (opening would). Where
 * `databases()` is missing (Firefox < 126), assume it may exist, so it is opened and read.
 * An opaque origin (sandboxed iframe) has no storage to leave anything in; asking there also
 * leaves a second, unhandled rejection in the page in Chromium.
 */
export const databaseExists = async (
  name: string,
  factory: Partial<Pick<IDBFactory, 'databases'>> = indexedDB,
  origin = globalThis.origin,
) => origin !== 'null' && ((await factory.databases?.())?.some((db) => db.name === name) ?? true);

/**
 * The IndexedDB outbox: our own database through idb-keyval's `createStore` (never its shared
 * default). It is created by the first answer, and only opened to look for pending ones when it
 * exists, so a page where nobody answered leaves nothing on the device.
 * One transaction per call, so a batch is written or removed as a whole.
 */
export function createIdbOutbox(
  openStore: () => UseStore = () => createStore(OUTBOX_DB, OUTBOX_STORE),
  exists = () => databaseExists(OUTBOX_DB),
): Outbox {
  let store: UseStore | undefined;
  const setAside: string[] = [];
  let opened = false;
  const use = async <T>(mode: IDBTransactionMode, callback: (objects: IDBObjectStore) => T | PromiseLike<T>) => {
    store ??= openStore();
    try {
      const result = await store(mode, callback);
      opened = true;
      return result;
    } catch (error) {
      // The connection was closed under us (storage cleared, WebKit "connection lost", F2):
      // idb-keyval keeps its dead connection, so open a fresh store and try once more.
      if ((error as Error)?.name !== 'InvalidStateError') throw error;
      store = openStore();
      return store(mode, callback);
    }
  };
  const write = (change: (objects: IDBObjectStore) => void) =>
    use('readwrite', (objects) => {
      change(objects);
      return promisifyRequest(objects.transaction);
    });
  return {
    open: async () => {
      if (await exists()) await use('readonly', () => undefined);
    },
    isOpen: () => opened,
    put: (...records) =>
      write((objects) => {
        for (const record of records) objects.put(record, record.event.id);
      }),
    remove: (ids) =>
      write((objects) => {
        for (const id of ids) objects.delete(id);
      }),
    add: (record, cap = Number.POSITIVE_INFINITY) =>
      use('readwrite', async (objects) => {
        // Counted and written in one transaction, so tabs cannot overshoot the cap together.
        const stored = (await promisifyRequest(objects.count(answerKeys()))) < cap;
        if (stored) objects.put(record, record.event.id);
        await promisifyRequest(objects.transaction);
        return stored;
      }),
    async claim(owner, until, now, locked) {
      // No database yet, nothing to deliver: no lease needed, and none created.
      if (!store && !(await exists())) return true;
      return use('readwrite', async (objects) => {
        const lease = await promisifyRequest(objects.get(LEASE_KEY));
        const mine = !isLease(lease) || lease.until <= now || lease.owner === owner || !!(locked && lease.locked);
        // Given back: deleted, so nothing of ours lingers between deliveries.
        if (mine) until ? objects.put({ owner, until, locked }, LEASE_KEY) : objects.delete(LEASE_KEY);
        await promisifyRequest(objects.transaction);
        return mine;
      });
    },
    takeSetAside: () => setAside.splice(0),
    async list() {
      // Looking for pending answers must not create the database on a shopper's device.
      if (!store && !(await exists())) return [];
      const [keys, values] = await use('readonly', (objects) =>
        Promise.all([
          promisifyRequest(objects.getAllKeys(answerKeys())),
          promisifyRequest(objects.getAll(answerKeys())),
        ]),
      );
      const records: OutboxRecord[] = [];
      const bad: number[] = [];
      values.forEach((value, i) => {
        const record = readRecord(value);
        if (record && record.event.id === keys[i]) records.push(record);
        else if (!isNewerRecord(value)) bad.push(i);
      });
      // Corrupt or unknown records are moved under their own prefix: kept, never sent, reported once.
      if (bad.length) {
        await write((objects) => {
          for (const i of bad) {
            objects.put(values[i], SET_ASIDE_PREFIX + String(keys[i]));
            objects.delete(keys[i] as IDBValidKey);
          }
        });
        setAside.push(...bad.map((i) => String(keys[i])));
      }
      return records.sort(byTime);
    },
  };
}

/** Keeps answers for this page's lifetime when IndexedDB cannot be used. */
export function createMemoryOutbox(): Outbox & { has(id: string): boolean } {
  const records = new Map<string, OutboxRecord>();
  return {
    has: (id) => records.has(id),
    async put(...list) {
      for (const record of list) records.set(record.event.id, record);
    },
    async add(record) {
      records.set(record.event.id, record);
      return true;
    },
    async list() {
      return [...records.values()].sort(byTime);
    },
    async remove(ids) {
      for (const id of ids) records.delete(id);
    },
    // One page, one flusher.
    claim: async () => true,
    takeSetAside: () => [],
  };
}
