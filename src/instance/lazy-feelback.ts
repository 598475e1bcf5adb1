import type { Feelback } from './feelback-api.js';
import { ASYNC, LEFTOVER_CHECK_MS, needsCore, SETUP } from './needs-widget.js';

/** Every command, in the order the instance lists them. */
const COMMANDS = ['init', 'step', 'ask', 'close', 'consent', 'flush', 'retryRejected', 'on', 'off', 'destroy'] as const;

export interface LazyOptions {
  /** Imports the widget: the bundler splits it off and fetches it when this is called. */
  load(): Promise<{ createWidget(): Feelback }>;
  /** Whether answers from an earlier visit wait on the device (then the widget comes to send them). */
  waiting(): Promise<boolean>;
  /** False on a server: there the widget is never fetched, and every command quietly does nothing. */
  inBrowser(): boolean;
}

type Call = [command: (typeof COMMANDS)[number], ...args: unknown[]];
/** A call waiting for the widget, with how to settle the promise it returned, if any. */
type Queued = [call: Call, settle?: (value: unknown) => void];

const warn = (message: string, detail: unknown) => {
  try {
    console.warn(`[feelback] ${message}`, detail);
  } catch {}
};

/**
 * An instance that costs an app's first load almost nothing: it queues calls and fetches the
 * widget (through `load`) only once there is something to do, as the script tag's loader does:
 * the first `step`, `ask`, `flush` or `retryRejected`, a config with triggers or `debug: true`,
 * or, a second after `init`, answers waiting on the device. Then it replays the calls in order
 * and hands every later one straight to the widget. It never throws.
 */
export function lazyFeelback(options: LazyOptions): Feelback {
  let widget: Feelback | undefined;
  let queue: Queued[] = [];
  let loading = false;
  let tried = false;
  let leftovers: ReturnType<typeof setTimeout> | undefined;

  const load = () => {
    if (loading) return;
    loading = tried = true;
    options.load().then(
      ({ createWidget }) => {
        const started = createWidget();
        // In order, calls made while replaying (by a listener) included.
        for (let next = queue.shift(); next; next = queue.shift()) {
          const result = apply(started, next[0]);
          next[1]?.(result);
        }
        widget = started;
      },
      (error) => {
        // Offline, or a deploy replaced the chunk: set-up calls wait for the next try.
        warn('could not load; the next step tries again.', error);
        for (const [, settle] of queue) settle?.(undefined);
        // What only sets things up waits (an init with triggers too); the rest was settled above.
        queue = queue.filter(([call]) => SETUP.includes(call[0]));
        loading = false;
      },
    );
  };

  const lookForLeftovers = () => {
    clearTimeout(leftovers);
    leftovers = setTimeout(() => {
      if (!tried) options.waiting().then((exists) => exists && !tried && load(), warn.bind(null, 'no outbox'));
    }, LEFTOVER_CHECK_MS);
  };

  const command = (call: Call): unknown => {
    if (widget) return apply(widget, call);
    const [name] = call;
    const async = ASYNC.includes(name);
    // On a server there is nothing to show, send or say.
    if (!options.inBrowser()) return async ? Promise.resolve() : undefined;
    if (name === 'init') lookForLeftovers();
    // Nothing fetched yet: forget the config; listeners and consent stay, as after a widget's destroy.
    if (name === 'destroy' && !loading) {
      clearTimeout(leftovers);
      queue = queue.filter(([queued]) => queued[0] !== 'init');
      return;
    }
    let settle: Queued[1];
    const result = async ? new Promise((resolve) => (settle = resolve)) : undefined;
    queue.push([call, settle]);
    if (needsCore(call)) load();
    return result;
  };

  const front = {} as Record<string, (...args: unknown[]) => unknown>;
  for (const name of COMMANDS) {
    front[name] = (...args) => {
      try {
        const result = command([name, ...args]);
        // `on` hands back how to undo it, also before the widget has come.
        return name === 'on' ? () => front.off?.(...args) : result;
      } catch {
        // Only the queue's own bookkeeping is left to fail here; the app must not see it.
        return name === 'on' ? () => {} : undefined;
      }
    };
  }
  return front as unknown as Feelback;
}

/** Calls one command of the widget (which never throws; this is in case it ever did, during a replay). */
function apply(widget: Feelback, [name, ...args]: Call): unknown {
  try {
    return (widget[name] as (...a: unknown[]) => unknown)(...args);
  } catch (error) {
    warn(`${name}() failed; the page carries on.`, error);
    return undefined;
  }
}
