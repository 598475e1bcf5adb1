// @vitest-environment node
import { entries, keys } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { byTime, listOutbox, putRecords, removeRecords, SET_ASIDE_PREFIX } from '../../../src/queue/outbox.ts';
import { createIdbStore } from '../../../src/shared/idb-store.ts';
import { answerEvent, record, uuid } from '../support/fixtures.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 6);
let databases = 0;

/** A store on a database of its own, holding `values` under their keys. */
async function storeWith(values: Array<[IDBValidKey, unknown]> = []) {
  const store = createIdbStore(`outbox-test-${++databases}`, 'answers');
  await store.create('readwrite', (objects) => {
    for (const [key, value] of values) objects.put(value, key);
  });
  return store;
}

describe('listOutbox', () => {
  it('lists every answer, checked, oldest first', async () => {
    const store = await storeWith([3, 1, 2].map((n) => [uuid(n), record(n)]));
    expect(await listOutbox(store, NOW)).toEqual({
      records: [record(1), record(2), record(3)],
      setAside: [],
      onlyThese: true,
    });
  });

  it('takes the records it may reuse as they are and reads the rest; lists only what the store has', async () => {
    const store = await storeWith([1, 2, 3].map((n) => [uuid(n), record(n)]));
    const later = (n: number) => record(n, { attempts: 7, nextAttemptAt: NOW + 60_000 });
    const known = new Map([1, 2, 9].map((n) => [uuid(n), later(n)]));
    const read = vi.spyOn(IDBObjectStore.prototype, 'get');
    expect((await listOutbox(store, NOW, (key) => known.get(key))).records).toEqual([later(1), later(2), record(3)]);
    expect(read.mock.calls).toEqual([[uuid(3)]]);
    // Little to reuse (a tab's first look): all of them read in one request, as the store has them.
    known.delete(uuid(2));
    expect((await listOutbox(store, NOW, (key) => known.get(key))).records).toEqual([1, 2, 3].map((n) => record(n)));
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('creates nothing where there is no outbox', async () => {
    const store = createIdbStore(`outbox-test-${++databases}`, 'answers');
    expect(await listOutbox(store, NOW)).toEqual({ records: [], setAside: [], onlyThese: true });
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(`outbox-test-${databases}`);
  });

  it('sets aside what it cannot read, once, with the time; never sends it', async () => {
    const corrupt = { v: 3, event: { id: uuid(2) } };
    const store = await storeWith([
      [uuid(1), record(1)],
      [uuid(2), corrupt],
      [uuid(3), record(4)],
    ]);
    const first = await listOutbox(store, NOW);
    expect(first).toEqual({ records: [record(1)], setAside: [uuid(2), uuid(3)], onlyThese: false });
    expect(await entries(store.use)).toEqual([
      [uuid(1), record(1)],
      [`${SET_ASIDE_PREFIX}${uuid(2)}`, { at: NOW, value: corrupt }],
      [`${SET_ASIDE_PREFIX}${uuid(3)}`, { at: NOW, value: record(4) }],
    ]);
    // Reported once: the next look finds nothing new to set aside.
    expect((await listOutbox(store, NOW + 1)).setAside).toEqual([]);
  });

  it('deletes what was set aside more than 30 days ago', async () => {
    const store = await storeWith([
      [`${SET_ASIDE_PREFIX}a`, { at: NOW - 31 * DAY, value: 1 }],
      [`${SET_ASIDE_PREFIX}b`, { at: NOW - 29 * DAY, value: 2 }],
      [`${SET_ASIDE_PREFIX}c`, 'no time'],
    ]);
    expect((await listOutbox(store, NOW)).onlyThese).toBe(false);
    expect(await keys(store.use)).toEqual([`${SET_ASIDE_PREFIX}b`]);
    expect((await listOutbox(store, NOW + 2 * DAY)).onlyThese).toBe(true);
    expect(await keys(store.use)).toEqual([]);
  });

  it('deletes what was set aside by a clock more than 30 days ahead: it would otherwise stay until then', async () => {
    const store = await storeWith([
      [`${SET_ASIDE_PREFIX}a`, { at: NOW + 365 * DAY, value: 1 }],
      [`${SET_ASIDE_PREFIX}b`, { at: NOW + 29 * DAY, value: 2 }],
    ]);
    await listOutbox(store, NOW);
    expect(await keys(store.use)).toEqual([`${SET_ASIDE_PREFIX}b`]);
  });

  it('leaves a record of a newer widget where it is: not listed, not set aside', async () => {
    const newer = { v: 5, event: answerEvent(1), whatever: true };
    const store = await storeWith([[uuid(1), newer]]);
    expect(await listOutbox(store, NOW)).toEqual({ records: [], setAside: [], onlyThese: false });
    expect(await entries(store.use)).toEqual([[uuid(1), newer]]);
  });

  it('migrates a record of an older widget, which kept no endpoint', async () => {
    const v2 = { v: 2, event: answerEvent(1), attempts: 1, nextAttemptAt: 5, createdAt: 7 };
    const store = await storeWith([[uuid(1), v2]]);
    const [migrated] = (await listOutbox(store, NOW)).records;
    expect(migrated).toEqual({ v: 4, event: answerEvent(1), attempts: 1, nextAttemptAt: 5, createdAt: 7 });
  });
});

describe('putRecords and removeRecords', () => {
  it('never writes back a record that is gone: another tab delivered it meanwhile', async () => {
    const store = await storeWith([1, 2].map((n) => [uuid(n), record(n)]));
    await removeRecords(store, [uuid(1)]);
    await putRecords(store, [record(1, { attempts: 1 }), record(2, { attempts: 1 })]);
    expect((await listOutbox(store, NOW)).records).toEqual([record(2, { attempts: 1 })]);
  });

  it('update and remove in one transaction each; removing from no outbox creates none', async () => {
    const store = await storeWith([1, 2].map((n) => [uuid(n), record(n)]));
    await putRecords(store, [record(1, { attempts: 3 })]);
    expect((await listOutbox(store, NOW)).records).toEqual([record(1, { attempts: 3 }), record(2)]);
    await removeRecords(store, [uuid(1)]);
    expect(await keys(store.use)).toEqual([uuid(2)]);
    const none = createIdbStore(`outbox-test-${++databases}`, 'answers');
    await removeRecords(none, [uuid(1)]);
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(`outbox-test-${databases}`);
  });
});

it('byTime sorts by the answer time', () => {
  expect([record(3), record(1), record(2)].sort(byTime).map((r) => r.event.id)).toEqual([uuid(1), uuid(2), uuid(3)]);
});
