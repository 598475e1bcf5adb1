import type { Outbox } from '../outbox/outbox.js';

/** How long a lease lasts unless renewed: a tab that dies mid-delivery frees it this much later. */
export const LEASE_MS = 10_000;
/** How often a tab waiting for the lease looks again. */
export const LEASE_POLL_MS = 500;

/**
 * Where Web Locks are missing: a lease record in the outbox's own store, taken in one
 * transaction (so two tabs can never both take it), renewed while delivering and given back
 * after. A tab that dies holding it strands nothing: the lease simply expires.
 */
export function createLeaseLock(outbox: Outbox, owner: string, now: () => number, isStopped: () => boolean) {
  let locked = false;
  const claim = (until: number) => outbox.claim(owner, until, now(), locked);
  /** `withinWebLock`: called while holding the Web Lock (see `Outbox.claim`). */
  return async (task: () => Promise<void>, withinWebLock = false) => {
    locked = withinWebLock;
    while (!(await claim(now() + LEASE_MS))) {
      if (isStopped()) return;
      await new Promise((resolve) => setTimeout(resolve, LEASE_POLL_MS));
    }
    const renew = setInterval(() => claim(now() + LEASE_MS).catch(() => {}), LEASE_MS / 4);
    try {
      await task();
    } finally {
      clearInterval(renew);
      await claim(0).catch(() => {});
    }
  };
}

/**
 * One tab delivers at a time, so tabs coming online together never send an answer twice: the
 * Web Lock, with the lease inside it too, so a tab whose host removed navigator.locks still takes
 * turns. A Web Lock refused (SecurityError: a sandboxed iframe, a third-party frame without
 * storage) never ran the task: then the lease alone, which without storage lets this page
 * deliver. `locks` is read when first needed: the first read of a browser API costs at load.
 */
export function withDeliveryLock(
  leaseLock: ReturnType<typeof createLeaseLock>,
  locks: () => LockManager | undefined,
): (task: () => Promise<void>) => Promise<void> {
  return (task) => {
    const manager = locks();
    if (!manager) return leaseLock(task);
    let ran = false;
    return manager
      .request('feelback-delivery', () => {
        ran = true;
        return leaseLock(task, true);
      })
      .catch((error) => {
        if (ran) throw error;
        return leaseLock(task);
      });
  };
}
