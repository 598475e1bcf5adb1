import type { StepRule } from '../config/check-steps.js';
import type { PageOption, ResolvedConfig } from '../config/config.js';
import type { Note } from '../config/problems.js';
import { type AnswerContext, buildAnswerEvent } from '../event/build-answer.js';
import type { buildRecoveryEvent } from '../event/build-recovery.js';
import type { Emitter } from '../events/emitter.js';
import { HOLD_MS } from '../queue/queue.js';
import { newRecord } from '../queue/record.js';
import { LIMITS, type RecoveryAction } from '../shared/answer.js';
import type { PromptAnswer, View } from '../ui/state.js';
import type { AnswerEvent, FeelbackEvent } from '../wire/answer-event.js';
import type { Answers } from './answers.js';
import type { Environment } from './environment.js';

/**
 * What an answer carries as `data.page`: the page's path, or what the site's `page` option makes
 * of it (`false`: nothing). Never a query or fragment, cut to what an answer may carry, and
 * nothing when empty (an `about:` frame): the page's address must never stop an answer.
 */
export function pageFor(option: PageOption, path: string, note: Note): string | undefined {
  let page: unknown = option === true ? path : undefined;
  if (typeof option === 'function') {
    try {
      page = option(path);
    } catch (error) {
      note(['threw', 'config.page', error]);
    }
  }
  return typeof page === 'string' ? page.split(/[?#]/)[0]?.slice(0, LIMITS.page) || undefined : undefined;
}

/** Global Privacy Control: the answer itself is sent, not where or in which language it was given. */
export const globalPrivacyControl = (win: Window) =>
  (win.navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;

/** What one prompt does with the shopper's answer, from the first choice to the help they take. */
export interface PromptAnswers {
  /** A rating (or words) chosen: written as a partial answer, held while the prompt is open. */
  choose(answer: Pick<PromptAnswer, 'rating' | 'emotions'>): void;
  /** The prompt closed unanswered, shrank, or went: its partial answer may be sent. */
  release(): void;
  /**
   * Stores the answer before the prompt thanks; resolves to the view to show and how to tell the
   * `answered` listeners (once the prompt has become that view), or undefined if it failed validation.
   */
  save(answer: PromptAnswer): Promise<{ view: Exclude<View, 'prompt'>; announce(): void } | undefined>;
  /**
   * The shopper took the help offered after the answer: a recovery event about it, made by
   * `build` (in the help's file, which the core does not carry).
   */
  recover(action: RecoveryAction, build: typeof buildRecoveryEvent): void;
}

/**
 * Turns the shopper's answers into events and stores them through the outbox. Per prompt: a
 * chosen rating is a partial answer held back while the prompt is open and released when it
 * closes, shrinks or its page is left (unless the site set `partial: false`); a face changed
 * after that is a new partial answer that replaces it. Send stores the full answer and starts its
 * delivery. A partial still held is dropped in the same transaction, never sent (unless it
 * replaces another, see `save`); one already released may be on its way, so the full answer
 * names it (`replaces`).
 */
export function createAnswerSaver(
  config: Pick<ResolvedConfig, 'site' | 'page' | 'endpoint' | 'delivery' | 'partial'>,
  env: Environment,
  deps: {
    answers: Pick<Answers, 'queue' | 'deliver'>;
    emit: Emitter['emit'];
    warn: (message: string) => void;
    /** How a function of the config that threw is reported (a warning). */
    note: Note;
    /** The shopper's language, read when they answer (an SPA may change `lang`). */
    locale: () => string;
  },
) {
  const win = env.window;
  const { queue, deliver } = deps.answers;
  const record = (event: FeelbackEvent) => newRecord(event, config.endpoint, config.delivery.headers, env.now());
  // Said once: the site's function throws for each answer and partial answer alike.
  let told = false;
  const note: Note = (problem) => {
    if (!told) deps.note(problem);
    told = true;
  };
  const context = (id: string) => ({
    id,
    site: config.site,
    time: env.now(),
    ...(!globalPrivacyControl(win) && {
      locale: deps.locale(),
      page: pageFor(config.page, win.location.pathname, note),
    }),
  });

  return (step: string, rule: StepRule): PromptAnswers => {
    const build = (answer: PromptAnswer, extra: Pick<AnswerContext, 'partial' | 'replaces'>, id = env.uuid()) =>
      buildAnswerEvent({ step, instrument: rule.instrument, ...answer }, { ...context(id), ...extra });
    /** This prompt's latest partial answer. */
    let draft: AnswerEvent | undefined;
    let answered: AnswerEvent | undefined;
    /** Renews the hold while the prompt is open: a page gone without a word stops renewing it. */
    let renewing: number | undefined;
    let heldUntil = 0;
    /** A hold ran out before it was renewed (the page slept): any tab may have sent the partial since. */
    let lapsed = false;
    const hold = () => {
      if (!draft) return;
      lapsed ||= !!heldUntil && env.now() >= heldUntil;
      heldUntil = env.now() + HOLD_MS;
      queue.hold({ ...record(draft), heldUntil });
    };
    const stop = () => {
      win.clearInterval(renewing);
      renewing = undefined;
    };
    /** Held here and not past its time: no tab sends it. */
    const held = (id: string) => (queue.pending.get(id)?.record.heldUntil ?? 0) > env.now();
    return {
      choose(answer) {
        if (!config.partial || answered) return;
        // Changed while held, it stays one partial answer (same id). One let go (its card shrank, or
        // its page was left and came back from the back/forward cache) or held past its time may be
        // on its way: a change is a partial answer of its own that replaces it, a chain whose last
        // link the endpoint counts. Otherwise a later face never reached the endpoint.
        const same = draft && !lapsed && held(draft.id) ? draft : undefined;
        const replaces = same ? same.data.replaces : draft?.id;
        const next = build({ ...answer, comment: '' }, { partial: true, replaces }, same?.id);
        if (!next) return;
        // A new one starts its own hold: the last one's time says nothing about it.
        if (!same) [heldUntil, lapsed] = [0, false];
        draft = next;
        hold();
        renewing ??= win.setInterval(hold, HOLD_MS / 2);
      },
      release() {
        stop();
        if (draft && !answered && queue.release(draft.id)) void deliver();
      },
      async save(answer) {
        const partial = draft?.id;
        // Dropped with the answer's write if no tab should have sent it. Named all the same: the
        // write can fail and leave it stored, and another tab's clock can step back and send it,
        // so only a name makes the endpoint count one answer whatever happened to it. One that
        // replaces an earlier partial answer is let go instead: dropped, it would leave the
        // earlier one, which may have arrived, with nothing that replaces it.
        const chained = !!draft?.data.replaces;
        const drop = !!partial && !chained && !lapsed && !!queue.store() && held(partial);
        const event = build(answer, { replaces: partial });
        if (!event) {
          deps.warn(`ask(${step}): the answer failed validation.`);
          return undefined;
        }
        // Renewed until now: a Send refused above leaves the prompt open, its partial still held.
        stop();
        if (chained && partial) queue.release(partial);
        // Answered from here on: a face clicked while the answer is written (the card stays as it
        // is until thanks) must not start a partial answer beside it.
        answered = event;
        // Stored before we say thanks; the outbox falls back to memory rather than fail.
        const stored = await queue.add(record(event), drop ? partial : undefined);
        void deliver();
        return {
          // "Saved, we'll send it later" only when that is true: offline and durably stored.
          view: !win.navigator.onLine && stored ? 'saved-offline' : 'thanks',
          announce: () => deps.emit('answered', { id: event.id, step, rating: answer.rating, event, stored }),
        };
      },
      recover(action, build) {
        if (!answered) return;
        const event = build(answered, action, { id: env.uuid(), time: env.now() });
        void queue.add(record(event)).then(() => deliver());
        if (action === 'event') deps.emit('recovery', { id: event.id, answerId: answered.id, step });
      },
    };
  };
}
