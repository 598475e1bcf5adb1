// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createDeliverer, type DelivererDeps } from '../../../src/delivery/deliverer.ts';
import type { SendResult } from '../../../src/delivery/send-batch.ts';
import { createMemoryOutbox, type Outbox } from '../../../src/outbox/outbox.ts';
import { type Deferred, deferred, record, settle, uuid } from '../support/fixtures.ts';

const options = { batchSize: 2, retryBaseMs: 1_000, retryMaxMs: 60_000 };
const NOW = Date.UTC(2026, 0, 2);
const OK: SendResult = { status: 200 };
/** No HTTP answer: the endpoint is unreachable. */
const DOWN: SendResult = { status: 0 };

function setup(overrides: Partial<DelivererDeps> = {}) {
  const outbox = overrides.outbox ?? createMemoryOutbox();
  const sent: string[][] = [];
  const send = vi.fn<DelivererDeps['send']>(
    overrides.send ??
      (async (events) => {
        sent.push(events.map((event) => event.id));
        return OK;
      }),
  );
  const emit = vi.fn<DelivererDeps['emit']>();
  const deliverer = createDeliverer(options, {
    withLock: (task) => task(),
    now: () => NOW,
    // The lowest jitter: a failed first attempt waits exactly retryBaseMs / 2.
    random: () => 0,
    ...overrides,
    outbox,
    send,
    emit,
  });
  return { outbox, sent, send, emit, deliverer };
}

const ids = async (outbox: Outbox) => (await outbox.list()).map((r) => r.event.id);

