import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DELIVERY_DEFAULTS } from '../../../src/config/config.ts';
import { LEFTOVER_DELAY_MS, startDelivery } from '../../../src/delivery/start-delivery.ts';
import type { Environment } from '../../../src/environment.ts';
import { createMemoryOutbox, type Outbox } from '../../../src/outbox/outbox.ts';
import { fakeFetch, record, settle, uuid } from '../support/fixtures.ts';

const config = { endpoint: 'https://collect.example/answers', delivery: { ...DELIVERY_DEFAULTS, headers: {} } };
// An hour after the fixtures were answered: older ones would expire.
const NOW = Date.UTC(2026, 0, 1, 13);
let stops: Array<() => void> = [];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
});

afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  vi.useRealTimers();
  vi.restoreAllMocks();
  Reflect.deleteProperty(document, 'visibilityState');
});

/** Started on happy-dom's window with answers already waiting in the outbox. */
async function setup(waiting: Outbox = createMemoryOutbox()) {
  const { fetch, calls } = fakeFetch();
  const env = {
    window,
    fetch,
    stringify: JSON.stringify,
    openOutbox: () => waiting,
    now: () => NOW,
    random: () => 0.5,
  } as unknown as Environment;
  const emit = vi.fn();
  const warn = vi.fn();
  const delivery = startDelivery(config, env, emit, warn);
  stops.push(delivery.stop);
  await delivery.outbox.put(record(1));
  return { delivery, calls, emit, warn };
}

const sentIds = (calls: Array<{ body: unknown }>) =>
  calls.flatMap((call) => (call.body as Array<{ id: string }>).map((e) => e.id));

describe('startDelivery', () => {
  it('looks for answers left from an earlier visit once the page has settled, not before', async () => {
    const { calls } = await setup();
    await vi.advanceTimersByTimeAsync(LEFTOVER_DELAY_MS - 1);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(sentIds(calls)).toEqual([uuid(1)]);
  });

  it('delivers when the browser comes back online', async () => {
    const { calls } = await setup();
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(sentIds(calls)).toEqual([uuid(1)]);
    expect(calls[0]?.init.keepalive).toBeFalsy();
  });

  it('sends the answers given on this page with keepalive when the page is left', async () => {
    const { delivery, calls } = await setup();
    await delivery.deliverer.add(record(2));
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(sentIds(calls)).toEqual([uuid(2)]);
    expect(calls[0]?.init.keepalive).toBe(true);
  });

  it('sends with keepalive when the page is hidden, not when it is shown again', async () => {
    const { delivery, calls } = await setup();
    await delivery.deliverer.add(record(2));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(calls).toEqual([]);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(calls.map((call) => call.init.keepalive)).toEqual([true]);
  });

  it('after stop: no listener, no timer, nothing sent; the answer stays stored', async () => {
    const { delivery, calls } = await setup();
    await delivery.deliverer.add(record(2));
    delivery.stop();
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(LEFTOVER_DELAY_MS * 5);
    await settle();
    expect(calls).toEqual([]);
    expect((await delivery.outbox.list()).map((r) => r.event.id)).toEqual([uuid(1), uuid(2)]);
  });

  it('removes every listener it added', async () => {
    const targets = [window, document] as EventTarget[];
    const added = targets.map((target) => vi.spyOn(target, 'addEventListener'));
    const removed = targets.map((target) => vi.spyOn(target, 'removeEventListener'));
    const { delivery } = await setup();
    delivery.stop();
    const calls = (spies: typeof added) =>
      spies.map((spy) => spy.mock.calls.map(([type, listener]) => [type, listener]));
    expect(
      calls(added)
        .flat()
        .map(([type]) => type),
    ).toEqual(['online', 'pagehide', 'visibilitychange']);
    expect(calls(removed)).toEqual(calls(added));
  });

  it('reports storage that fails once, as storage-unavailable, and keeps the answer in memory', async () => {
    const broken: Outbox = {
      ...createMemoryOutbox(),
      put: async () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const { delivery, emit } = await setup(broken);
    await delivery.outbox.put(record(2));
    expect(emit.mock.calls.filter(([name]) => name === 'error')).toEqual([
      [
        'error',
        {
          code: 'storage-unavailable',
          message: 'IndexedDB is unavailable (SecurityError: denied); answers are kept in memory for this page only.',
        },
      ],
    ]);
    expect((await delivery.outbox.list()).map((r) => r.event.id)).toEqual([uuid(1), uuid(2)]);
  });
});
