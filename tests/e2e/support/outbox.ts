import type { Page } from '@playwright/test';
import type { Collector } from '../../../demo/collector.js';
import type { StaticServer } from '../../../demo/static-server.js';
import { expect } from '../fixtures.ts';
import { OUTBOX_DB, OUTBOX_STORE, readOutbox } from './widget.ts';

/** What a test seeds: a subject (journey step) per answer, and optional record fields. */
export interface Seed {
  subject?: string;
  record?: Record<string, unknown>;
  /** Store the record under another key than its id (a corrupt entry). */
  key?: string;
  /** Store this value as it is instead of a record. */
  raw?: unknown;
}

/**
 * Opens a page of the site without the widget and writes answers straight into the widget's
 * database (as an earlier visit would have left them). Resolves their ids, in order.
 */
export async function seedOutbox(page: Page, server: StaticServer, seeds: Seed[]): Promise<string[]> {
  if (!page.url().startsWith(server.url))
    await page.goto(server.url + server.page('<!doctype html><title>Seed</title>'));
  return page.evaluate(
    async ([name, storeName, list]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name, 1);
        request.onupgradeneeded = () => request.result.createObjectStore(storeName);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const ids: string[] = [];
      const tx = db.transaction(storeName, 'readwrite');
      const store = tx.objectStore(storeName);
      const start = Date.now() - 60_000;
      list.forEach((seed, i) => {
        const id = crypto.randomUUID();
        ids.push(id);
        const subject = seed.subject ?? 'checkout';
        const event = {
          specversion: '1.0',
          id,
          source: 'shop-e2e',
          type: 'feelback.answer.v1',
          time: new Date(start + i).toISOString(),
          subject,
          datacontenttype: 'application/json',
          data: {
            step: subject,
            instrument: 'feeling',
            // v1 records predate the scale; the widget adds it when it reads them.
            ...(seed.record?.v === 1 ? {} : { scale: { min: 1, max: 5 } }),
            rating: 1 + (i % 5),
            emotions: [],
            page: '/seeded',
            locale: 'en',
            widgetVersion: '0.1.0',
          },
        };
        const value =
          'raw' in seed
            ? seed.raw
            : { v: 2, event, attempts: 0, nextAttemptAt: 0, createdAt: start + i, ...seed.record };
        store.put(value, seed.key ?? id);
      });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return ids;
    },
    [OUTBOX_DB, OUTBOX_STORE, seeds] as const,
  );
}

/** The stored answers, without the lease and set-aside records. */
export const storedAnswers = (page: Page) => readOutbox(page);

/** Every id arrived, each accepted once, nothing else arrived. */
export function expectDeliveredOnce(collector: Collector, ids: string[]): void {
  expect(new Set(collector.received.map((event) => event.id))).toEqual(new Set(ids));
  expect(collector.received).toHaveLength(ids.length);
  expect(collector.duplicates).toBe(0);
}

/** The snippet page's config for the test collector. */
export const shopConfig = (collector: Collector, delivery: Record<string, unknown> = {}) => ({
  endpoint: collector.endpoint,
  site: 'shop-e2e',
  delivery: { retryBaseMs: 100, retryMaxMs: 1_000, ...delivery },
});

/**
 * Runs in the page (any engine): opens the outbox (creating it as a first answer would, with
 * `create`) and keeps a readwrite transaction on it until `releaseOutboxInPage`, as a busy
 * disk or another tab would. Resolves once the transaction is open.
 */
export function holdOutboxInPage([name, storeName, create]: readonly [string, string, boolean]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => {
      if (create) request.result.createObjectStore(storeName);
      else request.transaction?.abort();
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const store = db.transaction(storeName, 'readwrite').objectStore(storeName);
      let release: ((count: number) => void) | undefined;
      document.addEventListener('e2e-release-outbox', (event) => {
        release = (event as CustomEvent<(count: number) => void>).detail;
      });
      // A transaction stays open while it has requests: keep asking until released.
      const spin = () => {
        const count = store.count();
        count.onsuccess = () => (release ? release(count.result) : spin());
      };
      spin();
      store.transaction.oncomplete = () => db.close();
      resolve();
    };
  });
}

/** Runs in the page: ends the transaction of `holdOutboxInPage`; resolves how many answers it saw. */
export function releaseOutboxInPage(): Promise<number> {
  return new Promise<number>((resolve) => {
    document.dispatchEvent(new CustomEvent('e2e-release-outbox', { detail: resolve }));
  });
}
