import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { CollectedRequest, Collector, CollectorMode } from '../../demo/collector.js';
import { expect, poll, snippetHtml, test, widgetPage } from './fixtures.ts';
import { holdOutboxInPage, releaseOutboxInPage } from './support/outbox.ts';
import {
  answer,
  ask,
  closeButton,
  flush,
  OUTBOX_DB,
  OUTBOX_STORE,
  readOutbox,
  thanks,
  widget,
} from './support/widget.ts';

const PACKAGE_VERSION: string = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).version;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const RFC3339_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
const EVENT_KEYS = ['specversion', 'id', 'source', 'type', 'time', 'subject', 'datacontenttype', 'data'];
/** A face was chosen before Send: the answer names that choice's partial answer (`replaces`). */
const DATA_KEYS = [
  'step',
  'instrument',
  'scale',
  'rating',
  'emotions',
  'comment',
  'replaces',
  'page',
  'locale',
  'widgetVersion',
];

const mime = (contentType: string | undefined) => contentType?.split(';')[0]?.trim();
const eventsOf = (request: CollectedRequest): Array<{ id: string }> => JSON.parse(request.body);
const idsOf = (requests: CollectedRequest[]) => requests.flatMap((request) => eventsOf(request).map((e) => e.id));

/** Request headers that carry the page's query string (the page is opened with `?secret=1`). */
function leakedQueries(request: CollectedRequest): string[] {
  return Object.entries(request.headers)
    .filter(([name, value]) => String(value).includes('secret') || (name === 'referer' && String(value).includes('?')))
    .map(([name, value]) => `${name}: ${value}`);
}

const shopConfig = (collector: Collector, extra: Record<string, unknown> = {}) => ({
  endpoint: collector.endpoint,
  site: 'shop-e2e',
  ...extra,
});

test('an answer reaches the collector as exactly the documented CloudEvent, without query or cookies', async ({
  page,
  context,
  server,
  collector,
  guard,
}) => {
  await context.addCookies([{ name: 'collector_session', value: 'c1', url: collector.url }]);
  const started = Date.now();
  const { path } = await widgetPage(page, server, {
    config: shopConfig(collector, { locale: 'en-GB', steps: { checkout: { question: 'How was checkout?' } } }),
    suffix: '?secret=1#x',
    events: true,
  });
  await page.evaluate(() => {
    // biome-ignore lint/suspicious/noDocumentCookie: a site setting its own cookie is the scenario
    document.cookie = 'shop_session=s1; path=/';
  });
  // Both cookies would go to the collector with a credentialed request.
  expect((await context.cookies(collector.url)).map((c) => c.name).sort()).toEqual([
    'collector_session',
    'shop_session',
  ]);

  await ask(page, 'checkout');
  await expect(widget(page).getByRole('form', { name: 'How was checkout?' })).toBeVisible();
  await answer(page, { rating: 4, emotions: ['relieved', 'delighted'], comment: '  Quick and easy.\n ' });
  await expect(thanks(page)).toBeVisible();
  await poll(() => collector.received.length).toBe(1);
  await poll(() => guard.events('delivered').length).toBe(1);

  expect(collector.requests).toHaveLength(1);
  const [request] = collector.requests as [CollectedRequest];
  expect(request.method).toBe('POST');
  expect(request.path).toBe('/answers');
  expect(mime(request.contentType)).toBe('application/cloudevents-batch+json');
  expect(request.headers.cookie).toBeUndefined();
  expect(leakedQueries(request)).toEqual([]);
  expect(request.status).toBe(200);

  const batch = JSON.parse(request.body);
  expect(Array.isArray(batch)).toBe(true);
  expect(batch).toHaveLength(1);
  const event = batch[0];
  expect(Object.keys(event).sort()).toEqual([...EVENT_KEYS].sort());
  expect(Object.keys(event.data).sort()).toEqual([...DATA_KEYS].sort());
  expect(event).toEqual({
    specversion: '1.0',
    id: expect.stringMatching(UUID_V4),
    source: 'shop-e2e',
    type: 'feelback.answer.v1',
    time: expect.stringMatching(RFC3339_UTC),
    subject: 'checkout',
    datacontenttype: 'application/json',
    data: {
      step: 'checkout',
      instrument: 'feeling',
      scale: { min: 1, max: 5 },
      rating: 4,
      emotions: expect.arrayContaining(['relieved', 'delighted']),
      comment: 'Quick and easy.',
      replaces: expect.stringMatching(UUID_V4),
      page: path,
      locale: 'en-GB',
      widgetVersion: PACKAGE_VERSION,
    },
  });
  expect(event.data.emotions).toHaveLength(2);
  expect(event.data.widgetVersion).toMatch(/^\d+\.\d+\.\d+/);
  const time = Date.parse(event.time);
  expect(time).toBeGreaterThanOrEqual(started - 1_000);
  expect(time).toBeLessThanOrEqual(Date.now() + 1_000);
  expect(JSON.stringify(event)).not.toContain('secret');

  // Its partial answer was dropped unsent: only the answer arrives.
  expect(collector.received).toEqual([event]);
  expect(event.data.replaces).not.toBe(event.id);
  expect(collector.duplicates).toBe(0);
  expect(guard.events('answered').map((e) => e.payload.id)).toEqual([event.id]);
  expect(guard.events('delivered').map((e) => e.payload.ids)).toEqual([[event.id]]);
});

