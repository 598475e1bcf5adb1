import { promisifyRequest } from 'idb-keyval';
import { createIdbStore, type IdbStore } from '../shared/idb-store.js';
import { OUTBOX_DB, OUTBOX_LOCK, OUTBOX_STORE } from './outbox-names.js';
import type { QueuedAnswer } from './record.js';

export { OUTBOX_DB, OUTBOX_LOCK, OUTBOX_STORE };
/** Most answers kept on a device: past it, new ones wait in memory rather than evict older ones. */
export const STORAGE_CAP = 500;
/** A write the disk is slow to finish: past this the shopper is thanked and the answer kept in memory. */
export const WRITE_TIMEOUT_MS = 5_000;
/**
 * How long a partial answer is held at a time. Its page renews the hold while the prompt is open
 * and lets it go when the prompt closes or the page is left; a page that is gone without a word
 * (the system ended it, or delivery was not there yet to send it on `pagehide`, where a storage
 * write does not last) stops renewing, and after this long any page of the site sends it.
 */
export const HOLD_MS = 20_000;
const CHANNEL = 'feelback';

/** Keys that are not answers (set-aside records) start with "~", which sorts after every UUID. */
export const answerKeys = () => IDBKeyRange.upperBound('~', true);

/** An answer of this page that no endpoint has acknowledged yet. */
export interface Pending {
  record: QueuedAnswer;
  /** In IndexedDB (else in memory only: no later page can send it). */
  stored: boolean;
  /** The write, which may land after we gave up waiting for it. */
  written?: Promise<unknown>;
}

export interface QueueEvents {
  /** Storage failed or hung: answers stay in memory for the rest of the page. Reported once. */
  unavailable(error: unknown): void;
  /** The device holds STORAGE_CAP answers already: this one stays in memory. */
  full(id: string): void;
}

/**
 * The answer queue: the one owner of what this page has not yet delivered. It writes each new
 * answer in one IndexedDB transaction before the prompt may say thanks, holds it in memory when
 * storage fails, and forgets it once an endpoint acknowledged it, in this tab or another (tabs
 * tell each other on a BroadcastChannel, so no tab sends again what another has delivered).
 * It lives as long as the widget instance, across `init`s. Delivery (queue/sync.ts) is a file of
 * its own, fetched once there is something to send.
 */
