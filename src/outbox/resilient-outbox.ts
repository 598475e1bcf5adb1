import { byTime, createMemoryOutbox, type Outbox } from './outbox.js';

/** IndexedDB can hang forever on open (Safari, idb-keyval#120); give up on it after this. */
export const STORAGE_TIMEOUT_MS = 2_000;
/**
 * Reading every waiting answer takes longer with thousands of them (over a second for 10,000 on a
 * busy machine): slow is not broken, so a read gets longer before we give up on storage.
 */
export const READ_TIMEOUT_MS = 30_000;
/** Most answers kept on a device: past it, new ones wait in memory rather than evict older ones. */
export const STORAGE_CAP = 500;

/**
 * Uses the durable outbox while it works. On its first failure or hang it moves to memory for
 * the rest of the page's life and reports once: an answer is never dropped because storage
 * misbehaved. With `cap` answers stored, a new one is kept in memory instead (`onFull`), so we
 * never fill the shopper's disk and never evict an older answer.
 */
export function createResilientOutbox(
  durable: Outbox,
  onFallback: (error: unknown) => void,
  cap = Number.POSITIVE_INFINITY,
  onFull: () => void = () => {},
): Outbox {
  const memory = createMemoryOutbox();
  let failed = false;
  // Once storage has failed, every operation still waiting on it stops waiting too.
  let giveUp: (error: unknown) => void = () => {};
  const gaveUp = new Promise<never>((_, reject) => {
    giveUp = reject;
  });
  gaveUp.catch(() => {});
  /** The durable result, or undefined once storage has failed. */
  const attempt = async <T>(op: (outbox: Outbox) => Promise<T>, ms = STORAGE_TIMEOUT_MS): Promise<T | undefined> => {
    if (failed) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Once the database has opened on this page, a slow call is a busy disk, not a hang: a remove
    // stuck behind a large read must not switch the page to memory, or answers already delivered
    // would stay stored and go out again on the next page.
    if (durable.isOpen?.()) ms = Math.max(ms, READ_TIMEOUT_MS);
    try {
      return await Promise.race([
        op(durable),
        gaveUp,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
        }),
      ]);
    } catch (error) {
      if (!failed) onFallback(error);
      failed = true;
      giveUp(error);
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    /** Stores a new answer durably when it can (true), else in memory for this page (false). */
    async add(record) {
      const stored = await attempt((outbox) => outbox.add(record, cap));
      if (stored) return true;
      if (stored === false) onFull();
      await memory.add(record);
      return false;
    },
    async put(...records) {
      const stored = records.filter((record) => !memory.has(record.event.id));
      if (!(await attempt((outbox) => outbox.put(...stored).then(() => true)))) await memory.put(...stored);
      await memory.put(...records.filter((record) => memory.has(record.event.id)));
    },
    async list() {
      const stored = (await attempt((outbox) => outbox.list(), READ_TIMEOUT_MS)) ?? [];
      return [...stored, ...(await memory.list())].sort(byTime);
    },
    async remove(ids) {
      await memory.remove(ids);
      await attempt((outbox) => outbox.remove(ids));
    },
    // Without working storage there is nothing to share with other tabs: deliver.
    claim: async (owner, until, now, locked) =>
      (await attempt((outbox) => outbox.claim(owner, until, now, locked))) ?? true,
    takeSetAside: () => durable.takeSetAside(),
    async open() {
      await attempt(async (outbox) => outbox.open?.());
    },
  };
}