test('a page whose referrer policy is unsafe-url still sends no query string to the endpoint', async ({
  page,
  server,
  collector,
}) => {
  await widgetPage(page, server, {
    config: shopConfig(collector),
    headers: { 'Referrer-Policy': 'unsafe-url' },
    suffix: '?secret=1',
  });
  await ask(page, 'checkout');
  await answer(page, { rating: 3 });
  await poll(() => collector.received.length).toBe(1);
  expect(collector.requests.map(leakedQueries)).toEqual([[]]);
});

test('a same-origin endpoint path receives the answer without the site’s cookies', async ({
  page,
  server,
  collector,
}) => {
  const endpoint = `${server.forward(collector.url)}/answers`;
  await widgetPage(page, server, { config: { endpoint, site: 'shop-e2e' } });
  await page.evaluate(() => {
    // biome-ignore lint/suspicious/noDocumentCookie: a site setting its own cookie is the scenario
    document.cookie = 'shop_session=s1; path=/';
  });
  await ask(page, 'basket');
  await answer(page, { rating: 5 });
  await poll(() => collector.received.length).toBe(1);
  const [request] = collector.requests as [CollectedRequest];
  expect(request.headers.cookie).toBeUndefined();
  expect(collector.received[0]).toMatchObject({ subject: 'basket', data: { rating: 5 } });
});

/** Keeps a readwrite transaction on the widget's outbox until `releaseOutbox`; the widget deletes an empty outbox, so it is made again here, as its next write would. */
const holdOutbox = (page: Page): Promise<void> =>
  page.evaluate(holdOutboxInPage, [OUTBOX_DB, OUTBOX_STORE, true] as const);

/** Ends the transaction of `holdOutbox`; returns how many answers the outbox held meanwhile. */
const releaseOutbox = (page: Page): Promise<number> => page.evaluate(releaseOutboxInPage);

/** Where the page counts the readwrite transactions opened on the widget's outbox (not a string key: no new global name). */
const WRITES = 'e2e.outbox-write-transactions';

/** Counts, on the page's window under a symbol, every readwrite transaction opened on the outbox database. */
async function countOutboxWrites(page: Page): Promise<void> {
  await page.addInitScript(
    ([key, name]) => {
      const counter = Symbol.for(key);
      const windowRecord = window as unknown as Record<symbol, number>;
      windowRecord[counter] = 0;
      const transaction = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
        const opened = transaction.apply(this, args);
        if (this.name === name && opened.mode === 'readwrite') windowRecord[counter] = (windowRecord[counter] ?? 0) + 1;
        return opened;
      };
    },
    [WRITES, OUTBOX_DB] as const,
  );
}

const outboxWrites = (page: Page): Promise<number> =>
  page.evaluate((key) => (window as unknown as Record<symbol, number>)[Symbol.for(key)] ?? 0, WRITES);

test('the answer is in IndexedDB before the thanks shows, and removed only after a 2xx', async ({
  page,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(collector.url);
  await countOutboxWrites(page);
  await page.clock.install();
  await widgetPage(page, server, { config: shopConfig(collector) });
  // A first answer creates the widget's database (it is never created just to look into it).
  await ask(page, 'basket');
  await answer(page, { rating: 5 });
  await poll(() => collector.received.length).toBe(1);
  await poll(() => readOutbox(page)).toEqual([]);
  // Past the widget's look for leftovers (a second after it started), and the emptied outbox
  // deleted: during the hold below, only the new answer writes.
  await page.clock.runFor(1_000);
  await flush(page);
  await poll(() => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))).not.toContain(
    OUTBOX_DB,
  );
  await closeButton(page).click();
  await expect(widget(page)).toHaveCount(0);

  collector.setMode({ status: 503 });
  await ask(page, 'payment');
  await holdOutbox(page);
  const writesBefore = await outboxWrites(page);
  await answer(page, { rating: 2 });
  // The widget has started its writes (which wait behind the held transaction): the partial
  // answer at the choice, then the answer, which drops it…
  await poll(() => outboxWrites(page)).toBe(writesBefore + 2);
  // …and while storage cannot be written, the shopper is not told the answer is safe.
  await expect(thanks(page)).toHaveCount(0);
  expect(await releaseOutbox(page)).toBe(0);
  await expect(thanks(page)).toBeVisible();

  const stored = await readOutbox(page);
  expect(stored).toHaveLength(1);
  const id = String(stored[0]?.key);
  expect(id).toMatch(UUID_V4);
  expect(stored[0]?.value.event).toMatchObject({ id, subject: 'payment', data: { rating: 2 } });

  // The 503 keeps it.
  await poll(() => collector.requests.length).toBeGreaterThan(1);
  expect(collector.requests.slice(1).every((r) => r.status === 503)).toBe(true);
  expect((await readOutbox(page)).map((entry) => entry.key)).toEqual([id]);

  collector.setMode('ok');
  await flush(page);
  expect(collector.received).toHaveLength(2);
  expect(collector.received[1]?.id).toBe(id);
  await poll(() => readOutbox(page)).toEqual([]);
});

