import type { AskContext } from '../config/check-context.js';
import type { Recovery } from '../config/check-recovery.js';
import type { StepRule } from '../config/check-steps.js';
import type { EtiquetteOptions } from '../config/config.js';
import type { Emitter } from '../events/emitter.js';
import { loadLocaleTexts } from '../i18n/load-locale-texts.js';
import { partsFor } from '../i18n/locale-files.js';
import type { StringOverrides } from '../i18n/merge-strings.js';
import { type UiLocale, uiLocale } from '../i18n/ui-locale.js';
import { type EtiquetteState, mergeStates, rememberPrompt, whyNotPrompt } from '../journey/etiquette.js';
import type { EtiquetteStore } from '../journey/etiquette-store.js';
import { questionFor, ruleFor } from '../journey/step-rules.js';
import { watchTyping } from '../journey/typing-pause.js';
import type { Logger } from '../shared/log.js';
import type { MountOptions } from '../ui/mount.js';
import type { Environment } from './environment.js';
import { offersFor } from './offers.js';
import type { PromptAnswers } from './save-answer.js';

export interface PromptsOptions {
  env: Environment;
  rules: Record<string, Partial<StepRule>>;
  etiquette: EtiquetteOptions;
  /** The site-wide question, if any. */
  question: string | undefined;
  /** The site-wide help after a low answer, and whether to ask for a contact address then. */
  recovery: Recovery | false | undefined;
  contact: boolean;
  /** The shopper's BCP 47 tag, read when a prompt is about to show (an SPA may change `lang`). */
  locale(): string;
  /** The site's replacement texts per interface language. */
  strings: Partial<Record<UiLocale, StringOverrides>> | undefined;
  privacyUrl: string | undefined;
  theme: MountOptions['theme'];
  colorScheme: 'auto' | 'light' | 'dark' | undefined;
  /** Placement and slot of the prompt, looked up when it shows. */
  where(): Pick<MountOptions, 'placement' | 'container'>;
  /** Durable etiquette memory, used once the site has consent (see `consent`). */
  store: () => EtiquetteStore;
  memory: EtiquetteStore;
  consent: boolean;
  log: Logger;
  emit: Emitter['emit'];
  /** What becomes of one prompt's answer: its partial answer, the answer, the help taken. */
  answer(step: string, rule: StepRule): PromptAnswers;
  /** The shopper chose a point of a prompt's scale: an answer is on its way. */
  onChoose(): void;
}

export interface Prompts {
  /** The shopper reached a step: prompt if its rules and the etiquette allow. */
  step(name: string, context?: AskContext): void;
  /** Prompt now, unless the shopper chose "don't ask me again". */
  ask(name: string, context?: AskContext): void;
  /**
   * The site closes the open prompt (reported as dismissed, reason `site`), or one about to show;
   * with a step, only if the prompt is that step's. An answer on its way is not taken back.
   */
  close(step?: string): void;
  consent(granted: boolean): void;
  stop(): void;
}

