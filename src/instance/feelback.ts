import { checkConfig } from '../config/check-config.js';
import { isStepName, readContext } from '../config/check-context.js';
import { checkSteps } from '../config/check-steps.js';
import { checkTheme } from '../config/check-theme.js';
import type { FeelbackConfig } from '../config/config.js';
import { debugSayer, type MessagesModule, problemWarner } from '../config/warn-problems.js';
import { forwardToDataLayer } from '../events/data-layer.js';
import { createEmitter } from '../events/emitter.js';
import { resolveLocale } from '../i18n/resolve-locale.js';
import { createMemoryEtiquetteStore } from '../journey/etiquette-store.js';
import { createLogger } from '../shared/log.js';
import { type Answers, createAnswers } from './answers.js';
import type { Environment } from './environment.js';
import { createEtiquetteMemory, type EtiquetteMemory } from './etiquette-memory.js';
import type { Feelback } from './feelback-api.js';
import { neverThrow } from './never-throw.js';
import { optionalOptions } from './optional-options.js';
import { promptPlacement } from './placement.js';
import { createPrompts, type Prompts } from './prompts.js';
import { createAnswerSaver, globalPrivacyControl } from './save-answer.js';
import { watchTriggers } from './watch-triggers.js';
import { whenIdle } from './when-idle.js';

/**
 * Creates a widget instance; without a config it waits for `init`. Nothing here ever throws
 * into the page: a bad call becomes one console warning that says what to fix. The words for a
 * bad config are a file of their own (`loadMessages`), fetched only when there is something to say.
 */
