import type { ResolvedConfig } from './config/schema.js';
import { buildAnswerEvent } from './delivery/build-answer-event.js';
import { createDeliverer } from './delivery/deliverer.js';
import { sendBatch } from './delivery/send-batch.js';
import type { Environment } from './environment.js';
import type { Emitter } from './events/emitter.js';
import { en } from './i18n/en.js';
import { resolveLocale } from './i18n/resolve-locale.js';
import { openPromptSession } from './journey/prompt-session.js';
import type { Logger } from './log.js';
import { newRecord } from './outbox/outbox-record.js';
import { createResilientOutbox } from './outbox/resilient-outbox.js';
import { WIDGET_VERSION } from './version.js';

/** Per-call options of `ask`. */
export interface AskContext {
  /** Overrides the question for this prompt only. */
  question?: string;
}

export interface Runtime {
  ask(step: string, context?: AskContext): void;
  flush(): Promise<void>;
  destroy(): void;
}

/** Wires a valid config to the page: the outbox, delivery, and a prompt when asked. */
export function startRuntime(config: ResolvedConfig, env: Environment, emitter: Emitter, log: Logger): Runtime {
  const { window: win, document: doc } = env;
  const outbox = createResilientOutbox(env.openOutbox(), (error) => {
    const message = 'IndexedDB is unavailable; answers are kept in memory for this page only.';
    log.warn(message, error);
    emitter.emit('error', { code: 'storage-unavailable', message });
  });
  const deliverer = createDeliverer(config.delivery, {
    outbox,
    send: (events) => sendBatch(events, { endpoint: config.endpoint, ...config.delivery }, env.fetch),
    emit: emitter.emit,
    log,
    withLock: (task) => (env.locks ? env.locks.request('feelback-delivery', task) : task()),
    now: env.now,
    random: env.random,
  });
  const locale = resolveLocale(config.locale, doc.documentElement.lang, win.navigator.language);
  const strings = en;
  let closePrompt: (() => void) | undefined;

  const onOnline = () => void deliverer.deliverPending(true);
  win.addEventListener('online', onOnline);
  // Answers left from an earlier visit go out once the page has settled, not during its load.
  const idleTimer = win.setTimeout(() => void deliverer.deliverPending(), 1_000);

  function ask(step: string, context: AskContext = {}) {
    if (closePrompt) return log.debug(`ask("${step}") ignored: a prompt is already open.`);
    const question = context.question ?? config.steps[step]?.question ?? config.question ?? strings.question;
    closePrompt = openPromptSession({
      doc,
      question,
      strings,
      lang: 'en',
      dir: 'ltr',
      theme: config.theme,
      nonce: config.nonce,
      warn: log.warn,
      async save(answer) {
        const event = buildAnswerEvent(
          { step, ...answer },
          {
            id: env.uuid(),
            site: config.site,
            time: new Date(env.now()),
            page: win.location.pathname,
            locale,
            widgetVersion: WIDGET_VERSION,
          },
        );
        if (!event) {
          const message = `the answer for step "${step}" could not be built.`;
          log.warn(message);
          emitter.emit('error', { code: 'answer-invalid', message });
          return undefined;
        }
        // Stored before we say thanks; the outbox falls back to memory rather than fail.
        await outbox.put(newRecord(event));
        const stored = outbox.isDurable();
        emitter.emit('answered', { id: event.id, step, rating: event.data.rating, event, stored });
        void deliverer.deliverPending();
        // "Saved, we'll send it later" only when that is true: offline and durably stored.
        return win.navigator.onLine === false && stored ? 'saved-offline' : 'thanks';
      },
      onClose(reason, answered) {
        closePrompt = undefined;
        if (!answered) emitter.emit('dismissed', { step, reason });
      },
    });
    emitter.emit('shown', { step });
  }

  return {
    ask,
    flush: () => deliverer.deliverPending(true),
    destroy() {
      closePrompt?.();
      closePrompt = undefined;
      win.removeEventListener('online', onOnline);
      win.clearTimeout(idleTimer);
      deliverer.stop();
    },
  };
}
