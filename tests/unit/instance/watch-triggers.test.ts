import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Environment, TriggersModule } from '../../../src/instance/environment.ts';
import { watchTriggers } from '../../../src/instance/watch-triggers.ts';
import { deferred, settle } from '../support/fixtures.ts';

const log = () => ({ warn: vi.fn(), debug: vi.fn() });

/** An environment whose trigger file arrives when the test says so. */
function setup() {
  const file = deferred<TriggersModule>();
  const stopRuntime = vi.fn();
  const startTriggers = vi.fn<TriggersModule['watchRules']>(() => stopRuntime);
  const loadTriggers = vi.fn(() => file.promise);
  const env = { window, loadTriggers } as unknown as Environment;
  const arrive = () => file.resolve({ watchRules: startTriggers } as unknown as TriggersModule);
  return { env, file, arrive, loadTriggers, startTriggers, stopRuntime };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('watchTriggers', () => {
  it('fetches nothing without triggers', () => {
    const { env, loadTriggers } = setup();
    watchTriggers(undefined, env, vi.fn(), log());
    watchTriggers([], env, vi.fn(), log());
    expect(loadTriggers).not.toHaveBeenCalled();
  });

  it('starts the runtime with the valid triggers once its file has arrived, and stops it', async () => {
    const { env, arrive, startTriggers, stopRuntime } = setup();
    const onStep = vi.fn();
    const stop = watchTriggers([{ step: 'checkout', on: { url: '/checkout' } }], env, onStep, log());
    expect(startTriggers).not.toHaveBeenCalled();
    arrive();
    await settle();
    expect(startTriggers).toHaveBeenCalledTimes(1);
    const [rules, host] = startTriggers.mock.calls[0] ?? [];
    // The rules as the site gave them: the trigger file checks them.
    expect(rules).toEqual([{ step: 'checkout', on: { url: '/checkout' } }]);
    expect(host?.onStep).toBe(onStep);
    stop();
    expect(stopRuntime).toHaveBeenCalledTimes(1);
  });

  it('reads an event detail as a step context only when it is one', async () => {
    const { env, arrive, startTriggers } = setup();
    watchTriggers([{ step: 'confirmed', on: { event: 'order-placed' } }], env, vi.fn(), log());
    arrive();
    await settle();
    const readContext = startTriggers.mock.calls[0]?.[1].readContext;
    expect(readContext?.({ question: 'How was paying?' })).toEqual({ question: 'How was paying?' });
    expect(readContext?.({ question: 42 })).toBeUndefined();
    expect(readContext?.('text')).toBeUndefined();
  });

  it('never starts a runtime that arrives after it was stopped', async () => {
    const { env, arrive, startTriggers } = setup();
    const stop = watchTriggers([{ step: 'checkout', on: { url: '/checkout' } }], env, vi.fn(), log());
    stop();
    arrive();
    await settle();
    expect(startTriggers).not.toHaveBeenCalled();
  });

  it("warns once when the rules throw as they are read (a Proxy of the page's): nothing reaches the page", async () => {
    const { env, arrive, startTriggers } = setup();
    startTriggers.mockImplementation(() => {
      throw new Error('x');
    });
    const logger = log();
    watchTriggers([{ step: 'checkout', on: { url: '/checkout' } }], env, vi.fn(), logger);
    arrive();
    await settle();
    expect(logger.warn.mock.calls).toEqual([['the triggers could not start (Error: x); step() calls still work.']]);
  });

  it('warns once when the file cannot load; step() calls still work', async () => {
    const { env, file } = setup();
    const logger = log();
    watchTriggers([{ step: 'checkout', on: { url: '/checkout' } }], env, vi.fn(), logger);
    file.reject(new TypeError('Failed to fetch'));
    await settle();
    expect(logger.warn.mock.calls).toEqual([
      ['the triggers could not start (TypeError: Failed to fetch); step() calls still work.'],
    ]);
  });
});