export function createFeelback(
  config: unknown,
  environment: () => Environment | undefined,
  loadMessages: () => Promise<MessagesModule>,
): Feelback {
  let debug = false;
  const log = createLogger(() => debug);
  const note = problemWarner(loadMessages, log.warn);
  const say = debugSayer(loadMessages, log.debug, () => debug);
  const emitter = createEmitter(log.warn);
  /** Everything `init` set up; undone by `destroy`. */
  let started: { prompts: Prompts; stop(): void } | undefined;
  /** Kept across `init`s: the one owner of this page's answers, and their delivery. */
  let answers: Answers | undefined;
  /** Kept across `init`s too: what this page knows of the shopper's prompts. */
  let etiquette: EtiquetteMemory | undefined;
  /** Set by `consent()`, also before `init`; wins over the `consent` option. */
  let consented: boolean | undefined;
  /**
   * Why the widget is off has been said (a refused config, an http page), or there is nobody to
   * tell (a server, where the browser will say it): a step then passes in silence.
   */
  let quiet = false;

  function start(input: unknown) {
    quiet = true;
    if (typeof document !== 'object') return;
    const config = checkConfig(input, note);
    if (!config) return;
    debug = config.debug;
    const env = environment();
    // On an http page there is no secure storage, and no ids.
    if (!env) return log.warn('this page is not https; the widget stays off.');
    const win = env.window;
    answers ??= createAnswers(env, emitter.emit, log.warn, say);
    etiquette ??= createEtiquetteMemory(env.openEtiquette, createMemoryEtiquetteStore(), false, say);
    etiquette.consent(consented ?? config.consent);
    answers.configure({ ...config.delivery, site: config.site, endpoint: config.endpoint });
    const { queue, prefetch } = answers;
    // A shopper takes seconds to answer: meanwhile connect to the outbox where it exists, so Send
    // waits for the write alone. Delivery is fetched once a choice is made, in idle time: not
    // before the prompt painted, yet in time for a shopper who sends and leaves at once.
    const prepareForAnswer = () => queue.warm();
    emitter.on('shown', prepareForAnswer);
    const css = Object.keys(config.theme).length ? (win as Window & { CSS?: typeof CSS }).CSS : undefined;
    const supports = css && ((property: string, value: string) => css.supports(property, value));
    const theme = checkTheme(config.theme, supports, note);
    /** Read when an answer is given or a prompt shows: a single-page app may change `lang`. */
    const shopperLocale = () => resolveLocale(config.locale, win.document.documentElement.lang, win.navigator.language);
    const prompts = createPrompts({
      env,
      rules: checkSteps(config.steps, note),
      etiquette: config.etiquette,
      question: config.question,
      optional: optionalOptions(config, env.loadOptionalChecks, note),
      locale: shopperLocale,
      privacyUrl: config.privacyUrl,
      onChoose: () => whenIdle(win, prefetch),
      theme,
      colorScheme: config.colorScheme,
      where: promptPlacement(config.placement ?? 'bottom-right', win.document, note),
      memory: etiquette,
      log,
      say,
      emit: emitter.emit,
      answer: createAnswerSaver(config, env, {
        answers,
        emit: emitter.emit,
        warn: log.warn,
        note,
        locale: shopperLocale,
      }),
    });
    // Under Global Privacy Control nothing goes to the page's analytics either.
    const stopDataLayer = config.dataLayer && !globalPrivacyControl(win) ? forwardToDataLayer(emitter, win) : undefined;
    const stopTriggers = watchTriggers(config.triggers, env, prompts.step, log);
    started = {
      prompts,
      stop() {
        prompts.stop();
        stopDataLayer?.();
        emitter.off('shown', prepareForAnswer);
        answers?.configure(undefined);
        stopTriggers();
      },
    };
  }

  function stop() {
    started?.stop();
    started = undefined;
  }

  /** The step name and context of a `step`/`ask` call, or undefined after a warning. */
  const checkStep = (command: string, step: unknown, context: unknown) => {
    const ctx = readContext(context);
    // Not JSON.stringify: the page may have replaced it with one that throws.
    const call = () =>
      `${command}(${typeof step === 'string' ? `"${step}"` : step && typeof step === 'object' ? 'an object' : String(step)})`;
    if (!started) quiet || note(['early', call()]);
    else if (!isStepName(step)) note(['stepName', call()]);
    else if (!ctx) note(['context', call()]);
    else return [step, ctx] as const;
    return undefined;
  };

  const isListener = (listener: unknown) =>
    typeof listener === 'function' || note(['listener', 'on/off', typeof listener]);

  const instance: Feelback = {
    init(input) {
      const running = !!started;
      stop();
      start(input);
      // Refused: the widget is off, as after destroy(), and this page's answers go out now.
      if (running && !started) answers?.leave();
    },
    step(step, context) {
      const call = checkStep('step', step, context);
      if (call) started?.prompts.step(...call);
    },
    ask(step, context) {
      const call = checkStep('ask', step, context);
      if (call) started?.prompts.ask(...call);
    },
    close(step) {
      if (step === undefined || isStepName(step)) started?.prompts.close(step);
      else note(['closeStep', 'close']);
    },
    consent(granted) {
      if (typeof granted !== 'boolean') return note(['consentType', 'consent', typeof granted]);
      consented = granted;
      if (started) etiquette?.consent(granted);
    },
    flush: async () => (started ? answers?.deliver(true) : undefined),
    retryRejected: async () => (started ? answers?.retryRejected() : undefined),
    on(event, listener) {
      if (isListener(listener)) emitter.on(event, listener);
      return () => emitter.off(event, listener);
    },
    off(event, listener) {
      if (isListener(listener)) emitter.off(event, listener);
    },
    destroy() {
      // Answers of this page not yet delivered go out now, as when the page is left: one held in
      // memory (no storage) has no next page. Stored ones would also go on the next page.
      if (started) answers?.leave();
      stop();
      answers?.queue.close();
      etiquette?.close();
      quiet = typeof document !== 'object';
    },
  };
  neverThrow(instance, log);
  // Checked by init, as any caller's config is (a script tag passes whatever the page has).
  if (config !== undefined) instance.init(config as FeelbackConfig);
  return instance;
}
