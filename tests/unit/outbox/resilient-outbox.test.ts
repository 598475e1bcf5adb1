// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createMemoryOutbox, type Outbox } from '../../../src/outbox/outbox.ts';
import {
  createResilientOutbox,
  READ_TIMEOUT_MS,
  STORAGE_CAP,
  STORAGE_TIMEOUT_MS,
} from '../../../src/outbox/resilient-outbox.ts';
import { record, uuid } from '../support/fixtures.ts';

/** An outbox whose every call fails with `error`. */
function brokenOutbox(error = new Error('IndexedDB is broken')) {
  return {
    put: vi.fn(() => Promise.reject(error)),
    add: vi.fn(() => Promise.reject(error)),
    list: vi.fn(() => Promise.reject(error)),
    remove: vi.fn(() => Promise.reject(error)),
    claim: vi.fn(() => Promise.reject(error)),
    takeSetAside: () => [],
  } satisfies Outbox;
}

/** An outbox whose calls never settle, like IndexedDB hanging on open. */
const hangingOutbox = (): Outbox => ({
  put: () => new Promise(() => {}),
  add: () => new Promise(() => {}),
  list: () => new Promise(() => {}),
  remove: () => new Promise(() => {}),
  claim: () => new Promise(() => {}),
  takeSetAside: () => [],
});

