import { checkTheme } from './config/appearance.js';
import { parseConfig } from './config/parse-config.js';
import { getContextSchema, getStepNameSchema } from './config/schema.js';
import { getAnswerEventSchema } from './delivery/answer-event.js';
import { buildAnswerEvent } from './delivery/build-answer-event.js';
import { createDeliverer, type Deliverer } from './delivery/deliverer.js';
import { createLeaseLock, withDeliveryLock } from './delivery/lease-lock.js';
import { sendBatch } from './delivery/send-batch.js';
import type { Environment } from './environment.js';
import { forwardToDataLayer } from './events/data-layer.js';
import { createEmitter, type EventName, type Listener } from './events/emitter.js';
import { resolveLocale } from './i18n/resolve-locale.js';
import { createMemoryEtiquetteStore } from './journey/etiquette-store.js';
import { type AskContext, createJourney, type Journey } from './journey/journey.js';
import { parseStepRules, type StepRule } from './journey/step-rules.js';
import { parseTriggers } from './journey/trigger-rules.js';
import { createLogger } from './log.js';
import { newRecord } from './outbox/outbox-record.js';
import { createResilientOutbox, STORAGE_CAP } from './outbox/resilient-outbox.js';
import type { PromptAnswer } from './ui/state.js';

export type { AskContext };

export interface Feelback {
  /** Validates the config and switches the widget on. A second call replaces the config. */
  init(config: unknown): void;
  /** The shopper reached this journey step: prompts if the step's rules and the etiquette allow. */
  step(step: string, context?: AskContext): void;
  /** Shows the prompt for this step now, unless the shopper chose "don't ask me again". */
  ask(step: string, context?: AskContext): void;
  /** Whether the site's consent banner allows storing etiquette memory on the device. */
  consent(granted: boolean): void;
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
  let started: { journey: Journey; deliverer: Deliverer; stop(): void } | undefined;
  /** Set by `consent()`, also before `init`; wins over the `consent` option. */
  let consented: boolean | undefined;

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
    const deliverer = createDeliverer(config.delivery, {
      outbox,
      send: (events, keepalive) =>
        sendBatch(events, { endpoint: config.endpoint, ...config.delivery }, env.fetch, keepalive, env.stringify),
      emit: emitter.emit,
      withLock: withDeliveryLock(
        createLeaseLock(outbox, String(env.random()), env.now, () => !started),
        () => win.navigator.locks,
      ),
      now: env.now,
      random: env.random,
    });
    const css = Object.keys(config.theme).length ? (win as Window & { CSS?: typeof CSS }).CSS : undefined;
    const theme = checkTheme(config.theme, css && ((property, value) => css.supports(property, value)), log.warn);
    const { placement = 'bottom-right' } = config;
    /** Read when an answer is given or a prompt shows: a single-page app may change `lang`. */
    const shopperLocale = () => resolveLocale(config.locale, win.document.documentElement.lang, win.navigator.language);
    // A shopper takes seconds to answer: meanwhile build the answer's schema and connect to the
    // outbox where it exists, so Send waits for the write alone.
    const prepareForAnswer = () => {
      getAnswerEventSchema();
      void outbox.open?.();
    };
    emitter.on('shown', prepareForAnswer);
    const deliverNow = () => void deliverer.deliverPending(true);
    win.addEventListener('online', deliverNow);
    // On window, not document: pagehide is never dispatched to document (analytics-next PR#714).
    const onHide = (event: Event) =>
      (event.type === 'pagehide' || win.document.visibilityState === 'hidden') && deliverer.sendOnHide();
    win.addEventListener('pagehide', onHide);
    win.document.addEventListener('visibilitychange', onHide);
    // Answers left from an earlier visit go out once the page has settled, not during its load.
    const idle = win.setTimeout(() => deliverer.deliverPending(), 1_000);
    /** The page element an inline prompt goes in; without one it shows in the corner. */
    const findSlot = (selector: string) => {
      let slot: Element | null = null;
      try {
        slot = win.document.querySelector(selector);
      } catch {}
      if (!slot) log.warn(`config.placement.inline: no element matches ${selector}; shown in the corner.`);
      return slot ?? undefined;
    };

