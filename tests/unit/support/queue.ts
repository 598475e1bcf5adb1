import { keys } from 'idb-keyval';
import { vi } from 'vitest';
import { DELIVERY_DEFAULTS } from '../../../src/config/config.ts';
import { createQueue, type Queue } from '../../../src/queue/queue.ts';
import type { QueuedAnswer } from '../../../src/queue/record.ts';
import { createSync } from '../../../src/queue/sync.ts';
import type { SyncDeps } from '../../../src/queue/sync-deps.ts';
import { createIdbStore, type IdbStore } from '../../../src/shared/idb-store.ts';
import { ENDPOINT, type FetchCall, fakeFetch } from './fixtures.ts';

let databases = 0;

/** A store on a database of its own, so tests never see each other's answers. */
export const freshStore = () => createIdbStore(`sync-test-${++databases}`, 'answers');

/** A store whose every operation fails, as IndexedDB does in a sandboxed frame. */
export const brokenStore = (): IdbStore => {
  const broken = () => Promise.reject(new DOMException('denied', 'SecurityError'));
  return { use: broken, create: broken, warm: broken, exists: broken, close() {} };
};

export const putAll = (store: IdbStore, records: QueuedAnswer[]) =>
  store.create('readwrite', (objects) => {
    for (const record of records) objects.put(record, record.event.id);
  });

export const storedIds = async (store: IdbStore) => (await keys(store.use)).map(String);

export interface SyncSetup {
  respond?: (call: FetchCall) => Response | Promise<Response>;
  store?: IdbStore;
  locks?: LockManager;
  now?: () => number;
  config?: Partial<Parameters<ReturnType<typeof createSync>['configure']>[0]>;
}

/**
 * A sync over a real queue (fake-indexeddb), a fake fetch, a fixed clock and the lowest jitter:
 * a failed first attempt waits exactly retryBaseMs / 2.
 */
export function syncSetup({ respond, store = freshStore(), locks, now = () => NOW, config = {} }: SyncSetup = {}) {
  const { fetch, calls } = fakeFetch(respond);
  const emit = vi.fn<SyncDeps['emit']>();
  const queue: Queue = createQueue({ unavailable: vi.fn(), full: vi.fn() }, store, () => undefined);
  const win = { navigator: { locks } } as unknown as Window;
  const sync = createSync({
    queue,
    emit,
    win,
    now,
    random: () => 0,
    transport: () => ({ fetch, stringify: JSON.stringify }),
  });
  sync.configure({
    ...DELIVERY_DEFAULTS,
    batchSize: 2,
    retryBaseMs: 1_000,
    retryMaxMs: 60_000,
    headers: {},
    site: 'acme-shop',
    endpoint: ENDPOINT,
    ...config,
  });
  /** The ids sent, request by request. */
  const sent = () => calls.map((call) => (call.body as Array<{ id: string }>).map((event) => event.id));
  const named = (name: string) => emit.mock.calls.filter(([event]) => event === name).map(([, payload]) => payload);
  return { sync, queue, store, calls, sent, emit, named };
}

export const NOW = Date.UTC(2026, 0, 2);
