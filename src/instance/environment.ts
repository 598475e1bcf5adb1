import type { LocaleModule } from '../i18n/locale-files.js';
import { createEtiquetteStore, type EtiquetteStore } from '../journey/etiquette-store.js';
import type { Transport } from '../queue/clean-globals.js';
import { OUTBOX_DB, OUTBOX_LOCK, OUTBOX_STORE } from '../queue/queue.js';
import { createIdbStore, type IdbStore } from '../shared/idb-store.js';
import type { OptionalChecksModule } from './optional-options.js';

/** The prompt UI, a separate file (script tag) or chunk (npm) fetched on the first prompt. */
export type PromptModule = typeof import('../ui/index.js');
export type TriggersModule = typeof import('../journey/triggers.js');
export type DeliveryModule = typeof import('../queue/delivery.js');

/** Everything the widget takes from the browser, passed in so tests need no module mocking. */
export interface Environment {
  window: Window;
  /** `fetch` and `JSON.stringify` as found when the widget loaded, before the page could change them. */
  found: Partial<Transport>;
  /** Where sending gets the browser's own `fetch` and `JSON.stringify` (tests give their own). */
  transport?: () => Transport;
  /** Where answers wait until their endpoint acknowledged them. */
  outboxStore(): IdbStore;
  /** Where the etiquette memory (cooldowns, "don't ask again") is kept once consent allows. */
  openEtiquette(): EtiquetteStore;
  now(): number;
  random(): number;
  uuid(): string;
  loadPrompt(): Promise<PromptModule>;
  /** Delivery: batches, retries, tabs taking turns, leaving the page; fetched once there is something to send. */
  loadDelivery(): Promise<DeliveryModule>;
  /** The trigger runtime, fetched at start only when the config has triggers. */
  loadTriggers(): Promise<TriggersModule>;
  /** The checks of the site's replacement texts and help, fetched at start only when the config sets them. */
  loadOptionalChecks(): Promise<OptionalChecksModule>;
  /** A file of a language's texts (`de`, `de-effort`…), a separate file (script tag) or chunk (npm) fetched when needed. */
  loadLocale(code: string): Promise<LocaleModule>;
}

/**
 * Reads the browser's globals when the widget starts, never at import time, so importing the
 * package on a server is safe. Undefined where there is no DOM or the page is not secure.
 */
export function browserEnvironment(
  loaders: Pick<Environment, 'loadPrompt' | 'loadLocale' | 'loadTriggers' | 'loadDelivery' | 'loadOptionalChecks'>,
): Environment | undefined {
  // randomUUID (and the rest of our needs) exist only in secure contexts: https or localhost.
  if (typeof document === 'undefined' || !window.isSecureContext) return undefined;
  return {
    window,
    // Taken now: a page that replaces them later does not change how we send.
    found: { fetch: window.fetch, stringify: JSON.stringify },
    outboxStore: () => createIdbStore(OUTBOX_DB, OUTBOX_STORE, OUTBOX_LOCK),
    openEtiquette: createEtiquetteStore,
    now: Date.now,
    random: Math.random,
    uuid: () => crypto.randomUUID(),
    ...loaders,
  };
}
