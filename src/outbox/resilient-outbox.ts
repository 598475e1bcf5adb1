import { createMemoryOutbox, type Outbox } from './outbox.js';

/** IndexedDB can hang forever on open (Safari, idb-keyval#120); give up on it after this. */
export const STORAGE_TIMEOUT_MS = 2_000;

/**
 * Uses the durable outbox while it works. On its first failure or hang it moves to memory for
 * the rest of the page's life and reports once: an answer is never dropped because storage
 * misbehaved.
 */
export function createResilientOutbox(
  durable: Outbox,
  onFallback: (error: unknown) => void,
  memory: Outbox = createMemoryOutbox(),
): Outbox & { isDurable(): boolean } {
  let failed = false;
  const attempt = async <T>(op: (outbox: Outbox) => Promise<T>): Promise<T> => {
    if (!failed) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        return await Promise.race([
          op(durable),
          new Promise<never>((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`no answer within ${STORAGE_TIMEOUT_MS} ms`)),
              STORAGE_TIMEOUT_MS,
            );
          }),
        ]);
      } catch (error) {
        if (!failed) onFallback(error);
        failed = true;
      } finally {
        clearTimeout(timer);
      }
    }
    return op(memory);
  };
  return {
    isDurable: () => !failed,
    put: (...records) => attempt((outbox) => outbox.put(...records)),
    list: () => attempt((outbox) => outbox.list()),
    remove: (ids) => attempt((outbox) => outbox.remove(ids)),
  };
}
