import { createStore, get, set, type UseStore } from 'idb-keyval';
import * as z from 'zod/mini';
import { finite, flag, lazy, mapOf } from '../config/checks.js';
import { databaseExists } from '../outbox/outbox.js';
import type { EtiquetteState } from './etiquette.js';

export const JOURNEY_DB = 'feelback-journey';
const KEY = 'etiquette';

const getStateSchema = lazy(() =>
  z.object({
    optOut: z.optional(flag),
    lastPromptAt: z.optional(finite),
    steps: mapOf(finite, /^/, 'expected step times'),
  }),
);

export interface EtiquetteStore {
  load(): Promise<EtiquetteState>;
  save(state: EtiquetteState): Promise<void>;
}

/**
 * Etiquette memory in our own IndexedDB database. Nothing is created until the first save (the
 * shopper acted on a prompt), and reading skips a database that does not exist. A record that
 * fails validation reads as empty: at worst the shopper is asked once more.
 */
export function createEtiquetteStore(
  openStore: () => UseStore = () => createStore(JOURNEY_DB, 'state'),
  exists = () => databaseExists(JOURNEY_DB),
): EtiquetteStore {
  let store: UseStore | undefined;
  const use = () => (store ??= openStore());
  return {
    async load() {
      if (!(await exists())) return { steps: {} };
      const result = getStateSchema().safeParse(await get(KEY, use()));
      return result.success ? result.data : { steps: {} };
    },
    // Async, so a storage that throws at once (no IndexedDB) rejects instead of throwing.
    save: async (state) => set(KEY, state, use()),
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
