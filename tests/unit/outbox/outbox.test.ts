// @vitest-environment node
import { createStore, entries, set, type UseStore } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { createIdbOutbox, createMemoryOutbox, OUTBOX_DB } from '../../../src/outbox/outbox.ts';
import { record, uuid } from '../support/fixtures.ts';

let databases = 0;

/** A fresh database per test, so tests never see each other's records. */
function freshStore() {
  const name = `outbox-test-${++databases}`;
  const store = createStore(name, 'answers');
  const openStore = vi.fn(() => store);
  return { name, store, openStore };
}

const databaseNames = async () => (await indexedDB.databases()).map((db) => db.name);

describe('createIdbOutbox', () => {
  it('lists what was put', async () => {
    const { openStore } = freshStore();
    const outbox = createIdbOutbox(openStore, async () => true);
    await outbox.put(record(1), record(2));
    expect(await outbox.list()).toEqual([record(1), record(2)]);
  });

  it('keys each record by its event id', async () => {
    const { store, openStore } = freshStore();
    await createIdbOutbox(openStore).put(record(1));
    expect(await entries(store)).toEqual([[uuid(1), record(1)]]);
  });

  it('replaces a record put again under the same id', async () => {
    const { openStore } = freshStore();
    const outbox = createIdbOutbox(openStore);
    await outbox.put(record(1));
    await outbox.put(record(1, { attempts: 3, nextAttemptAt: 42 }));
    expect(await outbox.list()).toEqual([record(1, { attempts: 3, nextAttemptAt: 42 })]);
  });

  it('removes by id and leaves the rest', async () => {
    const { openStore } = freshStore();
    const outbox = createIdbOutbox(openStore);
    await outbox.put(record(1), record(2), record(3));
    await outbox.remove([uuid(1), uuid(3)]);
    expect(await outbox.list()).toEqual([record(2)]);
  });

  it('lists the oldest answer first', async () => {
    const { openStore } = freshStore();
    const outbox = createIdbOutbox(openStore);
    // Keys sort by id; the list must sort by event.time instead.
    await outbox.put(
      record(1, { event: { ...record(1).event, time: '2026-01-01T12:00:09.000Z' } }),
      record(2),
      record(3),
    );
    expect((await outbox.list()).map((r) => r.event.id)).toEqual([uuid(2), uuid(3), uuid(1)]);
  });

  it.each<[string, unknown]>([
    ['a string', 'garbage'],
    ['an empty object', {}],
    ['a record of a newer version', { ...record(8), v: 2 }],
    ['a record with an invalid event', { ...record(8), event: { ...record(8).event, id: 'x' } }],
  ])('skips %s without throwing, and leaves it stored', async (_name, value) => {
    const { store, openStore } = freshStore();
    await set('foreign', value, store);
    const outbox = createIdbOutbox(openStore);
    await outbox.put(record(1));
    expect(await outbox.list()).toEqual([record(1)]);
    expect(await entries(store)).toContainEqual(['foreign', value]);
  });

  it('does not open the database when it is created', () => {
    const { openStore } = freshStore();
    createIdbOutbox(openStore);
    expect(openStore).not.toHaveBeenCalled();
  });

  it('opens the database once, on first use', async () => {
    const { openStore } = freshStore();
    const outbox = createIdbOutbox(openStore);
    await outbox.put(record(1));
    await outbox.list();
    await outbox.remove([uuid(1)]);
    expect(openStore).toHaveBeenCalledTimes(1);
  });

  it('does not create the database to look for pending answers', async () => {
    const { name, openStore } = freshStore();
    const outbox = createIdbOutbox(openStore, async () => false);
    expect(await outbox.list()).toEqual([]);
    expect(openStore).not.toHaveBeenCalled();
    expect(await databaseNames()).not.toContain(name);
  });

  it('opens an existing database to look for pending answers', async () => {
    const { store, openStore } = freshStore();
    await set(uuid(1), record(1), store);
    const outbox = createIdbOutbox(openStore, async () => true);
    expect(await outbox.list()).toEqual([record(1)]);
  });

  it('looks for its own database by default', async () => {
    const outbox = createIdbOutbox(() => createStore(OUTBOX_DB, 'answers'));
    expect(await databaseNames()).not.toContain(OUTBOX_DB);
    expect(await outbox.list()).toEqual([]);
    expect(await databaseNames()).not.toContain(OUTBOX_DB);
    await outbox.put(record(1));
    expect(await databaseNames()).toContain(OUTBOX_DB);
    expect(await createIdbOutbox(() => createStore(OUTBOX_DB, 'answers')).list()).toEqual([record(1)]);
  });

  it('rejects when storage fails, so the caller can fall back', async () => {
    const failing: UseStore = () => Promise.reject(new DOMException('quota', 'QuotaExceededError'));
    await expect(createIdbOutbox(() => failing).put(record(1))).rejects.toThrow('quota');
  });
});

describe('createMemoryOutbox', () => {
  it('puts, lists oldest first and removes', async () => {
    const outbox = createMemoryOutbox();
    await outbox.put(record(3), record(1), record(2));
    await outbox.remove([uuid(2)]);
    expect(await outbox.list()).toEqual([record(1), record(3)]);
  });
});
