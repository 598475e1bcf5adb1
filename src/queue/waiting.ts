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
 * Waiting out a hold or a backoff, as this tab last saw it: what another tab may do to it meanwhile
 * (deliver, retry, refuse it, renew its hold) only makes it due later or never, and it is read
 * again when it is due. A dead letter is always read: another tab's retryRejected() frees it.
 */
const isWaiting = (record: QueuedAnswer, now: number) =>
  !record.rejected && Math.max(record.nextAttemptAt, record.heldUntil ?? 0) > now;

/**
 * Every answer waiting: those in IndexedDB (checked, oldest first) and this page's answers held in
 * memory. `stored` holds the ids IndexedDB has; `setAside` the keys of records it could not read;
 * `onlyThese` whether it holds nothing else (set aside earlier, or of a newer widget). A store that
 * fails or hangs switches the page to memory.
 *
 * `known`: the records this tab last read or wrote, kept up to date here. One still waiting is
 * taken from it, not read again (unless `readAll`). For this page's own answers, what the queue
 * holds is what this tab knows (a partial released when its prompt closed is due at once).
 */
export async function gatherWaiting(queue: Queue, now: number, known: Map<string, QueuedAnswer>, readAll = false) {
  const store = queue.store();
  const reuse = (id: string) => {
    const record = queue.pending.get(id)?.record ?? known.get(id);
    return record && isWaiting(record, now) ? record : undefined;
  };
  const listing = store
    ? await within(listOutbox(store, now, readAll ? undefined : reuse)).catch(queue.fail)
    : undefined;
  known.clear();
  for (const record of listing?.records ?? []) known.set(record.event.id, record);
  const stored = new Set(known.keys());
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
export async function keepWaiting(queue: Queue, records: QueuedAnswer[], known: Map<string, QueuedAnswer>) {
  const durable = records.filter((record) => {
    const entry = queue.pending.get(record.event.id);
    // What the page-hide path looks at is their state now.
    if (entry) entry.record = record;
    return !entry || entry.stored;
  });
  const store = queue.store();
  if (!store || !durable.length) return;
  await within(putRecords(store, durable)).then(
    () => {
      for (const record of durable) known.set(record.event.id, record);
    },
    (error) => queue.fail(error),
  );
}

/** These answers arrived: forgotten by this tab and the others, and out of IndexedDB. */
export async function removeDelivered(queue: Queue, ids: string[], known: Map<string, QueuedAnswer>) {
  for (const id of ids) known.delete(id);
  // A Map emptied one by one keeps much of the table it grew to (10,000 answers: about 0.2 MB).
  if (!known.size) known.clear();
  // Forgotten first: a page left while the removal is under way must not send them again.
  queue.delivered(ids);
  const store = queue.store();
  if (store) await within(removeRecords(store, ids)).catch(queue.fail);
  // Storage failed on this page, yet an answer stored before may be there: a later page must not
  // send it again. Best effort, and nobody waits for it.
  else void within(removeRecords(queue.storage, ids)).catch(() => {});
}
