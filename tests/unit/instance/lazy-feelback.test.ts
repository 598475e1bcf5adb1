import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import type { Feelback } from '../../../src/instance/feelback-api.ts';
import { type LazyOptions, lazyFeelback } from '../../../src/instance/lazy-feelback.ts';
import { deferred } from '../support/fixtures.ts';

const config = { endpoint: '/answers', site: 'acme-shop' };
let warn: MockInstance<Console['warn']>;

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  warn.mockRestore();
});

/** A stand-in widget that records each call it gets, in order. */
function recordingWidget() {
  const calls: unknown[][] = [];
  const widget = new Proxy({} as Feelback, {
    get:
      (_target, name) =>
      (...args: unknown[]) => {
        calls.push([name, ...args]);
        return name === 'flush' || name === 'retryRejected' ? Promise.resolve(`${String(name)} done`) : undefined;
      },
  });
  return { widget, calls };
}

function setup(options: Partial<LazyOptions> = {}) {
  const { widget, calls } = recordingWidget();
  const load = vi.fn(async () => ({ createWidget: () => widget }));
  const waiting = vi.fn(async () => false);
  const front = lazyFeelback({ load, waiting, inBrowser: () => true, ...options });
  return { front, calls, load, waiting };
}

const turns = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('the npm front', () => {
  it('fetches nothing for calls that only set things up', async () => {
    const { front, load } = setup();
    front.init(config);
    front.on('shown', () => {});
    front.consent(true);
    front.close();
    await turns();
    expect(load).not.toHaveBeenCalled();
  });

  it.each(['step', 'ask', 'flush', 'retryRejected'] as const)(
    'fetches the widget on %s, and replays the calls in order',
    async (command) => {
      const { front, calls, load } = setup();
      const listener = () => {};
      front.init(config);
      front.on('answered', listener);
      (front[command] as (step: string) => unknown)('checkout');
      await turns();
      expect(load).toHaveBeenCalledTimes(1);
      expect(calls).toEqual([
        ['init', config],
        ['on', 'answered', listener],
        [command, 'checkout'],
      ]);
      front.step('basket');
      expect(calls.at(-1)).toEqual(['step', 'basket']);
      expect(load).toHaveBeenCalledTimes(1);
    },
  );

  it.each([
    ['triggers', { ...config, triggers: [{ step: 'x', on: { url: '/x' } }] }],
    ['debug', { ...config, debug: true }],
  ])('fetches the widget at init for a config with %s', async (_name, withMore) => {
    const { front, load } = setup();
    front.init(withMore);
    await turns();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("answers a flush made before the widget came with the widget's own result", async () => {
    const { front } = setup();
    front.init(config);
    await expect(front.flush()).resolves.toBe('flush done');
  });

  it('hands back an unsubscribe from on(), before and after the widget came', async () => {
    const { front, calls } = setup();
    const early = () => {};
    const late = () => {};
    const offEarly = front.on('shown', early);
    offEarly();
    front.step('checkout');
    await turns();
    front.on('shown', late)();
    expect(calls).toEqual([
      ['on', 'shown', early],
      ['off', 'shown', early],
      ['step', 'checkout'],
      ['on', 'shown', late],
      ['off', 'shown', late],
    ]);
  });

  it('looks for answers from an earlier visit a second after init, and fetches the widget to send them', async () => {
    vi.useFakeTimers();
    const { front, load, waiting } = setup({ waiting: vi.fn(async () => true) });
    front.init(config);
    await vi.advanceTimersByTimeAsync(999);
    expect(waiting).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('fetches nothing when no answers wait, or when it was destroyed first', async () => {
    vi.useFakeTimers();
    const none = setup();
    none.front.init(config);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(none.waiting).toHaveBeenCalledTimes(1);
    expect(none.load).not.toHaveBeenCalled();
    const gone = setup({ waiting: vi.fn(async () => true) });
    gone.front.init(config);
    gone.front.destroy();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(gone.waiting).not.toHaveBeenCalled();
    expect(gone.load).not.toHaveBeenCalled();
  });

  it('forgets the config on a destroy before anything was fetched; listeners stay', async () => {
    const { front, calls } = setup();
    const listener = () => {};
    front.init(config);
    front.on('shown', listener);
    front.destroy();
    front.step('checkout');
    await turns();
    expect(calls).toEqual([
      ['on', 'shown', listener],
      ['step', 'checkout'],
    ]);
  });

  it('on a server does nothing, fetches nothing and says nothing', async () => {
    const { front, load } = setup({ inBrowser: () => false });
    front.init(config);
    front.step('checkout');
    front.ask('checkout');
    await expect(front.flush()).resolves.toBeUndefined();
    expect(front.on('shown', () => {})).toBeTypeOf('function');
    await turns();
    expect(load).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns once when the widget cannot be fetched, keeps the set-up calls, and tries again on the next step', async () => {
    const { widget, calls } = recordingWidget();
    const attempt = deferred<{ createWidget: () => Feelback }>();
    const load = vi
      .fn<LazyOptions['load']>()
      .mockImplementationOnce(() => attempt.promise)
      .mockResolvedValue({ createWidget: () => widget });
    const front = lazyFeelback({ load, waiting: async () => false, inBrowser: () => true });
    front.init(config);
    front.step('checkout');
    const flushed = front.flush();
    attempt.reject(new Error('offline'));
    await expect(flushed).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toBe('[feelback] could not load; the next step tries again.');
    front.step('basket');
    await turns();
    expect(calls).toEqual([
      ['init', config],
      ['step', 'basket'],
    ]);
  });

  it('keeps an init that fetched the widget at once (triggers) when that fetch failed', async () => {
    const { widget, calls } = recordingWidget();
    const load = vi
      .fn<LazyOptions['load']>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ createWidget: () => widget });
    const front = lazyFeelback({ load, waiting: async () => false, inBrowser: () => true });
    const withTriggers = { ...config, triggers: [{ step: 'basket', on: { url: '/basket' } }] };
    front.init(withTriggers);
    await turns();
    front.step('basket');
    await turns();
    expect(calls).toEqual([
      ['init', withTriggers],
      ['step', 'basket'],
    ]);
  });

  it('never throws into the app, even when a console or a widget does', async () => {
    const { front } = setup({
      load: async () => ({
        createWidget: () =>
          ({
            step() {
              throw new Error('bug');
            },
          }) as unknown as Feelback,
      }),
    });
    front.step('checkout');
    await turns();
    warn.mockImplementation(() => {
      throw new Error('console is broken');
    });
    expect(() => front.step('basket')).not.toThrow();
    expect(front.on('shown', () => {})).toBeTypeOf('function');
  });
});