/** Decides when to prompt, shows the prompt UI (loaded on first use) and remembers the outcome. */
export function createPrompts(options: PromptsOptions): Prompts {
  const { env, log } = options;
  const win = env.window;
  const typing = watchTyping(win.document, env.now);
  let consent = options.consent;
  let shownThisPage = 0;
  /** The page those prompts were shown on: a single-page app's route change is a new page. */
  let page = '';
  /** The open prompt's remover; `true` while one is being decided or loaded. */
  let prompt: (() => void) | true | undefined;
  /** The step of the prompt being decided, loaded or shown (each run has its own object). */
  let open: { step: string } | undefined;
  /** The step of the thank-you card, if one shows. */
  let thanksFor: string | undefined;
  /** The remover of a prompt the shopper answered, still saying thanks: a new prompt replaces it. */
  let thanking: (() => void) | undefined;
  let delay: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  /** Replacement texts already warned about: once per page, not once per prompt. */
  const warned = new Set<string>();
  // Read once from the device; changes after that are kept here and written through.
  let state: Promise<EtiquetteState> | undefined;
  /** The shopper acted on a prompt on this page (so there is something worth storing). */
  let learnt = false;
  // One durable store per page: each one opens its own database connection.
  let opened: EtiquetteStore | undefined;
  const durable = () => (opened ??= options.store());
  const store = () => (consent ? durable() : options.memory);
  const read = (from: EtiquetteStore) => from.load().catch((): EtiquetteState => ({ steps: {} }));
  const load = () => (state ??= read(store()));
  const remember = async (change: (current: EtiquetteState) => EtiquetteState) => {
    learnt = true;
    const next = change(await load());
    state = Promise.resolve(next);
    await store()
      .save(next)
      .catch((error) => log.debug('could not store the etiquette state.', error));
  };

  /** Shows the prompt, or resolves to why not. */
  async function show(mine: { step: string }, context: AskContext, explicit: boolean): Promise<string | undefined> {
    const { step } = mine;
    const here = win.location.pathname + win.location.search;
    if (here !== page) [page, shownThisPage] = [here, 0];
    const rule = ruleFor(options.rules, step);
    const current = await load();
    const draw = env.random();
    const why = explicit
      ? current.optOut && 'the shopper chose "don’t ask me again"'
      : whyNotPrompt(step, rule, current, options.etiquette, { now: env.now(), shownThisPage, draw });
    if (why) return why;
    // Fetch the UI and the shopper's language while we wait for the delay and a pause in typing.
    const tag = options.locale();
    const locale = uiLocale(tag);
    const ui = env.loadPrompt();
    const texts =
      locale.code === 'en'
        ? undefined
        : // A prompt file that fails is reported below, as prompt-unavailable, not blamed on the texts.
          Promise.all([
            ui.catch(() => undefined),
            loadLocaleTexts(env.loadLocale, locale.code, partsFor(rule.instrument)),
          ])
            // Read by the prompt's code, which knows English's names and shapes to check them against.
            .then(([module, files]) => module?.unpackLocale(files, rule.instrument))
            // The prompt still shows, in English.
            .catch(
              (error: unknown) =>
                void log.debug(`the ${locale.code} texts could not load (${error}); showing English.`),
            );
    // Handled now: it may fail before we await it (during the delay), or never be awaited at all.
    ui.catch(() => {});
    await new Promise((resolve) => {
      delay = setTimeout(resolve, explicit ? 0 : rule.delayMs);
    });
    if (!(await typing.pause(options.etiquette.typingPauseMs))) return 'the shopper kept typing';
    const [{ openPromptSession }, strings] = await Promise.all([ui, texts]);
    if (stopped) return 'the widget was destroyed';
    if (open !== mine) return 'the site closed it';
    const { code, lang, dir } = strings ? locale : uiLocale('en');
    if (!explicit) shownThisPage++;
    // The site-wide question is about feelings; other scales keep their own default statement.
    const question =
      context.question ??
      questionFor(rule.question, tag) ??
      (rule.instrument === 'feeling' ? options.question : undefined);
    thanking?.();
    thanking = undefined;
    let session: (() => void) | undefined;
    const answers = options.answer(step, rule);
    // Removed (destroy, a new prompt in its place): a partial answer may go, as when it closes.
    const remove = () => {
      session?.();
      answers.release();
    };
    prompt = remove;
    session = openPromptSession({
      doc: win.document,
      question,
      instrument: rule.instrument,
      emotions: rule.emotions,
      comment: rule.comment,
      privacyUrl: options.privacyUrl,
      minimizeAfterMs: options.etiquette.minimizeAfterMs,
      idleCloseMs: options.etiquette.idleCloseMs,
      lang,
      dir,
      strings,
      overrides: options.strings?.[code],
      onBadOverride(key, problem) {
        const where = `config.strings.${code}.${key}`;
        if (!warned.has(where)) log.warn(`${where} ${problem}.`);
        warned.add(where);
      },
      theme: options.theme,
      colorScheme: options.colorScheme,
      ...options.where(),
      ...offersFor(rule, options, tag),
      // The help's texts in the prompt's language: none to fetch for English.
      loadTexts: () =>
        strings ? loadLocaleTexts(env.loadLocale, code, ['help']).then(([help]) => help) : Promise.resolve(undefined),
      onChoose(answer) {
        options.onChoose();
        answers.choose(answer);
      },
      onMinimize: answers.release,
      onRecover: answers.recover,
      async save(answer) {
        open = undefined;
        const view = await answers.save(answer);
        if (!view && prompt === remove) open = mine;
        if (!view) return view;
        void remember((s) => rememberPrompt(s, step, env.now()));
        // What is left is a thank-you: the next step or ask may take its place.
        if (prompt === remove) [prompt, thanking, thanksFor] = [undefined, remove, step];
        return view;
      },
      onClose(reason, answered) {
        if (prompt === remove) prompt = open = undefined;
        if (thanking === remove) thanking = undefined;
        if (answered) return;
        answers.release();
        options.emit('dismissed', { step, reason });
        // An ignored prompt counts for this page only: nothing is written without the shopper's input.
        if (reason === 'idle') return;
        void remember((s) => ({ ...rememberPrompt(s, step, env.now()), optOut: s.optOut || reason === 'dont-ask' }));
      },
    });
    options.emit('shown', { step });
    return undefined;
  }

  const run = (step: string, context: AskContext = {}, explicit = false) => {
    const name = explicit ? `ask(${step})` : `step(${step})`;
    if (prompt) return log.debug(`${name}: no prompt — one is already open.`);
    prompt = true;
    const mine = { step };
    open = mine;
    // After a close() the next step may start while this one is still settling: leave that be.
    const settle = () => {
      if (open === mine) prompt = open = undefined;
    };
    show(mine, context, explicit).then(
      (why) => {
        if (why) settle();
        log.debug(`${name}: ${why ? `no prompt — ${why}` : 'prompt shown'}.`);
      },
      (error) => {
        settle();
        options.emit('error', { code: 'prompt-unavailable', message: `the prompt could not load (${error}).` });
      },
    );
  };

  return {
    step: (name, context) => run(name, context),
    ask: (name, context) => run(name, context, true),
    close(step) {
      if ((step ?? thanksFor) === thanksFor) thanking?.();
      const closing = open;
      if (!closing || (step ?? closing.step) !== closing.step) return;
      const shown = typeof prompt === 'function';
      if (typeof prompt === 'function') prompt();
      prompt = open = undefined;
      // Not the shopper's choice: nothing is remembered, as for a prompt left to close by itself.
      if (shown) options.emit('dismissed', { step: closing.step, reason: 'site' });
    },
    consent(granted) {
      if (granted === consent) return;
      consent = granted;
      if (!granted) return;
      // From now on the device's memory counts (a "don't ask me again" from an earlier visit), and
      // what the shopper did on this page joins it; a page where nobody acted writes nothing.
      const page = learnt && state;
      state = page ? Promise.all([read(store()), page]).then(([kept, now]) => mergeStates(kept, now)) : undefined;
      if (page) void remember((s) => s);
    },
    stop() {
      stopped = true;
      clearTimeout(delay);
      typing.stop();
      if (typeof prompt === 'function') prompt();
      thanking?.();
      prompt = thanking = open = undefined;
    },
  };
}
