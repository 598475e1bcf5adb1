// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../../src/shared/log.ts';

/** Puts `replacement` in place of the global console while `run` runs (synchronously), then restores it. */
function withConsole(replacement: unknown, run: () => void): void {
  const real = globalThis.console;
  globalThis.console = replacement as Console;
  try {
    run();
  } finally {
    globalThis.console = real;
  }
}

describe('createLogger', () => {
  it('warns through console.warn, prefixed, with the details after the message', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const detail = new Error('boom');
    createLogger(() => false).warn('could not start.', detail);
    expect(warn.mock.calls).toEqual([['[feelback] could not start.', detail]]);
  });

  it('prints debug lines through console.info only while isDebug() says so, asked at each call', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    let debug = false;
    const log = createLogger(() => debug);
    log.debug('first');
    debug = true;
    log.debug('second', { step: 'checkout' });
    debug = false;
    log.debug('third');
    expect(info.mock.calls).toEqual([['[feelback] second', { step: 'checkout' }]]);
  });

  it("starts every line with '[feelback] '", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const log = createLogger(() => true);
    log.warn('a');
    log.debug('b');
    log.warn('');
    const lines = [...warn.mock.calls, ...info.mock.calls].map((call) => call[0]);
    expect(lines).toEqual(['[feelback] a', '[feelback] ', '[feelback] b']);
  });

  it('uses the console of the moment of the call, not the one it was created with', () => {
    const log = createLogger(() => true);
    const warn = vi.fn();
    const info = vi.fn();
    withConsole({ warn, info }, () => {
      log.warn('later');
      log.debug('later too');
    });
    expect([warn.mock.calls, info.mock.calls]).toEqual([[['[feelback] later']], [['[feelback] later too']]]);
  });

  it('never throws when the console does', () => {
    const log = createLogger(() => true);
    const throwing = () => {
      throw new Error('console is broken');
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(throwing);
    const info = vi.spyOn(console, 'info').mockImplementation(throwing);
    expect(() => log.warn('x')).not.toThrow();
    expect(() => log.debug('y')).not.toThrow();
    // Called, so the error was thrown and swallowed, not skipped.
    expect([warn, info].map((spy) => spy.mock.results.map((result) => result.type))).toEqual([['throw'], ['throw']]);
  });

  it('never throws when the page removed the console or its methods', () => {
    const log = createLogger(() => true);
    for (const replacement of [undefined, null, {}, { warn: 'not a function', info: 42 }]) {
      withConsole(replacement, () => {
        expect(() => log.warn('x')).not.toThrow();
        expect(() => log.debug('y')).not.toThrow();
      });
    }
  });
});
