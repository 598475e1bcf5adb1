import type { Frame, Locator, Page, Request } from '@playwright/test';

/** The command function the snippet defines and dist/feelback.js replaces. */
type FeelbackCommand = ((command: string, ...args: unknown[]) => unknown) & { q?: unknown[] };

declare global {
  interface Window {
    feelback: FeelbackCommand;
    /** A listener a test page defines, to remove it later. */
    e2eEarly?: unknown;
  }
}

/** A page, or a frame in it: the widget may run inside an iframe. */
export type Scope = Pick<Frame, 'locator' | 'evaluate'>;

export const OUTBOX_DB = 'feelback-outbox';
export const OUTBOX_STORE = 'answers';

/** Accessible names of the faces, rating 1 first. */
export const FACE_NAMES = ['Very unhappy', 'Unhappy', 'Neither happy nor unhappy', 'Happy', 'Very happy'];

export const THANKS_TEXT = /^Thank you!/;
export const SAVED_OFFLINE_TEXT = /saved — we’ll send it when you’re back online\./;

export const widget = (page: Scope): Locator => page.locator('feelback-widget');
export const region = (page: Scope): Locator => widget(page).getByRole('region', { name: 'Feedback' });
export const face = (page: Scope, rating: number): Locator =>
  widget(page).locator(`input[type="radio"][name="rating"][value="${rating}"]`);
export const emotion = (page: Scope, key: string): Locator =>
  widget(page).locator(`input[type="checkbox"][name="emotions"][value="${key}"]`);
export const comment = (page: Scope): Locator => widget(page).locator('textarea[name="comment"]');
export const sendButton = (page: Scope): Locator => widget(page).getByRole('button', { name: 'Send' });
export const closeButton = (page: Scope): Locator => widget(page).getByRole('button', { name: 'Close' });
export const status = (page: Scope): Locator => widget(page).locator('[role="status"]');

/** The visible thanks message (the status region says the same words, unless keyboard focus moved onto it). */
export const thanks = (page: Scope, text: RegExp = THANKS_TEXT): Locator =>
  widget(page).getByText(text).and(widget(page).locator(':not([role="status"])'));

export async function ask(page: Scope, step: string, context?: { question?: string }): Promise<void> {
  await page.evaluate(([name, ctx]) => window.feelback('ask', name, ctx), [step, context] as const);
}

/** Resolves once the widget has made one delivery attempt of everything pending. */
export async function flush(page: Scope): Promise<void> {
  await page.evaluate(() => window.feelback('flush'));
}

export interface Answer {
  rating: number;
  emotions?: string[];
  comment?: string;
}

/** Picks a face, words and a comment with the mouse, then presses Send. */
export async function answer(page: Scope, { rating, emotions = [], comment: text }: Answer): Promise<void> {
  await face(page, rating).check();
  for (const key of emotions) await emotion(page, key).check();
  if (text !== undefined) await comment(page).fill(text);
  await sendButton(page).click();
}

export interface OutboxEntry {
  key: IDBValidKey;
  value: { event: Record<string, unknown> & { id: string; data: Record<string, unknown> } } & Record<string, unknown>;
}

/**
 * Reads the stored answers from the widget's IndexedDB outbox with the raw API (`all`: also the
 * delivery lease and set-aside records, whose keys start with "~"). Never creates the database: a
 * database made here without its store would break the widget's own upgrade.
 */
export async function readOutbox(page: Scope, { all = false } = {}): Promise<OutboxEntry[]> {
  const entries = await readStore(page);
  return all ? entries : entries.filter((entry) => !String(entry.key).startsWith('~'));
}

function readStore(page: Scope): Promise<OutboxEntry[]> {
  return page.evaluate(outboxEntries, [OUTBOX_DB, OUTBOX_STORE] as const);
}

/**
 * Runs in the page (any engine): whether a delivery run of this origin waits for its turn, the
 * Web Lock (`feelback-delivery`) another tab holds. The tab's delivery has come then, and watches
 * for the page being left; left sooner, its answer would go with the next visit instead.
 */
export async function deliveryWaitsForTurn(): Promise<boolean> {
  return (await navigator.locks.query()).pending?.some((lock) => lock.name === 'feelback-delivery') ?? false;
}

/**
 * Runs in the page (any engine): every entry of the outbox store, keys included; none when the
 * database or its store does not exist yet.
 */
export async function outboxEntries([name, storeName]: readonly [string, string]): Promise<OutboxEntry[]> {
  const databases = await indexedDB.databases();
  if (!databases.some((db) => db.name === name)) return [];
  return new Promise<OutboxEntry[]>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      // Deleted between the listing and this open (the widget drops an emptied outbox): the
      // upgrade aborted above means there was none.
      if (request.error?.name !== 'AbortError') return reject(request.error);
      event.preventDefault();
      resolve([]);
    };
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(storeName)) {
        db.close();
        resolve([]);
        return;
      }
      const tx = db.transaction(storeName, 'readonly');
      const keys = tx.objectStore(storeName).getAllKeys();
      const values = tx.objectStore(storeName).getAll();
      tx.oncomplete = () => {
        db.close();
        resolve(keys.result.map((key, i) => ({ key, value: values.result[i] })));
      };
      tx.onerror = () => {
        db.close();
        reject(tx.error);
      };
    };
  });
}

/** The POSTs a tab starts to `endpoint`, those the network refuses (offline) included. */
export function attemptsOf(tab: Page, endpoint: string): Request[] {
  const requests: Request[] = [];
  tab.on('request', (request) => {
    if (request.method() === 'POST' && request.url() === endpoint) requests.push(request);
  });
  return requests;
}

/** Whether the tab has fetched the delivery code (after a prompt showed, in idle time, or to send). */
export const deliveryLoaded = (tab: Page) =>
  tab.evaluate(() =>
    performance.getEntriesByType('resource').some((entry) => /\/feelback-delivery\.[\w-]+\.js$/.test(entry.name)),
  );

/** Whether the tab imported the widget itself (dist/feelback.js alone only queues calls). Not under
 * `page.clock`, whose fake `performance` lists no resources: there, watch the requests (dist-files.ts). */
export const widgetLoaded = (tab: Page) =>
  tab.evaluate(() =>
    performance.getEntriesByType('resource').some((entry) => /\/feelback-core\.[\w-]+\.js$/.test(entry.name)),
  );
