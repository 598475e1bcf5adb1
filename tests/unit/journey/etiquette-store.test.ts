// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb';
import { set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createEtiquetteStore,
  createMemoryEtiquetteStore,
  JOURNEY_DB,
  readEtiquetteState,
} from '../../../src/journey/etiquette-store.ts';
import { createIdbStore } from '../../../src/shared/idb-store.ts';

// Each test sees an IndexedDB of its own: none finds a database an earlier test created.
beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

let count = 0;
const databaseNames = async () => (await indexedDB.databases()).map((db) => db.name);

/** A fresh database per test. */
function fresh() {
  const name = `etiquette-test-${++count}`;
  const store = createIdbStore(name, 'state');
  return { name, store, etiquette: createEtiquetteStore(store) };
}

describe('createEtiquetteStore', () => {
  it('load on a fresh device is empty and creates no database', async () => {
    const { name, etiquette } = fresh();
    expect(await etiquette.load()).toEqual({ steps: {} });
    expect(await databaseNames()).not.toContain(name);
  });

  it('the first save creates the database; load reads back what was saved', async () => {
    const { name, etiquette } = fresh();
    const state = { optOut: true, lastPromptAt: 1000, steps: { checkout: 1000 } };
    await etiquette.save(state);
    expect(await databaseNames()).toContain(name);
    expect(await createEtiquetteStore(createIdbStore(name, 'state')).load()).toEqual(state);
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
      const { store, etiquette } = fresh();
      await set('etiquette', record, store.create);
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

it('an open that hangs gives up after 2 s: the load rejects, so the prompt decides without it', async () => {
  vi.useFakeTimers();
  const hanging = { open: () => ({}) } as unknown as IDBFactory;
  const load = createEtiquetteStore(createIdbStore('hanging', 'state', undefined, 2_000, () => hanging)).load();
  const failed = expect(load).rejects.toThrow('did not open within 2000 ms');
  await vi.advanceTimersByTimeAsync(2_000);
  await failed;
});

describe('readEtiquetteState', () => {
  it('reads only the record’s own fields, never a polluted Object.prototype', () => {
    Object.assign(Object.prototype, { optOut: true, lastPromptAt: 5, steps: { checkout: 5 } });
    try {
      const read = [readEtiquetteState({ steps: {} }), readEtiquetteState({})];
      expect(read.map((state) => [Object.hasOwn(state, 'optOut'), Object.hasOwn(state, 'lastPromptAt')])).toEqual([
        [false, false],
        [false, false],
      ]);
      expect(read.map((state) => Object.keys(state.steps))).toEqual([[], []]);
    } finally {
      for (const key of ['optOut', 'lastPromptAt', 'steps']) Reflect.deleteProperty(Object.prototype, key);
    }
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