describe('createResilientOutbox', () => {
  it('waits out a slow read of many answers: slow is not broken', async () => {
    vi.useFakeTimers();
    try {
      const durable = createMemoryOutbox();
      await durable.put(record(1));
      const onFallback = vi.fn();
      const outbox = createResilientOutbox(
        { ...durable, list: () => new Promise((resolve) => setTimeout(() => resolve(durable.list()), 5_000)) },
        onFallback,
      );
      const listed = outbox.list();
      await vi.advanceTimersByTimeAsync(5_000);
      expect(await listed).toEqual([record(1)]);
      expect(onFallback).not.toHaveBeenCalled();
      expect(await outbox.add(record(2))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives a slow write READ_TIMEOUT_MS once the database has opened: a busy disk is not a hang', async () => {
    vi.useFakeTimers();
    try {
      const durable = createMemoryOutbox();
      const onFallback = vi.fn();
      let slow = false;
      const outbox = createResilientOutbox(
        {
          ...durable,
          isOpen: () => true,
          remove: (ids) => (slow ? new Promise((resolve) => setTimeout(resolve, 5_000)) : durable.remove(ids)),
        },
        onFallback,
      );
      expect(await outbox.add(record(1))).toBe(true);
      slow = true;
      const removed = outbox.remove([record(1).event.id]);
      await vi.advanceTimersByTimeAsync(5_000);
      await removed;
      expect(onFallback).not.toHaveBeenCalled();
      expect(await outbox.add(record(2))).toBe(true);
      // Before the database opened, the same wait is a hang, whatever answered without it.
      const fresh = createResilientOutbox(
        { ...durable, isOpen: () => false, add: () => new Promise(() => {}) },
        onFallback,
      );
      await fresh.list();
      const added = fresh.add(record(3));
      await vi.advanceTimersByTimeAsync(STORAGE_TIMEOUT_MS);
      expect(await added).toBe(false);
      expect(onFallback).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up on a read that never ends after READ_TIMEOUT_MS, or as soon as a write times out', async () => {
    vi.useFakeTimers();
    try {
      const onFallback = vi.fn();
      const outbox = createResilientOutbox(hangingOutbox(), onFallback);
      let listed: unknown;
      void outbox.list().then((records) => {
        listed = records;
      });
      const added = outbox.add(record(1));
      await vi.advanceTimersByTimeAsync(STORAGE_TIMEOUT_MS);
      // The write timed out: storage is given up, and the waiting read ends with what memory has.
      expect(await added).toBe(false);
      expect(listed).toEqual([record(1)]);
      expect(onFallback).toHaveBeenCalledTimes(1);
      expect(READ_TIMEOUT_MS).toBeGreaterThan(STORAGE_TIMEOUT_MS);
    } finally {
      vi.useRealTimers();
    }
  });

  it('uses the durable outbox while it works', async () => {
    const durable = createMemoryOutbox();
    const outbox = createResilientOutbox(durable, vi.fn());
    expect(await outbox.add(record(1))).toBe(true);
    await outbox.put(record(2));
    await outbox.remove([uuid(1)]);
    expect(await durable.list()).toEqual([record(2)]);
    expect(await outbox.list()).toEqual([record(2)]);
  });

  it('keeps an answer in memory when the durable outbox rejects, and says it is not durable', async () => {
    const outbox = createResilientOutbox(brokenOutbox(), vi.fn());
    expect(await outbox.add(record(1))).toBe(false);
    expect(await outbox.list()).toEqual([record(1)]);
  });

  it('reports the failure exactly once, with its error', async () => {
    const error = new Error('quota');
    const onFallback = vi.fn();
    const outbox = createResilientOutbox(brokenOutbox(error), onFallback);
    await outbox.add(record(1));
    await outbox.list();
    await outbox.put(record(2));
    await outbox.remove([uuid(1)]);
    expect(onFallback.mock.calls).toEqual([[error]]);
  });

  it('reports once when calls in flight fail together', async () => {
    const onFallback = vi.fn();
    const outbox = createResilientOutbox(brokenOutbox(), onFallback);
    await Promise.all([outbox.add(record(1)), outbox.list(), outbox.put(record(2))]);
    expect(onFallback).toHaveBeenCalledTimes(1);
  });

  it('does not go back to the durable outbox after a failure', async () => {
    const durable = brokenOutbox();
    const outbox = createResilientOutbox(durable, vi.fn());
    await outbox.add(record(1));
    await outbox.add(record(2));
    await outbox.list();
    await outbox.remove([uuid(1)]);
    expect(durable.add).toHaveBeenCalledTimes(1);
    expect(durable.list).not.toHaveBeenCalled();
    expect(durable.remove).not.toHaveBeenCalled();
    expect(await outbox.list()).toEqual([record(2)]);
  });

  it('lets this tab deliver when the lease cannot be stored', async () => {
    const outbox = createResilientOutbox(brokenOutbox(), vi.fn());
    expect(await outbox.claim('tab', 1, 0)).toBe(true);
  });

  it('falls back when the durable outbox does not answer within STORAGE_TIMEOUT_MS', async () => {
    vi.useFakeTimers();
    const onFallback = vi.fn();
    const outbox = createResilientOutbox(hangingOutbox(), onFallback);
    let stored: boolean | undefined;
    void outbox.add(record(1)).then((durable) => {
      stored = durable;
    });
    await vi.advanceTimersByTimeAsync(STORAGE_TIMEOUT_MS - 1);
    expect(stored).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(stored).toBe(false);
    expect(onFallback).toHaveBeenCalledTimes(1);
    expect(String(onFallback.mock.calls[0]?.[0])).toContain(`${STORAGE_TIMEOUT_MS} ms`);
    expect(await outbox.list()).toEqual([record(1)]);
  });

  it('waits 2 seconds for storage and keeps at most 500 answers', () => {
    expect(STORAGE_TIMEOUT_MS).toBe(2_000);
    expect(STORAGE_CAP).toBe(500);
  });

  it('leaves no timer behind after a call that answered', async () => {
    vi.useFakeTimers();
    const outbox = createResilientOutbox(createMemoryOutbox(), vi.fn());
    await outbox.put(record(1));
    expect(vi.getTimerCount()).toBe(0);
  });

  describe('at the cap', () => {
    it('keeps a new answer in memory, says so once per answer, and evicts nothing', async () => {
      const durable = createMemoryOutbox();
      const onFull = vi.fn();
      // The memory outbox ignores the cap; count like IndexedDB does.
      const capped: Outbox = {
        ...durable,
        add: async (item, cap = Infinity) => (await durable.list()).length < cap && durable.add(item),
      };
      const onFallback = vi.fn();
      const outbox = createResilientOutbox(capped, onFallback, 2, onFull);
      expect(await outbox.add(record(1))).toBe(true);
      expect(await outbox.add(record(2))).toBe(true);
      expect(await outbox.add(record(3))).toBe(false);
      expect(onFull).toHaveBeenCalledTimes(1);
      expect(onFallback).not.toHaveBeenCalled();
      expect((await durable.list()).map((r) => r.event.id)).toEqual([uuid(1), uuid(2)]);
      expect((await outbox.list()).map((r) => r.event.id)).toEqual([uuid(1), uuid(2), uuid(3)]);
    });

    it('updates an answer kept in memory there, and removes it from there', async () => {
      const durable = createMemoryOutbox();
      const capped: Outbox = { ...durable, add: async () => false };
      const outbox = createResilientOutbox(capped, vi.fn(), 0);
      await outbox.add(record(1));
      await outbox.put(record(1, { attempts: 1 }));
      expect(await durable.list()).toEqual([]);
      expect(await outbox.list()).toEqual([record(1, { attempts: 1 })]);
      await outbox.remove([uuid(1)]);
      expect(await outbox.list()).toEqual([]);
    });
  });
});