export function createQueue(
  events: QueueEvents,
  store: IdbStore = createIdbStore(OUTBOX_DB, OUTBOX_STORE, OUTBOX_LOCK),
  channel: () => BroadcastChannel | undefined = () =>
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined,
) {
  const pending = new Map<string, Pending>();
  /** The ids of this page's partial answers, held once (a few per page). */
  const partials = new Set<string>();
  let failed = false;
  let tabs: BroadcastChannel | undefined;

  const forgetHere = (ids: readonly string[]) => {
    for (const id of ids) {
      const entry = pending.get(id);
      pending.delete(id);
      // Written after we stopped waiting for it: now delivered, it must not stay for a later page.
      if (entry?.written && !entry.stored) {
        entry.written.then((kept) => kept && store.use('readwrite', (objects) => objects.delete(id))).catch(() => {});
      }
    }
  };
  /**
   * Writes a partial answer's new state: anew (`fresh`), or only where it still is. Its hold can
   * lapse while its page sleeps and another tab then send it, and a page asleep hears no word of
   * that: a record gone once it was stored was delivered, so it is forgotten here, not written
   * back for a later page nor sent again as this one is left.
   */
  const update = (entry: Pending, id: string, fresh?: boolean) => {
    const { record } = entry;
    const written = store.create('readwrite', async (objects) => {
      const put = fresh || (await promisifyRequest(objects.getKey(id)));
      if (put) objects.put(record, id);
      await promisifyRequest(objects.transaction);
      return put;
    });
    written.then((put) => {
      if (put) entry.stored = true;
      else if (entry.stored) pending.delete(id);
    }, fail);
    return written;
  };
  const listen = () => {
    if (tabs) return;
    try {
      tabs = channel();
    } catch {}
    if (tabs) {
      tabs.onmessage = ({ data }: MessageEvent) => {
        const ids = (data as { delivered?: unknown } | null)?.delivered;
        if (Array.isArray(ids)) forgetHere(ids.filter((id) => typeof id === 'string'));
      };
    }
  };

  const fail = (error: unknown) => {
    if (!failed) events.unavailable(error);
    failed = true;
  };

  return {
    pending,
    /** The durable store, until it failed on this page. */
    store: () => (failed ? undefined : store),
    /** The store even after it failed here: for clean-up that may as well try. */
    storage: store,
    fail,
    /** Connects ahead of a write, where the outbox exists (a prompt is on screen). */
    warm: () => void (failed || store.warm().catch(() => {})),

    /**
     * Writes a partial answer held back while its prompt is open (`heldUntil`); a later call with
     * the same id updates it. Durable where storage works, in memory otherwise; nobody waits for it.
     * Once released or delivered it is never held again (a renewal that comes late, from a page
     * that slept or came back from the back/forward cache, must not write it back).
     */
    hold(record: QueuedAnswer) {
      listen();
      const { id } = record.event;
      const held = pending.get(id);
      // Released (no longer held), or gone from memory: delivered, or replaced by its full answer.
      if (held ? !held.record.heldUntil : partials.has(id)) return;
      partials.add(id);
      const entry: Pending = held ?? { record, stored: false };
      entry.record = record;
      pending.set(id, entry);
      if (failed) return;
      // Transactions on one store run in the order they were made: a later update or drop wins.
      entry.written = update(entry, id, !held);
    },

    /** A held partial answer may go now (its card closed or shrank, its page is left); false if none was held. */
    release(id: string): boolean {
      const entry = pending.get(id);
      if (!entry?.record.heldUntil) return false;
      const { heldUntil: _, ...record } = entry.record;
      entry.record = record;
      if (!failed) update(entry, id);
      return true;
    },

    /**
     * Stores a new answer; resolves true once it is durable, false when it is held in memory.
     * `drop`: the id of a held partial answer it replaces, deleted in the same transaction (and
     * from memory at once), so the partial is never sent.
     */
    async add(record: QueuedAnswer, drop?: string): Promise<boolean> {
      listen();
      const { id } = record.event;
      const entry: Pending = { record, stored: false };
      if (drop) pending.delete(drop);
      pending.set(id, entry);
      if (failed) return false;
      // Written, then counted, in one transaction, so tabs cannot overshoot the cap together; over
      // it, the write is taken back. Put and count go to the database together: counting first
      // made the put wait for the page's main thread between them, which is busy as Send is pressed.
      const written = store.create('readwrite', async (objects) => {
        if (drop) objects.delete(drop);
        objects.put(record, id);
        const room = (await promisifyRequest(objects.count(answerKeys()))) <= STORAGE_CAP;
        if (!room) objects.delete(id);
        await promisifyRequest(objects.transaction);
        return room;
      });
      // Awaited below, but possibly only after we stopped waiting: never unhandled.
      written.catch(() => {});
      entry.written = written;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(resolve, WRITE_TIMEOUT_MS, 'late');
      });
      try {
        const outcome = await Promise.race([entry.written, late]);
        if (outcome === true) entry.stored = true;
        else if (outcome === false) events.full(id);
        else fail(new Error(`a write did not finish within ${WRITE_TIMEOUT_MS} ms`));
      } catch (error) {
        fail(error);
      } finally {
        clearTimeout(timer);
      }
      return entry.stored;
    },

    /** `destroy`: the channel and the connection go (either keeps the instance alive); a later use opens them again. */
    close() {
      tabs?.close();
      tabs = undefined;
      store.close();
    },

    /** The endpoint acknowledged these answers: forget them here, and tell the other tabs. */
    delivered(ids: readonly string[]) {
      forgetHere(ids);
      listen();
      tabs?.postMessage({ delivered: ids });
    },
  };
}

export type Queue = ReturnType<typeof createQueue>;