    /** Where the prompt goes, looked up when it shows (the slot may appear later in an SPA). */
    const where = () => {
      const slot = typeof placement === 'object' ? findSlot(placement.inline) : undefined;
      return {
        placement: slot ? ('inline' as const) : typeof placement === 'object' ? undefined : placement,
        container: slot,
      };
    };

    /** Global Privacy Control: the answer itself is sent, not where or in which language it was given. */
    const gpc = () => (win.navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
    const saveAnswer = async (step: string, rule: StepRule, answer: PromptAnswer) => {
      const event = buildAnswerEvent(
        { step, instrument: rule.instrument, ...answer },
        {
          id: env.uuid(),
          site: config.site,
          time: env.now(),
          ...(!gpc() && { page: win.location.pathname, locale: shopperLocale() }),
        },
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

    const journey = createJourney({
      env,
      rules: parseStepRules(config.steps, log.warn),
      etiquette: config.etiquette,
      question: config.question,
      locale: shopperLocale,
      strings: config.strings,
      privacyUrl: config.privacyUrl,
      theme,
      colorScheme: config.colorScheme,
      where,
      store: env.openEtiquette,
      memory: createMemoryEtiquetteStore(),
      consent: consented ?? config.consent,
      log,
      emit: emitter.emit,
      save: saveAnswer,
    });
    // Under Global Privacy Control nothing goes to the page's analytics either.
    const stopDataLayer = config.dataLayer && !gpc() ? forwardToDataLayer(emitter, win) : undefined;
    // Declarative triggers report steps like a site's own step() calls: the etiquette decides.
    // Their runtime is a file of its own, fetched only when the config has valid triggers.
    const triggers = parseTriggers(config.triggers, log.warn, win.document);
    let stopTriggers: (() => void) | undefined;
    let stopped = false;
    if (triggers.length) {
      env.loadTriggers().then(
        ({ startTriggers }) => {
          if (stopped) return;
          stopTriggers = startTriggers(triggers, {
            window: win,
            onStep: journey.step,
            readContext: (detail) => {
              const context = getContextSchema().safeParse(detail);
              return context.success ? context.data : undefined;
            },
            log,
          });
        },
        (error) => log.warn(`the triggers could not load (${error}); step() calls still work.`),
      );
    }

    started = {
      journey,
      deliverer,
      stop() {
        journey.stop();
        stopDataLayer?.();
        emitter.off('shown', prepareForAnswer);
        win.removeEventListener('online', deliverNow);
        win.removeEventListener('pagehide', onHide);
        win.document.removeEventListener('visibilitychange', onHide);
        win.clearTimeout(idle);
        deliverer.stop();
        stopped = true;
        stopTriggers?.();
      },
    };
  }

  /** The step name and context of a `step`/`ask` call, or undefined after a warning. */
  const checkStep = (command: string, step: unknown, context: unknown = {}) => {
    const name = getStepNameSchema().safeParse(step);
    const ctx = getContextSchema().safeParse(context);
    const call = `${command}(${JSON.stringify(step)})`;
    if (!started) log.warn(`${call} ignored: init has not succeeded.`);
    else if (!name.success) log.warn(`${call}: ${name.error.issues[0]?.message}.`);
    else if (!ctx.success) log.warn(`${call}: expected a context such as { question: 'text of 1 to 200 characters' }.`);
    else return [name.data, ctx.data] as const;
    return undefined;
  };

  const isListener = (listener: unknown) =>
    typeof listener === 'function' || log.warn(`on/off: expected a function, got ${typeof listener}.`);

  const instance: Feelback = {
    init(input) {
      instance.destroy();
      start(input);
    },
    step(step, context) {
      const call = checkStep('step', step, context);
      if (call) started?.journey.step(...call);
    },
    ask(step, context) {
      const call = checkStep('ask', step, context);
      if (call) started?.journey.ask(...call);
    },
    consent(granted) {
      if (typeof granted !== 'boolean') return log.warn(`consent: expected true or false, got ${typeof granted}.`);
      consented = granted;
      started?.journey.consent(granted);
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
