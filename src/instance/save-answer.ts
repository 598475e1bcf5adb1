import type { StepRule } from '../config/check-steps.js';
import type { PageOption, ResolvedConfig } from '../config/config.js';
import type { Emitter } from '../events/emitter.js';
import { buildAnswerEvent } from '../queue/build-answer.js';
import { newRecord } from '../queue/record.js';
import { LIMITS } from '../shared/answer.js';
import type { PromptAnswer, View } from '../ui/state.js';
import type { Answers } from './answers.js';
import type { Environment } from './environment.js';

/**
 * What an answer carries as `data.page`: the page's path, or what the site's `page` option makes
 * of it (`false`: nothing). Never a query or fragment, cut to what an answer may carry, and
 * nothing when empty (an `about:` frame): the page's address must never stop an answer.
 */
export function pageFor(option: PageOption, path: string, warn: (message: string) => void): string | undefined {
  let page: unknown = option === true ? path : undefined;
  if (typeof option === 'function') {
    try {
      page = option(path);
    } catch (error) {
      warn(`config.page threw (${error}); the answer is sent without its page.`);
    }
  }
  return typeof page === 'string' ? page.split(/[?#]/)[0]?.slice(0, LIMITS.page) || undefined : undefined;
}

/** Global Privacy Control: the answer itself is sent, not where or in which language it was given. */
export const globalPrivacyControl = (win: Window) =>
  (win.navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;

/**
 * Turns the shopper's answer into an event, stores it before the prompt says thanks, and starts
 * its delivery. Resolves to the view to show, or undefined if the answer failed validation.
 */
export function createAnswerSaver(
  config: Pick<ResolvedConfig, 'site' | 'page' | 'endpoint' | 'delivery'>,
  env: Environment,
  deps: {
    answers: Pick<Answers, 'queue' | 'deliver'>;
    emit: Emitter['emit'];
    warn: (message: string) => void;
    /** The shopper's language, read when they answer (an SPA may change `lang`). */
    locale: () => string;
  },
) {
  const win = env.window;
  return async (step: string, rule: StepRule, answer: PromptAnswer): Promise<Exclude<View, 'prompt'> | undefined> => {
    const page = pageFor(config.page, win.location.pathname, deps.warn);
    const event = buildAnswerEvent(
      { step, instrument: rule.instrument, ...answer },
      {
        id: env.uuid(),
        site: config.site,
        time: env.now(),
        ...(!globalPrivacyControl(win) && { locale: deps.locale(), page }),
      },
    );
    if (!event) {
      deps.warn(`ask(${step}): the answer failed validation.`);
      return undefined;
    }
    // Stored before we say thanks; the outbox falls back to memory rather than fail.
    const stored = await deps.answers.queue.add(newRecord(event, config.endpoint, config.delivery.headers, env.now()));
    // A copy: a listener that edits it must not change what is stored and sent.
    deps.emit('answered', { id: event.id, step, rating: answer.rating, event: structuredClone(event), stored });
    void deps.answers.deliver();
    // "Saved, we'll send it later" only when that is true: offline and durably stored.
    return !win.navigator.onLine && stored ? 'saved-offline' : 'thanks';
  };
}
