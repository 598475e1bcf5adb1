import { promisifyRequest } from 'idb-keyval';
import type { IdbStore } from '../shared/idb-store.js';
import { answerKeys } from './queue.js';
import { isNewerRecord, readRecord } from './read-record.js';
import type { QueuedAnswer } from './record.js';

/** Records that could not be read are kept under this prefix, never sent, and dropped after 30 days. */
export const SET_ASIDE_PREFIX = '~aside:';
export const SET_ASIDE_DAYS = 30;
const DAY_MS = 86_400_000;

// RFC 3339 UTC times of one format sort as text; a plain comparison is far cheaper than localeCompare.
export const byTime = (a: QueuedAnswer, b: QueuedAnswer) =>
  a.event.time < b.event.time ? -1 : +(a.event.time > b.event.time);

/** Every answer a store holds, checked and oldest first, and the keys of those it set aside. */
export interface Listing {
  records: QueuedAnswer[];
  /** Keys of records that could not be read, moved aside just now. */
  setAside: string[];
  /** Whether the store holds nothing else: no record set aside earlier, none of a newer version. */
  onlyThese: boolean;
}

/**
 * Reads the outbox. A record that fails its check is moved under `~aside:` with the time it was
 * set aside (reported once, never sent); one set aside more than 30 days ago is deleted. A
 * record of a newer widget is left where it is. `reuse(key)`: a record this tab read before and
 * knows is not due yet, taken as it is rather than read again. Reading hundreds of waiting
 * answers on each retry of one kept the main thread and the store busy just when a shopper's
 * answer had to be written.
 */
export async function listOutbox(
  store: IdbStore,
  now: number,
  reuse: (key: string) => QueuedAnswer | undefined = () => undefined,
): Promise<Listing> {
  const listing: Listing = { records: [], setAside: [], onlyThese: true };
  await store.use('readwrite', async (objects) => {
    const [keys, asideKeys] = await Promise.all([
      promisifyRequest(objects.getAllKeys(answerKeys())),
      promisifyRequest(objects.getAllKeys(IDBKeyRange.lowerBound('~'))),
    ]);
    let known = keys.map((key) => reuse(String(key)));
    // A tab's first look, or little to reuse: one request for all of them.
    if (known.filter((record) => !record).length > keys.length / 2) known = [];
    const [values, asideValues] = await Promise.all([
      known.length
        ? Promise.all(keys.map((key, i) => known[i] ?? promisifyRequest(objects.get(key))))
        : promisifyRequest(objects.getAll(answerKeys())),
      asideKeys.length ? promisifyRequest(objects.getAll(IDBKeyRange.lowerBound('~'))) : [],
    ]);
    values.forEach((value, i) => {
      const key = keys[i] as IDBValidKey;
      const record = known[i] ?? readRecord(value);
      if (record && record.event.id === key) listing.records.push(record);
      else if (isNewerRecord(value)) listing.onlyThese = false;
      else {
        objects.put({ at: now, value }, SET_ASIDE_PREFIX + String(key));
        objects.delete(key);
        listing.setAside.push(String(key));
        listing.onlyThese = false;
      }
    });
    asideValues.forEach((value, i) => {
      const at = (value as { at?: unknown } | null)?.at;
      // Kept a while for whoever wants to look into it, then gone: it could never be sent. Either
      // way from now: a time far ahead was a clock that was ahead, and would keep it (and the outbox) for as long.
      if (typeof at !== 'number' || Math.abs(now - at) > SET_ASIDE_DAYS * DAY_MS)
        objects.delete(asideKeys[i] as IDBValidKey);
      else listing.onlyThese = false;
    });
    await promisifyRequest(objects.transaction);
  });
  listing.records.sort(byTime);
  return listing;
}

/**
 * Writes these records as they are now (a retry's time, a refusal), each only while it is still
 * stored: another tab may have delivered and removed it meanwhile, and it must not come back to be
 * sent again. One transaction.
 */
export const putRecords = (store: IdbStore, records: QueuedAnswer[]) =>
  store.use('readwrite', (objects) => {
    for (const record of records) {
      const there = objects.count(record.event.id);
      there.onsuccess = () => there.result && objects.put(record, record.event.id);
    }
    return promisifyRequest(objects.transaction);
  });

/** Removes delivered answers. One transaction; a store that does not exist is left alone. */
export const removeRecords = (store: IdbStore, ids: readonly string[]) =>
  store.use('readwrite', (objects) => {
    for (const id of ids) objects.delete(id);
    return promisifyRequest(objects.transaction);
  });
