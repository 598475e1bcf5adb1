/**
 * The script-tag entry (dist/feelback.js), and the only module with a global side effect. It is
 * a loader: it takes over the `window.feelback` stub, queues calls, and imports the widget
 * (dist/feelback-core.*.js, from beside itself) only once there is something to do: a step, an
 * ask, a flush, triggers to watch, or answers left from an earlier visit. A page view where
 * nothing happens costs this small file and nothing else.
 */
import { ASYNC, LEFTOVER_CHECK_MS, needsCore, SETUP } from './instance/needs-widget.js';
import type { LoadFile, RunCommand, startFeelback } from './instance/script-tag.js';
import { OUTBOX_DB } from './queue/queue.js';
import { databaseExists } from './shared/idb-store.js';
import { WIDGET_VERSION } from './shared/version.js';

/** The content hash of each file the loader imports by name (`core` → feelback-core.<hash>.js); written by the build. */
declare const FEELBACK_FILES: Record<string, string>;
/** The content hash of the languages' files (`locales/de.<hash>.js`); written by the build. */
declare const FEELBACK_LOCALES: string;
/**
 * True in the build for hosts whose files sit in one flat folder (a Shopify theme app
 * extension's assets): a language's file is `locales-de.<hash>.js` there, not `locales/de.<hash>.js`.
 */
declare const FEELBACK_FLAT: boolean;

type Call = ArrayLike<unknown>;
type Stub = ((...args: unknown[]) => unknown) & { q?: ArrayLike<Call>; loaded?: true };
/** A call waiting for the widget, with how to settle the promise it returned, if any. */
type Queued = [call: Call, settle?: (value: unknown) => void];

/** The etiquette memory: where it exists, the shopper acted on a prompt before, and a step rarely prompts. */
const JOURNEY_DB = 'feelback-journey';

/** The loader's one kind of console line (the widget has the full logger, shared/log.ts). */
const warn = (message: string, detail?: unknown) => {
  try {
    console.warn(`[feelback] ${message}`, ...(detail === undefined ? [] : [detail]));
  } catch {}
};

/** Config from `<script src=".../feelback.js" data-endpoint="…" data-site="…">` (text options only). */
function configFromScript(script: HTMLScriptElement | undefined) {
  if (!script?.dataset.endpoint) return undefined;
  const { endpoint, site, locale, question } = script.dataset;
  return { endpoint, site, locale, question };
}

