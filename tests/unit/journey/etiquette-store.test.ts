// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb';
import { createStore, set, type UseStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEtiquetteStore, createMemoryEtiquetteStore, JOURNEY_DB } from '../../../src/journey/etiquette-store.ts';

// Each test sees an IndexedDB of its own: none finds a database an earlier test created.
beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

let count = 0;
const databaseNames = async () => (await indexedDB.databases()).map((db) => db.name);

/** A fresh database per test, with an `exists` that looks for it the way the default does. */
function fresh() {
  const name = `etiquette-test-${++count}`;
  let store: UseStore | undefined;
  const openStore = vi.fn(() => (store ??= createStore(name, 'state')));
  const exists = async () => (await databaseNames()).includes(name);
  return { name, openStore, exists, etiquette: createEtiquetteStore(openStore, exists) };
}

describe('createEtiquetteStore', () => {
  it('load on a fresh device is empty and creates no database', async () => {
    const { name, openStore, etiquette } = fresh();
    expect(await etiquette.load()).toEqual({ steps: {} });
    expect(openStore).not.toHaveBeenCalled();
    expect(await databaseNames()).not.toContain(name);
  });

  it('the first save creates the database; load reads back what was saved', async () => {
    const { name, etiquette, openStore, exists } = fresh();
    const state = { optOut: true, lastPromptAt: 1000, steps: { checkout: 1000 } };
    await etiquette.save(state);
    expect(await databaseNames()).toContain(name);
    expect(await createEtiquetteStore(openStore, exists).load()).toEqual(state);
  });

  it('a later save replaces the earlier one', async () => {
    const { etiquette } = fresh();
    await etiquette.save({ steps: { a: 1 } });
    await etiquette.save({ lastPromptAt: 2, steps: { b: 2 } });
    expect(await etiquette.load()).toEqual({ lastPromptAt: 2, steps: { b: 2 } });
  });

  for (const [label, record] of [
    ['a string', 'garbage'],
    ['steps that are not numbers', { steps: { checkout: 'yesterday' } }],
    ['an optOut that is not a flag', { optOut: 'yes', steps: {} }],
    ['a lastPromptAt of NaN', { lastPromptAt: Number.NaN, steps: {} }],
    ['no steps', { optOut: true }],
    ['null', null],
  ] as const) {
    it(`a corrupt record (${label}) reads as empty`, async () => {
      const { openStore, etiquette } = fresh();
      await set('etiquette', record, openStore());
      expect(await etiquette.load()).toEqual({ steps: {} });
    });
  }

  it('the default database is feelback-journey and is not created by load', async () => {
    expect(JOURNEY_DB).toBe('feelback-journey');
    expect(await createEtiquetteStore().load()).toEqual({ steps: {} });
    expect(await databaseNames()).not.toContain(JOURNEY_DB);
  });

  it('the default store writes to feelback-journey', async () => {
    await createEtiquetteStore().save({ steps: { checkout: 5 } });
    expect(await databaseNames()).toContain(JOURNEY_DB);
    expect(await createEtiquetteStore().load()).toEqual({ steps: { checkout: 5 } });
  });
});

describe('createMemoryEtiquetteStore', () => {
  it('starts empty and keeps what was saved', async () => {
    const memory = createMemoryEtiquetteStore();
    expect(await memory.load()).toEqual({ steps: {} });
    await memory.save({ optOut: true, steps: { a: 1 } });
    expect(await memory.load()).toEqual({ optOut: true, steps: { a: 1 } });
  });

  it('each store is its own', async () => {
    const one = createMemoryEtiquetteStore();
    await one.save({ steps: { a: 1 } });
    expect(await createMemoryEtiquetteStore().load()).toEqual({ steps: {} });
  });

  it('never touches IndexedDB', async () => {
    const before = await databaseNames();
    await createMemoryEtiquetteStore().save({ steps: { a: 1 } });
    expect(await databaseNames()).toEqual(before);
  });
});
