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

  it('keeps the fetch of the moment it starts, called on the window, when the page replaces it later', async () => {
    const response = new Response('ok');
    const original = vi.fn(function (this: unknown, _url: string) {
      return Promise.resolve(response);
    });
    const win = page(true, original);
    const env = browserEnvironment(loaders);
    const replacement = vi.fn();
    win.fetch = replacement;
    await expect(env?.fetch('/answers')).resolves.toBe(response);
    expect(original.mock.calls).toEqual([['/answers']]);
    // Called on anything but the window, a browser's fetch throws "Illegal invocation".
    expect(original.mock.contexts).toEqual([win]);
    expect(replacement).not.toHaveBeenCalled();
  });

  it('keeps the JSON.stringify of the moment it starts', () => {
    page(true);
    const original = JSON.stringify;
    const env = browserEnvironment(loaders);
    const replacement = vi.spyOn(JSON, 'stringify').mockReturnValue('wrapped');
    expect(env?.stringify).toBe(original);
    expect(env?.stringify({ a: 1 })).toBe('{"a":1}');
    expect(replacement).not.toHaveBeenCalled();
  });
});
