// @vitest-environment node
// As on a server, there is no DOM; the browser cases below put a minimal window and document in place.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserEnvironment } from '../../src/environment.ts';

const loaders = {
  loadPrompt: vi.fn(),
  loadLocale: vi.fn(),
  loadTriggers: vi.fn(),
};

/** A page: a document, and a window with the given isSecureContext and fetch. */
function page(isSecureContext: boolean | undefined, fetch: unknown = vi.fn()) {
  const win = { isSecureContext, fetch };
  vi.stubGlobal('window', win);
  vi.stubGlobal('document', {});
  return win;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('browserEnvironment', () => {
  it('is undefined without a DOM, as on a server', () => {
    expect(typeof document).toBe('undefined');
    expect(browserEnvironment(loaders)).toBeUndefined();
  });

  it.each([false, undefined])('is undefined when isSecureContext is %s', (isSecureContext) => {
    page(isSecureContext);
    expect(browserEnvironment(loaders)).toBeUndefined();
  });

  it('is there in a secure context, with the page’s window and the loaders given', () => {
    const win = page(true);
    const env = browserEnvironment(loaders);
    expect(env?.window).toBe(win);
    expect([env?.loadPrompt, env?.loadLocale, env?.loadTriggers]).toEqual([
      loaders.loadPrompt,
      loaders.loadLocale,
      loaders.loadTriggers,
    ]);
  });

  it('sends with the fetch and JSON.stringify of the moment it starts, when the page replaces them later', () => {
    const original = Math.max as unknown as typeof fetch;
    const win = page(true, original);
    Object.assign(win, { JSON: { stringify: JSON.stringify }, document: globalThis.document });
    const env = browserEnvironment(loaders);
    win.fetch = vi.fn();
    const replacement = vi.spyOn(JSON, 'stringify').mockReturnValue('wrapped');
    const transport = env?.transport();
    expect(transport?.stringify).not.toBe(replacement);
    expect(transport?.stringify({ a: 1 })).toBe('{"a":1}');
    expect(replacement).not.toHaveBeenCalled();
    // The browser's own fetch, bound to the window (anything else throws "Illegal invocation").
    expect(transport?.fetch?.name).toBe('bound max');
  });
});
