import { listOutbox, putRecords, removeRecords } from './outbox.js';
import type { Queue } from './queue.js';
import type { QueuedAnswer } from './record.js';

/** A read of thousands of answers on a busy disk is slow, not broken: this long before storage counts as failed. */
export const STORAGE_WAIT_MS = 30_000;

/** `work`, or a rejection once `ms` have passed without it settling. */
async function within<T>(work: Promise<T>, ms = STORAGE_WAIT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(reject, ms, new Error(`no answer within ${ms} ms`));
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Every answer waiting: those in IndexedDB (checked, oldest first) and this page's answers held in
 * memory. `stored` holds the ids IndexedDB has; `setAside` the keys of records it could not read;
 * `onlyThese` whether it holds nothing else (set aside earlier, or of a newer widget). A store that
 * fails or hangs switches the page to memory.
 */
export async function gatherWaiting(queue: Queue, now: number) {
  const store = queue.store();
  const listing = store ? await within(listOutbox(store, now)).catch(queue.fail) : undefined;
  const stored = new Set((listing?.records ?? []).map((record) => record.event.id));
  const memory = [...queue.pending.values()]
    .filter((entry) => !entry.stored && !stored.has(entry.record.event.id))
    .map((entry) => entry.record);
  return {
    records: [...(listing?.records ?? []), ...memory],
    stored,
    setAside: listing?.setAside ?? [],
    onlyThese: !!listing?.onlyThese,
  };
}

/** Keeps these answers as they are now: in IndexedDB, and in memory for this page's own. */
export async function keepWaiting(queue: Queue, records: QueuedAnswer[]) {
  const durable = records.filter((record) => {
    const entry = queue.pending.get(record.event.id);
    // What the page-hide path looks at is their state now.
    if (entry) entry.record = record;
    return !entry || entry.stored;
  });
  const store = queue.store();
  if (store && durable.length) await within(putRecords(store, durable)).catch(queue.fail);
}

/** These answers arrived: out of IndexedDB, and forgotten by this tab and the others. */
export async function removeDelivered(queue: Queue, ids: string[]) {
  const store = queue.store();
  if (store) await within(removeRecords(store, ids)).catch(queue.fail);
  queue.delivered(ids);
}
