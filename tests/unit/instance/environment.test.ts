// @vitest-environment node
// As on a server, there is no DOM; the browser cases below put a minimal window and document in place.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserEnvironment } from '../../../src/instance/environment.ts';

const loaders = {
  loadPrompt: vi.fn(),
  loadLocale: vi.fn(),
  loadTriggers: vi.fn(),
  loadDelivery: vi.fn(),
  loadOptionalChecks: vi.fn(),
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
    expect([env?.loadPrompt, env?.loadLocale, env?.loadTriggers, env?.loadDelivery, env?.loadOptionalChecks]).toEqual([
      loaders.loadPrompt,
      loaders.loadLocale,
      loaders.loadTriggers,
      loaders.loadDelivery,
      loaders.loadOptionalChecks,
    ]);
  });

  it('keeps the fetch and JSON.stringify of the moment it starts, for delivery, when the page replaces them later', () => {
    const original = vi.fn();
    const win = page(true, original);
    const env = browserEnvironment(loaders);
    win.fetch = vi.fn();
    vi.spyOn(JSON, 'stringify').mockReturnValue('wrapped');
    expect(env?.found.fetch).toBe(original);
    expect(env?.found.stringify).not.toBe(JSON.stringify);
    // Delivery makes sure they are the browser's own (queue/clean-globals.ts); tests may give theirs.
    expect(env?.transport).toBeUndefined();
  });
});
