import type { ResolvedConfig } from '../config/schema.js';
import { buildAnswerEvent } from '../delivery/build-answer-event.js';
import type { Deliverer } from '../delivery/deliverer.js';
import type { Environment } from '../environment.js';
import type { Emitter } from '../events/emitter.js';
import { newRecord } from '../outbox/outbox-record.js';
import type { PromptAnswer, View } from '../ui/state.js';
import type { StepRule } from './step-rules.js';

/** Longest `data.page` an answer carries (the answer schema's bound). */
const MAX_PAGE = 2048;

/** Global Privacy Control: the answer itself is sent, not where or in which language it was given. */
export const globalPrivacyControl = (win: Window) =>
  (win.navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;

/**
 * Turns the shopper's answer into an event, stores it before the prompt says thanks, and starts
 * its delivery. Resolves to the view to show, or undefined if the answer failed validation.
 */
export function createAnswerSaver(
  config: Pick<ResolvedConfig, 'site'>,
  env: Environment,
  deps: {
    deliverer: Deliverer;
    emit: Emitter['emit'];
    warn: (message: string) => void;
    /** The shopper's language, read when they answer (an SPA may change `lang`). */
    locale: () => string;
  },
) {
  const win = env.window;
  return async (step: string, rule: StepRule, answer: PromptAnswer): Promise<Exclude<View, 'prompt'> | undefined> => {
    // Cut to what an answer may carry, and left out when empty (an `about:` frame): the page's
    // address must never stop a shopper's answer.
    const page = win.location.pathname.slice(0, MAX_PAGE);
    const event = buildAnswerEvent(
      { step, instrument: rule.instrument, ...answer },
      {
        id: env.uuid(),
        site: config.site,
        time: env.now(),
        ...(!globalPrivacyControl(win) && { locale: deps.locale(), ...(page && { page }) }),
      },
    );
    if (!event) {
      deps.warn(`ask(${step}): the answer failed validation.`);
      return undefined;
    }
    // Stored before we say thanks; the outbox falls back to memory rather than fail.
    const stored = await deps.deliverer.add(newRecord(event, env.now()));
    // A copy: a listener that edits it must not change what is stored and sent.
    deps.emit('answered', { id: event.id, step, rating: answer.rating, event: structuredClone(event), stored });
    void deps.deliverer.deliverPending();
    // "Saved, we'll send it later" only when that is true: offline and durably stored.
    return !win.navigator.onLine && stored ? 'saved-offline' : 'thanks';
  };
}
