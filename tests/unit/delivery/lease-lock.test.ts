// @vitest-environment node
import { createStore } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { createLeaseLock, LEASE_MS, LEASE_POLL_MS, withDeliveryLock } from '../../../src/delivery/lease-lock.ts';
import { createIdbOutbox } from '../../../src/outbox/outbox.ts';
import { deferred } from '../support/fixtures.ts';

let databases = 0;
/** Two tabs of one site: two outboxes on the same database. */
function twoTabs() {
  const name = `lease-test-${++databases}`;
  const open = () =>
    createIdbOutbox(
      () => createStore(name, 'answers'),
      async () => true,
    );
  return [open(), open()] as const;
}

describe('createLeaseLock', () => {
  it('runs one task at a time across tabs; the other waits, then runs', async () => {
    const [a, b] = twoTabs();
    const lockA = createLeaseLock(a, 'a', Date.now, () => false);
    const lockB = createLeaseLock(b, 'b', Date.now, () => false);
    const order: string[] = [];
    const held = deferred<void>();
    const first = lockA(async () => {
      order.push('a starts');
      await held.promise;
      order.push('a ends');
    });
    await vi.waitFor(() => expect(order).toEqual(['a starts']));
    const second = lockB(async () => {
      order.push('b runs');
    });
    await new Promise((resolve) => setTimeout(resolve, LEASE_POLL_MS * 1.5));
    expect(order).toEqual(['a starts']);
    held.resolve();
    await Promise.all([first, second]);
    expect(order).toEqual(['a starts', 'a ends', 'b runs']);
  });

  it('takes over a lease whose tab died mid-delivery once it expires', async () => {
    const [a, b] = twoTabs();
    let now = 1_000;
    // Tab a took the lease and was closed: nobody gives it back.
    expect(await a.claim('a', now + LEASE_MS, now)).toBe(true);
    const task = vi.fn(async () => {});
    const lockB = createLeaseLock(
      b,
      'b',
      () => now,
      () => false,
    );
    const run = lockB(task);
    await new Promise((resolve) => setTimeout(resolve, LEASE_POLL_MS / 2));
    expect(task).not.toHaveBeenCalled();
    now += LEASE_MS;
    await run;
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('gives the lease back when the task throws', async () => {
    const [a, b] = twoTabs();
    const lockA = createLeaseLock(a, 'a', Date.now, () => false);
    await expect(lockA(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await b.claim('b', Date.now() + LEASE_MS, Date.now())).toBe(true);
  });

  it('stops waiting once the widget is destroyed', async () => {
    const [a, b] = twoTabs();
    await a.claim('a', Date.now() + LEASE_MS, Date.now());
    let stopped = false;
    const task = vi.fn(async () => {});
    const run = createLeaseLock(b, 'b', Date.now, () => stopped)(task);
    stopped = true;
    await run;
    expect(task).not.toHaveBeenCalled();
  });
});

describe('withDeliveryLock', () => {
  const lease = () => vi.fn(async (task: () => Promise<void>, _withinWebLock?: boolean) => task());

  it('runs the task in the Web Lock, with the lease inside it', async () => {
    const leaseLock = lease();
    const request = vi.fn((_name: string, callback: () => Promise<void>) => callback());
    const task = vi.fn(async () => {});
    await withDeliveryLock(leaseLock, () => ({ request }) as unknown as LockManager)(task);
    expect(request).toHaveBeenCalledWith('feelback-delivery', expect.any(Function));
    expect(leaseLock).toHaveBeenCalledWith(task, true);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('takes turns through the lease alone without Web Locks', async () => {
    const leaseLock = lease();
    const task = vi.fn(async () => {});
    await withDeliveryLock(leaseLock, () => undefined)(task);
    expect(leaseLock).toHaveBeenCalledWith(task);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('falls back to the lease when the Web Lock is refused before the task ran', async () => {
    const leaseLock = lease();
    const request = vi.fn(() => Promise.reject(new DOMException('denied', 'SecurityError')));
    const task = vi.fn(async () => {});
    await withDeliveryLock(leaseLock, () => ({ request }) as unknown as LockManager)(task);
    expect(leaseLock).toHaveBeenCalledWith(task);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('does not run a task again that failed inside the Web Lock', async () => {
    const leaseLock = lease();
    const request = vi.fn((_name: string, callback: () => Promise<void>) => callback());
    const task = vi.fn(() => Promise.reject(new Error('send failed')));
    await expect(withDeliveryLock(leaseLock, () => ({ request }) as unknown as LockManager)(task)).rejects.toThrow(
      'send failed',
    );
    expect(task).toHaveBeenCalledTimes(1);
  });
});
