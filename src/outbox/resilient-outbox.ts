import { createMemoryOutbox, type Outbox } from './outbox.js';

/** IndexedDB can hang forever on open (Safari, idb-keyval#120); give up on it after this. */
export const STORAGE_TIMEOUT_MS = 2_000;

function withTimeout<T>(promise: Promise<T>, ms: number, setTimer: typeof setTimeout): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimer(() => reject(new Error(`storage did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Uses the durable outbox while it works; on the first failure or hang it moves to memory for
 * the rest of the page's life, carries over what it holds, and reports once. An answer is never
 * dropped because storage misbehaved.
 */
export function createResilientOutbox(
  durable: Outbox,
  onFallback: (error: unknown) => void,
  memory: Outbox = createMemoryOutbox(),
  setTimer: typeof setTimeout = setTimeout,
): Outbox & { isDurable(): boolean } {
  let failed = false;
  const fallBack = (error: unknown) => {
    if (failed) return;
    failed = true;
    onFallback(error);
  };
  const attempt = async <T>(op: (outbox: Outbox) => Promise<T>): Promise<T> => {
    if (!failed) {
      try {
        return await withTimeout(op(durable), STORAGE_TIMEOUT_MS, setTimer);
      } catch (error) {
        fallBack(error);
      }
    }
    return op(memory);
  };
  return {
    isDurable: () => !failed,
    put: (...records) => attempt((outbox) => outbox.put(...records)),
    list: () => attempt((outbox) => outbox.list()),
    remove: async (ids) => {
      // Remove from both: a record may have been written durably before the fallback.
      await memory.remove(ids);
      if (!failed) await attempt((outbox) => outbox.remove(ids));
    },
  };
}
