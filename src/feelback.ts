import { parseConfig } from './config/parse-config.js';
import { stepNameSchema } from './config/schema.js';
import { buildAnswerEvent } from './delivery/build-answer-event.js';
import { createDeliverer, type Deliverer } from './delivery/deliverer.js';
import { createLeaseLock } from './delivery/lease-lock.js';
import { sendBatch } from './delivery/send-batch.js';
import type { Environment } from './environment.js';
import { createEmitter, type EventName, type Listener } from './events/emitter.js';
import { resolveLocale } from './i18n/resolve-locale.js';
import { createLogger } from './log.js';
import { newRecord } from './outbox/outbox-record.js';
import { createResilientOutbox, STORAGE_CAP } from './outbox/resilient-outbox.js';
import type { PromptAnswer } from './ui/state.js';

/** Per-call options of `ask`. */
export interface AskContext {
  /** Overrides the question for this prompt only. */
  question?: string;
}

export interface Feelback {
  /** Validates the config and switches the widget on. A second call replaces the config. */
  init(config: unknown): void;
  /** Shows the prompt for this journey step now. */
  ask(step: string, context?: AskContext): void;
  /** Settles after one delivery attempt of every pending answer. Never rejects. */
  flush(): Promise<void>;
  /** Puts the answers the endpoint refused (dead letters) back in the queue and delivers them. */
  retryRejected(): Promise<void>;
  on<E extends EventName>(event: E, listener: Listener<E>): void;
  off<E extends EventName>(event: E, listener: Listener<E>): void;
  /** Removes the prompt, listeners and timers; stored answers stay for the next page. */
  destroy(): void;
}

/**
 * Creates a widget instance; without a config it waits for `init`. Nothing here ever throws
 * into the page: a bad call becomes one console warning that says what to fix.
 */
