// @vitest-environment node
import { createStore } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { createLeaseLock, LEASE_MS, LEASE_POLL_MS, withDeliveryLock } from '../../../src/delivery/lease-lock.ts';
import { createIdbOutbox, type Outbox } from '../../../src/outbox/outbox.ts';
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

/**
 * The lock's waits run on a fake clock; fake-indexeddb answers on the real setImmediate, which
 * stays real, so storage works while no poll happens unless the test moves the clock.
 */
const fakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });

/** Lets storage answer (real macrotasks) until `condition` holds, without moving the fake clock. */
async function until(condition: () => boolean): Promise<void> {
  for (let turn = 0; !condition(); turn++) {
    if (turn === 1_000) throw new Error('the condition never held');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** How many times this outbox refused the lease so far. */
function refusals(outbox: Outbox): () => number {
  const claims = vi.spyOn(outbox, 'claim');
  return () => claims.mock.settledResults.filter((result) => result.type === 'fulfilled' && !result.value).length;
}

describe('createLeaseLock', () => {
  it('runs one task at a time across tabs; the other waits, then runs', async () => {
    fakeClock();
    const [a, b] = twoTabs();
    const lockA = createLeaseLock(a, 'a', Date.now, () => false);
    const lockB = createLeaseLock(b, 'b', Date.now, () => false);
    const refusedB = refusals(b);
    const order: string[] = [];
    const held = deferred<void>();
    const first = lockA(async () => {
      order.push('a starts');
      await held.promise;
      order.push('a ends');
    });
    await until(() => order.length === 1);
    const second = lockB(async () => {
      order.push('b runs');
    });
    // b is refused, waits a poll, and is refused again, for as long as a holds the lease.
    for (let poll = 1; poll <= 3; poll++) {
      await until(() => refusedB() === poll);
      expect(order).toEqual(['a starts']);
      await vi.advanceTimersByTimeAsync(LEASE_POLL_MS);
    }
    await until(() => refusedB() === 4);
    held.resolve();
    await first;
    expect(order).toEqual(['a starts', 'a ends']);
    await vi.advanceTimersByTimeAsync(LEASE_POLL_MS);
    await until(() => order.length === 3);
    await second;
    expect(order).toEqual(['a starts', 'a ends', 'b runs']);
    expect(refusedB()).toBe(4);
  });

  it('takes over a lease whose tab died mid-delivery once it expires', async () => {
    fakeClock();
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
    const refusedB = refusals(b);
    const run = lockB(task);
    await until(() => refusedB() === 1);
    expect(task).not.toHaveBeenCalled();
    // One millisecond before the lease ends, it is still a's.
    now += LEASE_MS - 1;
    await vi.advanceTimersByTimeAsync(LEASE_POLL_MS);
    await until(() => refusedB() === 2);
    expect(task).not.toHaveBeenCalled();
    now += 1;
    await vi.advanceTimersByTimeAsync(LEASE_POLL_MS);
    await until(() => task.mock.calls.length > 0);
    await run;
    expect(task).toHaveBeenCalledTimes(1);
    expect(refusedB()).toBe(2);
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
