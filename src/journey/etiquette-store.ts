import { promisifyRequest } from 'idb-keyval';
import { isFiniteNumber, isRecord, own } from '../shared/checks.js';
import { createIdbStore, type IdbStore } from '../shared/idb-store.js';
import type { EtiquetteState } from './etiquette.js';

export const JOURNEY_DB = 'feelback-journey';
const KEY = 'etiquette';

/** What we stored, if it still has that shape: anything else reads as nothing remembered. */
export function readEtiquetteState(value: unknown): EtiquetteState {
  if (!isRecord(value)) return { steps: {} };
  // Own fields only: a polluted Object.prototype.optOut is not what the shopper chose.
  const steps = own(value, 'steps');
  const optOut = own(value, 'optOut');
  const lastPromptAt = own(value, 'lastPromptAt');
  const ok =
    isRecord(steps) &&
    Object.values(steps).every(isFiniteNumber) &&
    (optOut === undefined || typeof optOut === 'boolean') &&
    (lastPromptAt === undefined || isFiniteNumber(lastPromptAt));
  if (!ok) return { steps: {} };
  return {
    ...(optOut !== undefined && { optOut }),
    ...(lastPromptAt !== undefined && { lastPromptAt }),
    steps: { ...(steps as Record<string, number>) },
  };
}

export interface EtiquetteStore {
  load(): Promise<EtiquetteState>;
  save(state: EtiquetteState): Promise<void>;
  /** Lets a database connection go (`destroy`). */
  close?(): void;
}

/**
 * Etiquette memory in our own IndexedDB database. Nothing is created until the first save (the
 * shopper acted on a prompt), and reading skips a database that does not exist. An open that
 * hangs gives up after 2 s (the prompt decides without it). A record that fails its check reads
 * as empty: at worst the shopper is asked once more.
 */
export function createEtiquetteStore(store: IdbStore = createIdbStore(JOURNEY_DB, 'state')): EtiquetteStore {
  return {
    // idb-keyval's get() and set() would bring its default store along (a default parameter the
    // bundler must keep), bytes on every page for a database we never open.
    load: async () => readEtiquetteState(await store.use('readonly', (kept) => promisifyRequest(kept.get(KEY)))),
    save: (state) =>
      store.create('readwrite', (kept) => {
        kept.put(state, KEY);
        return promisifyRequest(kept.transaction);
      }),
    close: store.close,
  };
}

/** Keeps the state for this page only: no consent, or storage unavailable. */
export function createMemoryEtiquetteStore(): EtiquetteStore {
  let kept: EtiquetteState = { steps: {} };
  return {
    load: async () => kept,
    save: async (state) => {
      kept = state;
    },
  };
}
