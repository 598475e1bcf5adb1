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
 * Creates a widget instance; without a config it waits for `init`. Nothing here ever throws
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

  const listenerArgs = (method: string, event: unknown, listener: unknown) => {
    const ok = EVENT_NAMES.includes(event as EventName) && typeof listener === 'function';
    if (!ok) log.warn(`${method}(): expected an event (${EVENT_NAMES.join(', ')}) and a function.`);
    return ok;
  };

  const instance: Feelback = {
    init(input) {
      instance.destroy();
      const result = parseConfig(input);
      if (!result.ok) return log.warn(`${result.message} The widget stays off until this is fixed.`);
      if (result.unknownKeys.length) log.warn(`unknown config option(s) ignored: ${result.unknownKeys.join(', ')}.`);
      const env = environment();
      // On a server there is nothing to show and nothing to send.
      if (env) runtime = startRuntime(result.config, env, emitter, log);
      debug = result.config.debug;
    },
    ask(step, context) {
      const name = stepNameSchema.safeParse(step);
      if (!runtime) log.warn(`ask(${JSON.stringify(step)}) ignored: init has not succeeded.`);
      else if (!name.success) log.warn(`ask(${JSON.stringify(step)}): ${name.error.issues[0]?.message}.`);
      else runtime.ask(name.data, context);
    },
    flush: async () => runtime?.flush(),
    on(event, listener) {
      if (listenerArgs('on', event, listener)) emitter.on(event, listener);
    },
    off(event, listener) {
      if (listenerArgs('off', event, listener)) emitter.off(event, listener);
    },
    destroy() {
      runtime?.destroy();
      runtime = undefined;
    },
  };
  // A bug of ours must not become an exception in the host page.
  for (const [name, method] of Object.entries(instance) as Array<[keyof Feelback, (...args: unknown[]) => unknown]>) {
    instance[name] = ((...args: unknown[]) => {
      try {
        return method(...args);
      } catch (error) {
        log.warn(`${name}() failed; the widget keeps running.`, error);
      }
    }) as never;
  }
  if (config !== undefined) instance.init(config);
  return instance;
}