describe('createDeliverer', () => {
  it('sends due records oldest first, in batches of batchSize', async () => {
    const { outbox, sent, deliverer } = setup();
    await outbox.put(record(3), record(1), record(2));
    await deliverer.deliverPending();
    expect(sent).toEqual([[uuid(1), uuid(2)], [uuid(3)]]);
  });

  it('removes delivered records', async () => {
    const { outbox, deliverer } = setup();
    await outbox.put(record(1), record(2), record(3));
    await deliverer.deliverPending();
    expect(await outbox.list()).toEqual([]);
  });

  it('emits delivered with the ids of each acknowledged batch', async () => {
    const { outbox, emit, deliverer } = setup();
    await outbox.put(record(1), record(2), record(3));
    await deliverer.deliverPending();
    expect(emit.mock.calls).toEqual([
      ['delivered', { ids: [uuid(1), uuid(2)] }],
      ['delivered', { ids: [uuid(3)] }],
    ]);
  });

  it('removes a record only once its batch was acknowledged', async () => {
    const pending = deferred<SendResult>();
    const { outbox, deliverer } = setup({ send: () => pending.promise });
    await outbox.put(record(1));
    const run = deliverer.deliverPending();
    await settle();
    expect(await ids(outbox)).toEqual([uuid(1)]);
    pending.resolve(OK);
    await run;
    expect(await ids(outbox)).toEqual([]);
  });

  describe('when a batch fails', () => {
    const failing = () => {
      const context = setup();
      context.send.mockImplementation(async (events) => {
        context.sent.push(events.map((event) => event.id));
        return context.sent.length < 2 ? OK : DOWN;
      });
      return context;
    };

    it('keeps the failed batch and every batch after it', async () => {
      const { outbox, deliverer } = failing();
      await outbox.put(record(1), record(2), record(3), record(4), record(5));
      await deliverer.deliverPending();
      expect(await ids(outbox)).toEqual([uuid(3), uuid(4), uuid(5)]);
    });

    it('stops the run: no further batch is sent', async () => {
      const { outbox, sent, deliverer } = failing();
      await outbox.put(record(1), record(2), record(3), record(4), record(5));
      await deliverer.deliverPending();
      expect(sent).toEqual([
        [uuid(1), uuid(2)],
        [uuid(3), uuid(4)],
      ]);
    });

    it('counts an attempt and backs off every kept record', async () => {
      const { outbox, deliverer } = failing();
      await outbox.put(record(1), record(2), record(3), record(4, { attempts: 2 }));
      await deliverer.deliverPending();
      expect(
        (await outbox.list()).map(({ event, attempts, nextAttemptAt }) => [event.id, attempts, nextAttemptAt]),
      ).toEqual([
        // Answers that failed together wait together, as long as the most-tried one: its third
        // failure waits 4 × base, at its lowest jitter 2 × base.
        [uuid(3), 1, NOW + 2_000],
        [uuid(4), 3, NOW + 2_000],
      ]);
    });

    it('gives a failed batch one wait, so its answers are due together and retried in one request', async () => {
      let draws = 0;
      const { outbox, sent, deliverer } = setup({
        send: async (events) => {
          sent.push(events.map((event) => event.id));
          return { status: 500 };
        },
        // A different jitter at every draw.
        random: () => (draws++ % 10) / 10,
      });
      await outbox.put(record(1), record(2));
      await deliverer.deliverPending();
      const due = new Set((await outbox.list()).map((r) => r.nextAttemptAt));
      expect(due.size).toBe(1);
      await deliverer.deliverPending(true);
      expect(sent).toEqual([
        [uuid(1), uuid(2)],
        [uuid(1), uuid(2)],
      ]);
    });

    it('does not emit delivered for the failed batch', async () => {
      const { outbox, emit, deliverer } = failing();
      await outbox.put(record(1), record(2), record(3));
      await deliverer.deliverPending();
      expect(emit.mock.calls).toEqual([['delivered', { ids: [uuid(1), uuid(2)] }]]);
    });
  });

  it('keeps the records when send rejects', async () => {
    const { outbox, deliverer } = setup({ send: () => Promise.reject(new Error('bug')) });
    await outbox.put(record(1));
    await deliverer.deliverPending();
    expect(await ids(outbox)).toEqual([uuid(1)]);
  });

  it('skips records still waiting out a backoff', async () => {
    const { outbox, sent, deliverer } = setup();
    await outbox.put(record(1, { attempts: 1, nextAttemptAt: NOW + 1 }), record(2, { nextAttemptAt: NOW }));
    await deliverer.deliverPending();
    expect(sent).toEqual([[uuid(2)]]);
    expect(await ids(outbox)).toEqual([uuid(1)]);
  });

  it('sends records in backoff when forced', async () => {
    const { outbox, sent, deliverer } = setup();
    await outbox.put(record(1, { attempts: 1, nextAttemptAt: NOW + 60_000 }));
    await deliverer.deliverPending(true);
    expect(sent).toEqual([[uuid(1)]]);
  });

  it('serialises runs: a call during a run never puts two sends in flight', async () => {
    const replies: Deferred<SendResult>[] = [];
    let inFlight = 0;
    let most = 0;
    const send = vi.fn(async () => {
      most = Math.max(most, ++inFlight);
      const reply = deferred<SendResult>();
      replies.push(reply);
      const ok = await reply.promise;
      inFlight--;
      return ok;
    });
    const { outbox, deliverer } = setup({ send });
    await outbox.put(record(1));
    const first = deliverer.deliverPending(true);
    const second = deliverer.deliverPending(true);
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
    replies[0]?.resolve(DOWN);
    await settle();
    // The second call gets a fresh run right after the first, which retries the kept record.
    expect(send).toHaveBeenCalledTimes(2);
    replies[1]?.resolve(OK);
    await Promise.all([first, second]);
    expect(most).toBe(1);
    expect(await outbox.list()).toEqual([]);
  });

  it('runs every delivery inside withLock', async () => {
    let locked = false;
    const withLock = vi.fn(async (task: () => Promise<void>) => {
      locked = true;
      await task();
      locked = false;
    });
    const sentInLock: boolean[] = [];
    const { outbox, deliverer } = setup({
      withLock,
      send: async () => {
        sentInLock.push(locked);
        return OK;
      },
    });
    await outbox.put(record(1), record(2), record(3));
    await deliverer.deliverPending();
    await outbox.put(record(4));
    await deliverer.deliverPending(true);
    expect(withLock).toHaveBeenCalledTimes(2);
    expect(sentInLock).toEqual([true, true, true]);
  });

  it('sends nothing while another holder keeps the lock', async () => {
    const held = deferred<void>();
    const { outbox, sent, deliverer } = setup({ withLock: (task) => held.promise.then(task) });
    await outbox.put(record(1));
    const run = deliverer.deliverPending();
    await settle();
    expect(sent).toEqual([]);
    held.resolve();
    await run;
    expect(sent).toEqual([[uuid(1)]]);
  });

  it('never rejects when the outbox throws, and the next run still works', async () => {
    const memory = createMemoryOutbox();
    let broken = true;
    const outbox: Outbox = {
      ...memory,
      list: () => (broken ? Promise.reject(new Error('storage gone')) : memory.list()),
    };
    const { sent, deliverer } = setup({ outbox });
    await memory.put(record(1));
    await expect(deliverer.deliverPending()).resolves.toBeUndefined();
    broken = false;
    await deliverer.deliverPending();
    expect(sent).toEqual([[uuid(1)]]);
  });

  it('never rejects when withLock rejects', async () => {
    const { deliverer } = setup({ withLock: () => Promise.reject(new Error('lock manager gone')) });
    await expect(deliverer.deliverPending()).resolves.toBeUndefined();
  });

  describe('timer', () => {
    const clocked = () => setup({ now: () => Date.now() });

    it('wakes up at the earliest nextAttemptAt', async () => {
      vi.useFakeTimers({ now: NOW });
      const { outbox, sent, deliverer } = clocked();
      await outbox.put(
        record(1, { attempts: 1, nextAttemptAt: NOW + 5_000 }),
        record(2, { attempts: 1, nextAttemptAt: NOW + 3_000 }),
      );
      await deliverer.deliverPending();
      expect(sent).toEqual([]);
      await vi.advanceTimersByTimeAsync(2_999);
      expect(sent).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(sent).toEqual([[uuid(2)]]);
    });

    it('retries a failed batch by itself after its backoff', async () => {
      vi.useFakeTimers({ now: NOW });
      const { outbox, sent, send, deliverer } = clocked();
      send.mockImplementation(async (events) => {
        sent.push(events.map((event) => event.id));
        return sent.length > 1 ? OK : DOWN;
      });
      await outbox.put(record(1));
      await deliverer.deliverPending();
      expect(sent).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(499);
      expect(sent).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(sent).toHaveLength(2);
      expect(await outbox.list()).toEqual([]);
    });

    it('sets no timer when nothing is left', async () => {
      vi.useFakeTimers({ now: NOW });
      const { outbox, deliverer } = clocked();
      await outbox.put(record(1));
      await deliverer.deliverPending();
      expect(vi.getTimerCount()).toBe(0);
    });

    it('re-checks a retry beyond the timer range within a day', async () => {
      vi.useFakeTimers({ now: NOW });
      const { outbox, send, deliverer } = clocked();
      await outbox.put(record(1, { attempts: 1, nextAttemptAt: NOW + 30 * 86_400_000 }));
      await deliverer.deliverPending();
      const listed = vi.spyOn(outbox, 'list');
      await vi.advanceTimersByTimeAsync(86_400_000);
      expect(listed).toHaveBeenCalled();
      expect(send).not.toHaveBeenCalled();
    });

    it('stop() cancels the timer', async () => {
      vi.useFakeTimers({ now: NOW });
      const { outbox, sent, deliverer } = clocked();
      await outbox.put(record(1, { attempts: 1, nextAttemptAt: NOW + 1_000 }));
      await deliverer.deliverPending();
      deliverer.stop();
      await vi.advanceTimersByTimeAsync(10_000);
      expect(sent).toEqual([]);
      expect(vi.getTimerCount()).toBe(0);
    });
  });

  it('stop() prevents further runs', async () => {
    const { outbox, sent, deliverer } = setup();
    await outbox.put(record(1));
    deliverer.stop();
    await deliverer.deliverPending(true);
    expect(sent).toEqual([]);
    expect(await ids(outbox)).toEqual([uuid(1)]);
  });

  it('stop() during a run sends no further batch', async () => {
    const reply = deferred<SendResult>();
    const { outbox, send, deliverer } = setup();
    send.mockImplementationOnce(() => reply.promise);
    await outbox.put(record(1), record(2), record(3));
    const run = deliverer.deliverPending();
    await settle();
    deliverer.stop();
    reply.resolve(OK);
    await run;
    expect(send).toHaveBeenCalledTimes(1);
    expect(await ids(outbox)).toEqual([uuid(3)]);
  });
});
