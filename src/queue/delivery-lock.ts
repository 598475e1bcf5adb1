import { plain } from '../shared/plain.js';

export const DELIVERY_LOCK = 'feelback-delivery';

/**
 * Runs `task` while no other tab of this site delivers (a Web Lock), so tabs coming online
 * together send each answer once. Where Web Locks are missing, or refused (an opaque origin,
 * which has no shared storage either), the tab delivers as if it were alone: every browser we
 * support has Web Locks, so only a page that deleted them gets there, and then two tabs may send
 * an answer at once, under its one id, which the endpoint keeps once.
 */
export function withDeliveryLock(task: () => Promise<void>, locks: LockManager | undefined): Promise<void> {
  let ran = false;
  const alone = () => {
    ran = true;
    return task();
  };
  try {
    return locks
      ? locks.request(DELIVERY_LOCK, plain({}), alone).catch((error) => (ran ? Promise.reject(error) : task()))
      : task();
  } catch {
    return task();
  }
}
