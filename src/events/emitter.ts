import type { AnswerEvent } from '../wire/answer-event.js';

export type ErrorCode =
  | 'storage-unavailable'
  | 'prompt-unavailable'
  /** The endpoint refused these answers (a 4xx): kept as dead letters, see `retryRejected()`. */
  | 'rejected'
  /** Stored answers older than 14 days whose last try failed (dead letters: no try), dropped. */
  | 'expired'
  /** Stored records that could not be read, kept aside and never sent. */
  | 'set-aside'
  /** The device holds the most answers it may: this one is kept in memory for this page only. */
  | 'queue-full';

/** Why a prompt closed without an answer. */
export type DismissReason = 'close' | 'escape' | 'dont-ask' | 'idle' | 'site';

/** What each event hands its listeners. */
export interface FeelbackEvents {
  shown: { step: string };
  answered: { id: string; step: string; rating: number; event: AnswerEvent; stored: boolean };
  /**
   * `close` button, `escape` key, `dont-ask` ("don't ask me again"), `idle` (nobody touched it),
   * or `site` (the site called `close()`, e.g. on leaving a screen).
   */
  dismissed: { step: string; reason: DismissReason };
  delivered: { ids: string[] };
  /**
   * The shopper took the help offered after a low answer (`recovery: { event: true }`): open your
   * chat or call-back form here. `id` is the recovery event's, `answerId` the answer's.
   */
  recovery: { id: string; answerId: string; step: string };
  error: { code: ErrorCode; message: string; ids?: string[]; status?: number };
}

export type EventName = keyof FeelbackEvents;
export type Listener<E extends EventName> = (payload: FeelbackEvents[E]) => void;

export interface Emitter {
  on<E extends EventName>(event: E, listener: Listener<E>): void;
  off<E extends EventName>(event: E, listener: Listener<E>): void;
  emit<E extends EventName>(event: E, payload: FeelbackEvents[E]): void;
}

/**
 * A tiny event hub. A listener that throws is reported to the console and never stops the
 * others or our own work: site code must not be able to break delivery. Each listener gets a
 * copy of its own: one that edits what it got (drops the comment) changes nothing for the next,
 * for `dataLayer`, or for what is stored and sent.
 */
export function createEmitter(warn: (message: string, error?: unknown) => void): Emitter {
  const listeners = new Map<EventName, Set<Listener<never>>>();
  return {
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(listener as Listener<never>));
    },
    off(event, listener) {
      listeners.get(event)?.delete(listener as Listener<never>);
    },
    emit(event, payload) {
      for (const listener of [...(listeners.get(event) ?? [])]) {
        try {
          (listener as Listener<typeof event>)(structuredClone(payload));
        } catch (error) {
          warn(`a listener for "${event}" threw.`, error);
        }
      }
    },
  };
}
