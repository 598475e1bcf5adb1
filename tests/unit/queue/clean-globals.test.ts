// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { cleanGlobals } from '../../../src/queue/clean-globals.ts';

/** A function the browser made (any built-in shows as `[native code]`); the regex test is all that looks. */
const native = Math.max as unknown as typeof fetch;
const wrapped = (() => Promise.reject(new Error('the shop broke it'))) as unknown as typeof fetch;

/** A page with these globals, whose iframes hold `clean` ones. */
function page(fetch: unknown, stringify: unknown, clean?: { fetch: unknown; JSON: { stringify: unknown } } | 'fails') {
  const frame = {
    hidden: false,
    contentWindow: clean === 'fails' ? null : clean,
    remove: vi.fn(),
  };
  const append = vi.fn(() => {
    if (clean === 'fails') throw new DOMException('no frames here', 'SecurityError');
  });
  const win = {
    fetch,
    JSON: { stringify },
    document: { createElement: vi.fn(() => frame), head: { append }, documentElement: { append } },
  };
  return { win: win as unknown as Window, frame, append };
}

describe('cleanGlobals', () => {
  it("keeps the page's own fetch and JSON when the browser made them, and makes no iframe", () => {
    const { win, append } = page(native, JSON.stringify);
    const transport = cleanGlobals(win);
    expect(transport.stringify).toBe(JSON.stringify);
    // The page's own (Math.max stands in for it), not something else that is a function.
    expect(transport.fetch?.(3 as never, 7 as never)).toBe(7);
    expect(append).not.toHaveBeenCalled();
  });

  it('takes fetch from a hidden iframe when the page wrapped it, removes the iframe, and leaves the page alone', () => {
    const cleanFetch = vi.fn(async function (this: unknown) {
      return this;
    });
    const { win, frame } = page(wrapped, JSON.stringify, { fetch: cleanFetch, JSON: { stringify: JSON.stringify } });
    const transport = cleanGlobals(win);
    expect(frame.hidden).toBe(true);
    expect(frame.remove).toHaveBeenCalled();
    expect((win as unknown as { fetch: unknown }).fetch).toBe(wrapped);
    // Bound to the page's window: it sends as the page does.
    return expect(transport.fetch?.('x')).resolves.toBe(win);
  });

  it('takes JSON.stringify from the iframe when the page replaced it', () => {
    const broken = () => {
      throw new Error('the shop broke JSON');
    };
    const cleanStringify = vi.fn(JSON.stringify);
    const { win } = page(native, broken, { fetch: native, JSON: { stringify: cleanStringify } });
    expect(cleanGlobals(win).stringify).toBe(cleanStringify);
  });

  it('prefers what the loader found before the page ran over what the page has now', () => {
    const { win, append } = page(wrapped, () => '"hijacked"');
    const transport = cleanGlobals(win, { fetch: native, stringify: JSON.stringify });
    expect(transport.stringify).toBe(JSON.stringify);
    // The loader's fetch (Math.max stands in for it): the page's wrapper would reject.
    expect(transport.fetch?.(3 as never, 7 as never)).toBe(7);
    expect(append).not.toHaveBeenCalled();
  });

  it('gives no fetch where no clean one can be had, so sending falls back to XMLHttpRequest', () => {
    const { win } = page(wrapped, JSON.stringify, 'fails');
    expect(cleanGlobals(win)).toEqual({ fetch: undefined, stringify: JSON.stringify });
  });
});
