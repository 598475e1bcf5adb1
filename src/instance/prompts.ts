import type { AskContext } from '../config/check-context.js';
import type { Why } from '../config/debug-notes.js';
import { loadLocaleTexts } from '../i18n/load-locale-texts.js';
import { uiLocale } from '../i18n/ui-locale.js';
import { rememberPrompt, whyNotPrompt } from '../journey/etiquette.js';
import { questionFor, ruleFor } from '../journey/step-rules.js';
import { watchTyping } from '../journey/typing-pause.js';
import { own } from '../shared/checks.js';
import { loadPromptTexts } from './prompt-texts.js';
import type { Prompts, PromptsOptions } from './prompts-options.js';

export type { Prompts, PromptsOptions };

/** One `step` or `ask` call: its step, and the call as debug names it (`ask(x)`, `step(x)`). */
interface Run {
  step: string;
  name: string;
}

/** Decides when to prompt, shows the prompt UI (loaded on first use) and remembers the outcome. */
export function createPrompts(options: PromptsOptions): Prompts {
  const { env, log, say } = options;
  const win = env.window;
  // Monotonic: a wall clock set back while the shopper types must not hold the prompt for an hour.
  const typing = watchTyping(win.document, () => win.performance.now());
  /** The open prompt's remover; `true` while one is being decided or loaded. */
  let prompt: (() => void) | true | undefined;
  /** The prompt being decided, loaded or shown (each run has its own object). */
  let open: Run | undefined;
  /** The step of the thank-you card, if one shows. */
  let thanksFor: string | undefined;
  /** The remover of a prompt the shopper answered, still saying thanks: a new prompt replaces it. */
  let thanking: (() => void) | undefined;
  /** The open prompt's card is drawn, and `shown` was said. */
  let drawn = false;
  let delay: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  /** Replacement texts already warned about: once per page, not once per prompt. */
  const warned = new Set<string>();
  const { load, remember, shownOn, countShown } = options.memory;

  /** The page hears that a prompt could not load or be drawn. */
  const unavailable = (error: unknown) =>
    options.emit('error', { code: 'prompt-unavailable', message: `the prompt could not load (${error}).` });

  /** Shows the prompt (`shown` comes once its card is drawn), or resolves to why not. */
  async function show(mine: Run, context: AskContext, explicit: boolean): Promise<Why | undefined> {
    const { step } = mine;
    const shownThisPage = shownOn(win.location.pathname + win.location.search);
    const rule = ruleFor(options.rules, step);
    /** Why this run is over before it showed anything: destroyed, or closed (another may run now). */
    const over = (): Why | undefined => (stopped ? ['destroyed'] : open !== mine ? ['closed'] : undefined);
    const current = await load();
    // Nothing fetched, no timer set, for a run that ended while the device's memory was read.
    if (over()) return over();
    const draw = env.random();
    const why: Why | undefined = explicit
      ? own(current, 'optOut')
        ? ['optOut']
        : undefined
      : whyNotPrompt(step, rule, current, options.etiquette, { now: env.now(), shownThisPage, draw });
    if (why) return why;
    // Fetch the UI and the shopper's language while we wait for the delay and a pause in typing.
    const tag = options.locale();
    const locale = uiLocale(tag);
    const ui = env.loadPrompt();
    // A scale other than feeling's faces is a file the prompt's fetches (beside the texts).
    const prompter = ui.then((module) => module.promptFor(rule.instrument));
    const texts = locale.code === 'en' ? undefined : loadPromptTexts(env, ui, locale.code, rule.instrument, say);
    // The site's texts and help, checked: a file of their own where the config sets them.
    const checked = options.optional();
    // Handled now: they may fail before we await them (during the delay), or never be awaited at all.
    Promise.all([prompter, checked]).catch(() => {});
    await new Promise((resolve) => {
      delay = setTimeout(resolve, explicit ? 0 : rule.delayMs);
    });
    const [openPromptSession, strings, optional] = await Promise.all([prompter, texts, checked]);
    // The pause in typing last, right before the prompt shows: keys pressed while its files came count.
    if (!over() && !(await typing.pause(options.etiquette.typingPauseMs))) return ['typing'];
    if (over()) return over();
    // English is built in (no texts to fetch) and keeps the shopper's region: `en-GB`, not `en`.
    const { code, lang, dir } = strings || locale.code === 'en' ? locale : uiLocale('en');
    // The site-wide question is about feelings; other scales keep their own default statement.
    const question =
      context.question ??
      questionFor(rule.question, tag) ??
      (rule.instrument === 'feeling' ? options.question : undefined);
    let session: (() => void) | undefined;
    const answers = options.answer(step, rule);
    // Removed (destroy, a new prompt in its place): a partial answer may go, as when it closes.
    const remove = () => {
      session?.();
      answers.release();
    };
    prompt = remove;
    drawn = false;
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
      // Own only: a polluted Object.prototype.de is not the site's texts.
      overrides: optional.strings && own(optional.strings, code),
      onBadOverride(key, problem) {
        const where = `config.strings.${code}.${key}`;
        if (!warned.has(where)) log.warn(`${where} ${problem}.`);
        warned.add(where);
      },
      theme: options.theme,
      colorScheme: options.colorScheme,
      ...options.where(),
      ...optional.offers(step, rule, tag),
      // The help's texts in the prompt's language: none to fetch for English.
      loadTexts: () =>
        strings ? loadLocaleTexts(env.loadLocale, code, ['help']).then(([help]) => help) : Promise.resolve(undefined),
      onChoose(answer) {
        options.onChoose();
        answers.choose(answer);
      },
      onMinimize: answers.release,
      // Shown, and counted towards the page's cap, once the card is drawn: one closed before then
      // was seen by nobody.
      onDrawn() {
        // A thank-you still showing goes now, in the task that draws this card: never a moment
        // with neither, and one whose card failed to draw (or was closed first) leaves it be.
        thanking?.();
        thanking = undefined;
        drawn = true;
        if (!explicit) countShown();
        options.emit('shown', { step });
        say(['shown', mine.name]);
      },
      onFailed(error) {
        if (prompt === remove) prompt = open = undefined;
        unavailable(error);
      },
      onRecover: answers.recover,
      async save(answer) {
        open = undefined;
        const saved = await answers.save(answer);
        if (!saved && prompt === remove) open = mine;
        if (!saved) return undefined;
        void remember((s) => rememberPrompt(s, step, env.now()));
        // What is left is a thank-you: the next step or ask may take its place, one an `answered`
        // listener makes too, so the listeners hear of it only now.
        if (prompt === remove) [prompt, thanking, thanksFor] = [undefined, remove, step];
        saved.announce();
        return saved.view;
      },
      onClose(reason, answered) {
        if (prompt === remove) prompt = open = undefined;
        if (thanking === remove) thanking = undefined;
        if (answered) return;
        answers.release();
        options.emit('dismissed', { step, reason });
        // An ignored prompt counts for this page only: nothing is written without the shopper's input.
        if (reason === 'idle') return;
        void remember((s) => ({
          ...rememberPrompt(s, step, env.now()),
          optOut: own(s, 'optOut') || reason === 'dont-ask',
        }));
      },
    });
    return undefined;
  }

  const run = (step: string, context: AskContext = {}, explicit = false) => {
    const name = explicit ? `ask(${step})` : `step(${step})`;
    if (prompt) return say(['open', name]);
    prompt = true;
    const mine = { step, name };
    open = mine;
    // After a close() the next step may start while this one is still settling: leave that be.
    const settle = () => {
      if (open === mine) prompt = open = undefined;
    };
    show(mine, context, explicit).then(
      (why) => {
        if (!why) return;
        settle();
        say([why[0], name, why[1]]);
      },
      (error) => {
        settle();
        unavailable(error);
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
      const session = prompt;
      prompt = open = undefined;
      // Still loading: its run says it was closed.
      if (typeof session !== 'function') return;
      session();
      // Not the shopper's choice: nothing is remembered, as for a prompt left to close by itself.
      if (drawn) options.emit('dismissed', { step: closing.step, reason: 'site' });
      // Closed before its card was drawn: nobody saw it, no listener heard `shown`, and its run
      // is over, so debug output says here what became of the call.
      else say(['closed', closing.name]);
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
