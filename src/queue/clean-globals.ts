/** What sending needs from the page, as the browser made it. */
export interface Transport {
  fetch: typeof fetch | undefined;
  stringify: typeof JSON.stringify;
}

/** A function the browser made, not one a page put in its place (a bound or wrapped one fails). */
const isNative = (fn: unknown) => {
  try {
    return (
      typeof fn === 'function' &&
      /^function \w+\(\) \{\s*\[native code\]\s*\}$/.test(Function.prototype.toString.call(fn))
    );
  } catch {
    return false;
  }
};

/**
 * `fetch` and `JSON.stringify` as the browser made them. A host page (or a script it loaded
 * before us) may have wrapped or broken them: then they come from a hidden same-origin iframe,
 * which is removed at once (as Sentry's `getNativeImplementation` does); the iframe's fetch
 * bound to this window sends as this window does. The page's own globals are never replaced.
 * `fetch` is undefined where even that fails: the caller falls back to XMLHttpRequest.
 */
export function cleanGlobals(page: Window, found: Partial<Transport> = {}): Transport {
  const win = page as Window & typeof globalThis;
  const fetch = found.fetch ?? win.fetch;
  const stringify = found.stringify ?? win.JSON.stringify;
  if (isNative(fetch) && isNative(stringify)) return { fetch: fetch.bind(win), stringify };
  let frame: HTMLIFrameElement | undefined;
  try {
    frame = win.document.createElement('iframe');
    frame.hidden = true;
    (win.document.head ?? win.document.documentElement).append(frame);
    const clean = frame.contentWindow as typeof win | null;
    return {
      fetch: isNative(fetch) ? fetch.bind(win) : clean?.fetch.bind(win),
      stringify: isNative(stringify) ? stringify : (clean?.JSON.stringify ?? stringify),
    };
  } catch {
    return { fetch: isNative(fetch) ? fetch.bind(win) : undefined, stringify };
  } finally {
    frame?.remove();
  }
}
