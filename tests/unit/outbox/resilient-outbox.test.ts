// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createMemoryOutbox, type Outbox } from '../../../src/outbox/outbox.ts';
import { createResilientOutbox, STORAGE_TIMEOUT_MS } from '../../../src/outbox/resilient-outbox.ts';
import { record, uuid } from '../support/fixtures.ts';

/** An outbox whose every call fails with `error`. */
function brokenOutbox(error = new Error('IndexedDB is broken')) {
  return {
    put: vi.fn(() => Promise.reject(error)),
    list: vi.fn(() => Promise.reject(error)),
    remove: vi.fn(() => Promise.reject(error)),
  } satisfies Outbox;
}

/** An outbox whose calls never settle, like IndexedDB hanging on open. */
const hangingOutbox = (): Outbox => ({
  put: () => new Promise(() => {}),
  list: () => new Promise(() => {}),
  remove: () => new Promise(() => {}),
});

describe('createResilientOutbox', () => {
  it('uses the durable outbox while it works', async () => {
    const durable = createMemoryOutbox();
    const memory = createMemoryOutbox();
    const outbox = createResilientOutbox(durable, vi.fn(), memory);
    await outbox.put(record(1), record(2));
    await outbox.remove([uuid(1)]);
    expect(await durable.list()).toEqual([record(2)]);
    expect(await outbox.list()).toEqual([record(2)]);
    expect(await memory.list()).toEqual([]);
  });

  it('is durable while the durable outbox works', async () => {
    const outbox = createResilientOutbox(createMemoryOutbox(), vi.fn());
    await outbox.put(record(1));
    expect(outbox.isDurable()).toBe(true);
  });

  it('keeps an answer in memory when the durable outbox rejects', async () => {
    const memory = createMemoryOutbox();
    const outbox = createResilientOutbox(brokenOutbox(), vi.fn(), memory);
    await outbox.put(record(1));
    expect(await memory.list()).toEqual([record(1)]);
    expect(await outbox.list()).toEqual([record(1)]);
  });

  it('reports the failure exactly once, with its error', async () => {
    const error = new Error('quota');
    const onFallback = vi.fn();
    const outbox = createResilientOutbox(brokenOutbox(error), onFallback);
    await outbox.put(record(1));
    await outbox.list();
    await outbox.put(record(2));
    await outbox.remove([uuid(1)]);
    expect(onFallback.mock.calls).toEqual([[error]]);
  });

  it('reports once when calls in flight fail together', async () => {
    const onFallback = vi.fn();
    const outbox = createResilientOutbox(brokenOutbox(), onFallback);
    await Promise.all([outbox.put(record(1)), outbox.list(), outbox.put(record(2))]);
    expect(onFallback).toHaveBeenCalledTimes(1);
  });

  it('stops being durable after the first failure', async () => {
    const outbox = createResilientOutbox(brokenOutbox(), vi.fn());
    await outbox.list();
    expect(outbox.isDurable()).toBe(false);
  });

  it('does not go back to the durable outbox after a failure', async () => {
    const durable = brokenOutbox();
    const outbox = createResilientOutbox(durable, vi.fn());
    await outbox.put(record(1));
    await outbox.put(record(2));
    await outbox.list();
    await outbox.remove([uuid(1)]);
    expect(durable.put).toHaveBeenCalledTimes(1);
    expect(durable.list).not.toHaveBeenCalled();
    expect(durable.remove).not.toHaveBeenCalled();
    expect(await outbox.list()).toEqual([record(2)]);
  });

  it('falls back when the durable outbox does not answer within STORAGE_TIMEOUT_MS', async () => {
    vi.useFakeTimers();
    const onFallback = vi.fn();
    const outbox = createResilientOutbox(hangingOutbox(), onFallback);
    let stored = false;
    void outbox.put(record(1)).then(() => {
      stored = true;
    });
    await vi.advanceTimersByTimeAsync(STORAGE_TIMEOUT_MS - 1);
    expect(stored).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(stored).toBe(true);
    expect(onFallback).toHaveBeenCalledTimes(1);
    expect(String(onFallback.mock.calls[0]?.[0])).toContain(`${STORAGE_TIMEOUT_MS} ms`);
    expect(outbox.isDurable()).toBe(false);
    expect(await outbox.list()).toEqual([record(1)]);
  });

  it('waits 2 seconds for storage', () => {
    expect(STORAGE_TIMEOUT_MS).toBe(2_000);
  });

  it('leaves no timer behind after a call that answered', async () => {
    vi.useFakeTimers();
    const outbox = createResilientOutbox(createMemoryOutbox(), vi.fn());
    await outbox.put(record(1));
    expect(vi.getTimerCount()).toBe(0);
  });
});