test('after a 503 the same answer is retried with the same id and delivered once', async ({
  page,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(collector.url);
  collector.queueModes([{ status: 503 }]);
  await widgetPage(page, server, { config: shopConfig(collector, { delivery: { retryBaseMs: 100 } }) });
  await ask(page, 'checkout');
  await answer(page, { rating: 1, emotions: ['frustrated'] });
  await poll(() => collector.requests.length).toBeGreaterThan(0);
  // One attempt of everything pending: the answer is delivered when flush settles.
  await flush(page);
  expect(collector.received).toHaveLength(1);
  const statuses = collector.requests.map((r) => r.status);
  expect(statuses[0]).toBe(503);
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(new Set(idsOf(collector.requests))).toEqual(new Set([collector.received[0]?.id]));
  await flush(page);
  expect(collector.received).toHaveLength(1);
  expect(collector.duplicates).toBe(0);
  await poll(() => readOutbox(page)).toEqual([]);
});

const FAILURES: Array<[string, CollectorMode]> = [
  ['never answers', 'hang'],
  ['resets the connection', 'reset'],
  ['replies with something that is not HTTP', 'not-http'],
];
for (const [what, mode] of FAILURES) {
  test(`an endpoint that ${what} gets the answer again later, once`, async ({ page, server, collector, guard }) => {
    guard.allowFailedRequests(collector.url);
    collector.queueModes([mode]);
    await widgetPage(page, server, {
      config: shopConfig(collector, { delivery: { timeoutMs: 1_000, retryBaseMs: 100 } }),
    });
    await ask(page, 'checkout');
    await answer(page, { rating: 5, comment: 'Fast' });
    await expect(thanks(page)).toBeVisible();
    await poll(() => collector.received.length, { timeout: 6_000 }).toBe(1);
    expect(collector.requests[0]).toMatchObject({ mode, status: null });
    expect(new Set(idsOf(collector.requests))).toEqual(new Set([collector.received[0]?.id]));
    await flush(page);
    expect(collector.received).toHaveLength(1);
    expect(collector.duplicates).toBe(0);
    await poll(() => readOutbox(page)).toEqual([]);
  });
}

test('a 2xx whose body is an HTML page, not JSON, counts as delivered and is not sent again', async ({
  page,
  server,
  collector,
  guard,
}) => {
  collector.queueModes(['html-body']);
  await widgetPage(page, server, { config: shopConfig(collector, { delivery: { retryBaseMs: 100 } }), events: true });
  await ask(page, 'checkout');
  await answer(page, { rating: 4 });
  await poll(() => guard.events('delivered').length).toBe(1);
  await poll(() => readOutbox(page)).toEqual([]);
  await flush(page);
  // One request: the widget never looked for JSON in the reply.
  expect(collector.requests.map((r) => [r.mode, r.status])).toEqual([['html-body', 200]]);
  expect(collector.received).toHaveLength(1);
  expect(guard.events('delivered').map((e) => e.payload.ids)).toEqual([[collector.received[0]?.id]]);
});

test('an answer the endpoint could not take is sent after the next page load', async ({
  page,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(collector.url);
  collector.setMode({ status: 503 });
  const config = shopConfig(collector);
  await widgetPage(page, server, { config });
  await ask(page, 'confirmation');
  await answer(page, { rating: 4 });
  await poll(() => collector.requests.length).toBeGreaterThan(0);
  const [pending] = await readOutbox(page);
  expect(pending).toBeDefined();
  await page.goto('about:blank');

  collector.setMode('ok');
  const loadedAt = Date.now();
  await page.goto(server.url + server.page(snippetHtml({ config })));
  await poll(() => collector.received.map((e) => e.id), { timeout: 5_000 }).toEqual([pending?.key]);
  // The widget came in to deliver, and put nothing in front of the shopper for it.
  await expect(widget(page)).toHaveCount(0);
  const delivery = collector.requests.find((r) => r.status === 200);
  // Not during the load itself.
  expect(delivery?.at).toBeGreaterThanOrEqual(loadedAt + 500);
  expect(collector.duplicates).toBe(0);
  await poll(() => readOutbox(page)).toEqual([]);
});
