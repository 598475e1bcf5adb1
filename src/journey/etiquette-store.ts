import { createStore, get, set, type UseStore } from 'idb-keyval';
import { databaseExists } from '../outbox/outbox.js';
import { isFiniteNumber, isRecord } from '../shared/checks.js';
import type { EtiquetteState } from './etiquette.js';

export const JOURNEY_DB = 'feelback-journey';
const KEY = 'etiquette';

/** What we stored, if it still has that shape: anything else reads as nothing remembered. */
export function readEtiquetteState(value: unknown): EtiquetteState {
  const ok =
    isRecord(value) &&
    isRecord(value.steps) &&
    Object.values(value.steps).every(isFiniteNumber) &&
    (value.optOut === undefined || typeof value.optOut === 'boolean') &&
    (value.lastPromptAt === undefined || isFiniteNumber(value.lastPromptAt));
  if (!ok) return { steps: {} };
  const { optOut, lastPromptAt } = value;
  return {
    ...(optOut !== undefined && { optOut: optOut as boolean }),
    ...(lastPromptAt !== undefined && { lastPromptAt: lastPromptAt as number }),
    steps: { ...(value.steps as Record<string, number>) },
  };
}

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
      return readEtiquetteState(await get(KEY, use()));
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
