import { parseConfig } from './config/parse-config.js';
import { stepNameSchema } from './config/schema.js';
import { browserEnvironment, type Environment } from './environment.js';
import { createEmitter, EVENT_NAMES, type EventName, type Listener } from './events/emitter.js';
import { createLogger } from './log.js';
import { type AskContext, type Runtime, startRuntime } from './runtime.js';

export interface Feelback {
  /** Validates the config and switches the widget on. A second call replaces the config. */
  init(config: unknown): void;
  /** Shows the prompt for this journey step now. */
  ask(step: string, context?: AskContext): void;
  /** Settles after one delivery attempt of every pending answer. Never rejects. */
  flush(): Promise<void>;
  on<E extends EventName>(event: E, listener: Listener<E>): void;
  off<E extends EventName>(event: E, listener: Listener<E>): void;
  /** Removes the prompt and every listener and timer; stored answers stay for the next page. */
  destroy(): void;
}

/**
 * Creates a widget instance. Without a config it waits for `init`. Nothing here ever throws
 * into the page: a bad call becomes one console warning that says what to fix.
 */
export function createFeelback(
  config?: unknown,
  environment: () => Environment | undefined = browserEnvironment,
): Feelback {
  let debug = false;
  const log = createLogger(() => debug);
  const emitter = createEmitter(log.warn);
  let runtime: Runtime | undefined;

  const guard =
    <A extends unknown[], R>(name: string, fn: (...args: A) => R, fallback: R) =>
    (...args: A): R => {
      try {
        return fn(...args);
      } catch (error) {
        log.warn(`${name}() failed unexpectedly; the widget keeps running.`, error);
        return fallback;
      }
    };

  const checkListener = (method: string, event: unknown, listener: unknown) => {
    if (EVENT_NAMES.includes(event as EventName) && typeof listener === 'function') return true;
    log.warn(`${method}(): expected one of ${EVENT_NAMES.join(', ')} and a function, got ${String(event)}.`);
    return false;
  };

  const instance: Feelback = {
    init: guard(
      'init',
      (input: unknown) => {
        runtime?.destroy();
        runtime = undefined;
        const result = parseConfig(input);
        if (!result.ok) {
          log.warn(`${result.message} The widget stays off until this is fixed.`);
          return;
        }
        if (result.unknownKeys.length) log.warn(`unknown config option(s) ignored: ${result.unknownKeys.join(', ')}.`);
        const env = environment();
        if (!env) return; // On a server: nothing to show, nothing to send.
        debug = result.config.debug;
        runtime = startRuntime(result.config, env, emitter, log);
        log.debug('initialised.', result.config);
      },
      undefined,
    ),
    ask: guard(
      'ask',
      (step: string, context?: AskContext) => {
        if (!runtime) return log.warn(`ask("${String(step)}") ignored: call init with a valid config first.`);
        const name = stepNameSchema.safeParse(step);
        if (!name.success)
          return log.warn(`ask(): step ${JSON.stringify(step)} is invalid (${name.error.issues[0]?.message}).`);
        runtime.ask(name.data, context);
      },
      undefined,
    ),
    flush: guard('flush', () => runtime?.flush() ?? Promise.resolve(), Promise.resolve()),
    on(event, listener) {
      if (checkListener('on', event, listener)) emitter.on(event, listener);
    },
    off(event, listener) {
      if (checkListener('off', event, listener)) emitter.off(event, listener);
    },
    destroy: guard(
      'destroy',
      () => {
        runtime?.destroy();
        runtime = undefined;
      },
      undefined,
    ),
  };
  if (config !== undefined) instance.init(config);
  return instance;
}