function boot(): void {
  const page = window as unknown as { feelback?: Stub };
  // Its own mark only: a page's Object.prototype.loaded is not an earlier copy of us.
  if (Object.hasOwn(page.feelback ?? {}, 'loaded')) {
    warn('loaded twice; the second copy does nothing.');
    return;
  }
  let queue: Queued[] = Array.from(page.feelback?.q ?? [], (call) => [Array.from(call)]);
  const current = document.currentScript;
  const script = current instanceof HTMLScriptElement ? current : undefined;
  // currentScript exists only while this file runs; an inlined copy has no src, so use the page's base.
  let base = script?.src || document.baseURI;
  // A package CDN's short URL (`…/npm/feelback`, `…/feelback@0.1`) serves this file, but the others
  // are in that version's dist/: never beside the short URL, where other packages' files are.
  // Looked at as text: a first `new URL` on a quiet page costs it heap it would not otherwise use.
  if (script?.src && !/\.js([?#]|$)/.test(base)) {
    const from = new URL(base);
    from.pathname = `${from.pathname.split('@')[0]}@${WIDGET_VERSION}/dist/`;
    base = from.href;
  }
  const fromScript = configFromScript(script);
  if (fromScript && !queue.some(([call]) => call[0] === 'init')) queue.unshift([['init', fromScript]]);
  // The promise every async function makes: still there when a page removed window.Promise.
  const Deferred = (async () => {})().constructor as PromiseConstructor;

  /**
   * Imports one of our files by name. A failed import is tried once more under a fresh URL:
   * browsers before whatwg/html#10327 keep a failed module for its URL for the page's life.
   */
  const load: LoadFile = (name) => {
    const url = new URL(
      name.includes('/')
        ? `${FEELBACK_FLAT ? name.replace('/', '-') : name}.${FEELBACK_LOCALES}.js`
        : `feelback-${name}.${FEELBACK_FILES[name]}.js`,
      base,
    ).href;
    return import(/* @vite-ignore */ url).catch(() => import(/* @vite-ignore */ `${url}?retry=${Date.now()}`));
  };
  // Taken now, before the page's own scripts may wrap or replace them (see queue/clean-globals.ts).
  const found = { fetch: window.fetch, stringify: JSON.stringify };
  let run: RunCommand | undefined;
  let loading = false;
  let tried = false;
  /**
   * `call`: the command it is loaded for; none for answers left from an earlier visit. It is
   * loading from now on (a call meanwhile waits in the queue); the imports start in `later`.
   */
  const loadCore = (call?: Call, later = (start: () => void) => start()) => {
    if (loading) return;
    loading = tried = true;
    later(() => {
      const asks = call?.[0] === 'step' || call?.[0] === 'ask';
      // A page that asks: its prompt's file comes beside the widget's, not after it. Unless the
      // shopper has acted on a prompt before (then a step rarely prompts): those steps fetch it when they do.
      const prompt = asks
        ? databaseExists(JOURNEY_DB).then((acted) => (acted ? undefined : load('prompt')))
        : undefined;
      // The widget may never need it: a failure must not reach the page as an unhandled rejection.
      prompt?.catch(() => {});
      load('core').then(
        (core) => {
          try {
            const started = (core as { startFeelback: typeof startFeelback }).startFeelback(load, found, prompt);
            // In order, calls made while replaying (by a listener) included.
            for (let next = queue.shift(); next; next = queue.shift()) {
              const result = started(next[0]);
              next[1]?.(result);
            }
            run = started;
          } catch (error) {
            warn('could not start.', error);
          }
        },
        (error) => {
          // Offline, or blocked: the set-up calls wait for the next try; the moment of the others has passed.
          warn(`could not load (${error}); the next step tries again.`);
          for (const [, settle] of queue) settle?.(undefined);
          queue = queue.filter(([call]) => SETUP.includes(call[0]));
          loading = false;
        },
      );
    });
  };

  /** A second after load, or after an `init` made later (by a tag manager, a consent banner). */
  const lookForLeftovers = () =>
    setTimeout(() => {
      // Once a load was tried, leftovers wait for the next step, as everything else does.
      if (tried || !queue.some(([call]) => call[0] === 'init')) return;
      // Without databases() (Firefox < 126) this says "maybe", and the widget loads to look.
      databaseExists(OUTBOX_DB).then((exists) => exists && loadCore(), warn);
    }, LEFTOVER_CHECK_MS);

  const feelback: Stub = (...args) => {
    // Never into the page: a config that throws when read (a getter, a revoked Proxy) is warned
    // about and stays queued; the widget refuses it, as any bad config, once it comes.
    try {
      if (run) return run(args);
      if (args[0] === 'init') lookForLeftovers();
      // Nothing started yet: forget the config; listeners and consent stay, as they do after a start.
      if (args[0] === 'destroy' && !loading) {
        queue = queue.filter(([call]) => call[0] !== 'init');
        return;
      }
      let settle: Queued[1];
      const result = ASYNC.includes(args[0])
        ? new Deferred((resolve) => {
            settle = resolve;
          })
        : undefined;
      queue.push([args, settle]);
      if (needsCore(args)) loadCore(args);
      return result;
    } catch (error) {
      warn('could not start.', error);
    }
  };
  feelback.loaded = true;
  page.feelback = feelback;

  const first = queue.find(([call]) => needsCore(call))?.[0];
  // The imports in a task of their own: starting them was most of this file's evaluation, a task
  // of about 45 ms at 4× CPU (median, prompt on load) and over 50 ms in some loads; apart, 9 ms.
  // Out of this function's catch there, so with one of its own.
  if (first)
    loadCore(first, (start) =>
      setTimeout(() => {
        try {
          start();
        } catch (error) {
          warn('could not start.', error);
        }
      }),
    );
  lookForLeftovers();
}

try {
  boot();
} catch (error) {
  warn('could not start.', error);
}