export function createFeelback(config: unknown, environment: () => Environment | undefined): Feelback {
  let debug = false;
  const log = createLogger(() => debug);
  const emitter = createEmitter(log.warn);
  /** Everything `init` set up; undone by `destroy`. */
  let started: { ask: Feelback['ask']; deliverer: Deliverer; stop(): void } | undefined;

  function start(input: unknown) {
    const parsed = parseConfig(input);
    if (!parsed.ok) return log.warn(`${parsed.message} The widget stays off.`);
    const { config, unknown } = parsed;
    if (unknown.length) log.warn(`config: unknown option(s) ${unknown.join(', ')} ignored.`);
    debug = config.debug;
    const env = environment();
    // On a server there is nothing to show or send; on an http page, no secure storage or ids.
    if (!env) return typeof document === 'object' && log.warn('this page is not https; the widget stays off.');
    const win = env.window;
    const outbox = createResilientOutbox(
      env.openOutbox(),
      (error) =>
        emitter.emit('error', {
          code: 'storage-unavailable',
          message: `IndexedDB is unavailable (${error}); answers are kept in memory for this page only.`,
        }),
      STORAGE_CAP,
      () => log.warn(`${STORAGE_CAP} answers are waiting on this device; a new one is kept for this page only.`),
    );
    const locks = win.navigator.locks;
    const leaseLock = createLeaseLock(outbox, String(env.random()), env.now, () => !started);
    const deliverer = createDeliverer(config.delivery, {
      outbox,
      send: (events, keepalive) =>
        sendBatch(events, { endpoint: config.endpoint, ...config.delivery }, env.fetch, keepalive),
      emit: emitter.emit,
      // One tab delivers at a time, so tabs coming online together never send an answer twice.
      // The lease also inside the Web Lock: a page whose host removed navigator.locks takes turns too.
      withLock: (task) => (locks ? locks.request('feelback-delivery', () => leaseLock(task, true)) : leaseLock(task)),
      now: env.now,
      random: env.random,
    });
    const locale = resolveLocale(config.locale, win.document.documentElement.lang, win.navigator.language);
    const deliverNow = () => void deliverer.deliverPending(true);
    win.addEventListener('online', deliverNow);
    // On window, not document: pagehide is never dispatched to document (analytics-next PR#714).
    const onHide = (event: Event) =>
      (event.type === 'pagehide' || win.document.visibilityState === 'hidden') && deliverer.sendOnHide();
    win.addEventListener('pagehide', onHide);
    win.document.addEventListener('visibilitychange', onHide);
    // Answers left from an earlier visit go out once the page has settled, not during its load.
    const idle = win.setTimeout(() => deliverer.deliverPending(), 1_000);
    /** The open prompt's remover; `true` while its UI file is loading. */
    let prompt: (() => void) | true | undefined;

    const ask = (step: string, context: AskContext = {}) => {
      if (prompt) return log.debug(`ask(${step}): a prompt is already open.`);
      const question = context.question ?? config.steps[step]?.question ?? config.question;
      prompt = true;
      // The UI (preact, components, styles, strings) is fetched on the first prompt only.
      env
        .loadPrompt()
        .then(({ openPromptSession }) => {
          if (prompt !== true) return; // destroyed while loading
          prompt = openPromptSession({
            doc: win.document,
            question,
            lang: 'en',
            dir: 'ltr',
            theme: config.theme,
            save: (answer) => saveAnswer(step, answer),
            onClose(reason, answered) {
              prompt = undefined;
              if (!answered) emitter.emit('dismissed', { step, reason });
            },
          });
          emitter.emit('shown', { step });
        })
        .catch((error) => {
          prompt = undefined;
          emitter.emit('error', { code: 'prompt-unavailable', message: `the prompt could not load (${error}).` });
        });
    };

    const saveAnswer = async (step: string, answer: PromptAnswer) => {
      const event = buildAnswerEvent(
        { step, ...answer },
        { id: env.uuid(), site: config.site, time: env.now(), page: win.location.pathname, locale },
      );
      if (!event) {
        log.warn(`ask(${step}): the answer failed validation.`);
        return undefined;
      }
      // Stored before we say thanks; the outbox falls back to memory rather than fail.
      const stored = await deliverer.add(newRecord(event, env.now()));
      // A copy: a listener that edits it must not change what is stored and sent.
      emitter.emit('answered', { id: event.id, step, rating: answer.rating, event: structuredClone(event), stored });
      void deliverer.deliverPending();
      // "Saved, we'll send it later" only when that is true: offline and durably stored.
      return !win.navigator.onLine && stored ? 'saved-offline' : 'thanks';
    };

    started = {
      ask,
      deliverer,
      stop() {
        if (typeof prompt === 'function') prompt();
        prompt = undefined;
        win.removeEventListener('online', deliverNow);
        win.removeEventListener('pagehide', onHide);
        win.document.removeEventListener('visibilitychange', onHide);
        win.clearTimeout(idle);
        deliverer.stop();
      },
    };
  }

  const isListener = (listener: unknown) =>
    typeof listener === 'function' || log.warn(`on/off: expected a function, got ${typeof listener}.`);

  const instance: Feelback = {
    init(input) {
      instance.destroy();
      start(input);
    },
    ask(step, context) {
      const name = stepNameSchema.safeParse(step);
      if (!started) log.warn(`ask(${JSON.stringify(step)}) ignored: init has not succeeded.`);
      else if (!name.success) log.warn(`ask(${JSON.stringify(step)}): ${name.error.issues[0]?.message}.`);
      else started.ask(name.data, context);
    },
    flush: async () => started?.deliverer.deliverPending(true),
    retryRejected: async () => started?.deliverer.retryRejected(),
    on(event, listener) {
      if (isListener(listener)) emitter.on(event, listener);
    },
    off(event, listener) {
      if (isListener(listener)) emitter.off(event, listener);
    },
    destroy() {
      started?.stop();
      started = undefined;
    },
  };
  // A bug of ours must never become an exception in the host page.
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
