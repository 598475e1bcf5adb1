/**
 * The answer queue's promises where only a browser can show them: an answer in flight when the
 * page is left still arrives, a second `init` keeps the page's answers, tabs learn what another
 * tab delivered, an answer goes only to the endpoint it was given for, and nothing is left on the
 * device once everything has arrived.
 */
import { expect, poll, snippetHtml, test, widgetPage } from './fixtures.ts';
import { distPath, pathsRequested } from './support/dist-files.ts';
import { databases, JOURNEY_DB } from './support/journey.ts';
import { pastLeftoverLook, watchLeftoverLook } from './support/leftover-look.ts';
import { expectDeliveredOnce, seedOutbox, shopConfig, storedAnswers } from './support/outbox.ts';
import { answer, ask, flush, OUTBOX_DB, thanks } from './support/widget.ts';

test('answered on the confirmation page and left at once, the first request still open: the answer arrives, with no later visit', async ({
  page,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(collector.url);
  // A slow endpoint: the request is open when the shopper leaves.
  collector.queueModes(['hang']);
  await widgetPage(page, server, { config: shopConfig(collector), events: true });
  await ask(page, 'order_confirmed');
  await answer(page, { rating: 5 });
  await poll(() => collector.requests.length).toBe(1);
  // Away to a page without the widget: nothing will come back to send it later.
  await page.goto(server.url + server.page('<!doctype html><title>Elsewhere</title>'));
  await poll(() => collector.received.length).toBe(1);
  expectDeliveredOnce(collector, [guard.events('answered')[0]?.payload.id]);
  expect(collector.requests[1]?.contentType.split(';')[0]).toBe('text/plain');
});

test('a second init keeps an answer held in memory (no storage): it still arrives', async ({
  page,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(collector.url);
  await page.addInitScript({ content: `Object.defineProperty(window, 'indexedDB', { value: undefined });` });
  collector.setMode({ status: 503 });
  await widgetPage(page, server, { config: shopConfig(collector), events: true });
  await ask(page, 'checkout');
  await answer(page, { rating: 4 });
  await expect(thanks(page)).toBeVisible();
  await poll(() => collector.requests.length).toBeGreaterThan(0);
  expect(guard.events('answered').map((e) => e.payload.stored)).toEqual([false]);
  // The site changes its config (a consent banner, a new page of an app): same instance, same answers.
  await page.evaluate((config) => window.feelback('init', config), shopConfig(collector, { batchSize: 10 }));
  collector.setMode('ok');
  await flush(page);
  await poll(() => collector.received.length).toBe(1);
  expectDeliveredOnce(collector, [guard.events('answered')[0]?.payload.id]);
});

test('an answer another tab delivered is never sent again when the tab that took it is left', async ({
  page,
  context,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(collector.url);
  const config = shopConfig(collector, { retryBaseMs: 600_000, retryMaxMs: 600_000 });
  collector.setMode({ status: 503 });
  await widgetPage(page, server, { config, events: true });
  await ask(page, 'checkout');
  await answer(page, { rating: 4 });
  await poll(() => collector.requests.length).toBe(1);
  // Another tab delivers it (the first waits out its long backoff).
  collector.setMode('ok');
  const other = await context.newPage();
  await other.goto(server.url + server.page(snippetHtml({ config })));
  await flush(other);
  await poll(() => collector.received.length).toBe(1);
  // The tab that took the answer is left: it heard of the delivery and sends nothing.
  await page.goto(server.url + server.page('<!doctype html><title>Elsewhere</title>'));
  await other.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  expect(collector.requests).toHaveLength(2);
  expectDeliveredOnce(collector, [guard.events('answered')[0]?.payload.id]);
});

test('an answer goes only to the endpoint it was given for, also when a page of another config sends it', async ({
  page,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(collector.url);
  // A long backoff: the answer is still waiting (not due) when the shopper moves on.
  const delivery = { retryBaseMs: 600_000, retryMaxMs: 600_000 };
  const tenantA = { ...shopConfig(collector, delivery), endpoint: `${collector.url}/answers?tenant=a` };
  const tenantB = { ...tenantA, endpoint: `${collector.url}/answers?tenant=b`, site: 'tenant-b' };
  collector.setMode({ status: 503 });
  await widgetPage(page, server, { config: tenantA, events: true });
  await ask(page, 'checkout');
  await answer(page, { rating: 1, comment: 'For tenant A only.' });
  // Refused for now, and no request open when the shopper moves on.
  await poll(() => collector.requests.map((request) => request.status)).toEqual([503]);
  collector.setMode('ok');
  // Tenant B's page, same origin: it finds A's answer waiting, and sends it to A.
  await page.goto(server.url + server.page(snippetHtml({ config: tenantB })));
  await flush(page);
  await poll(() => collector.received.length).toBe(1);
  expect(new Set(collector.requests.map((request) => request.url))).toEqual(new Set(['/answers?tenant=a']));
  expectDeliveredOnce(collector, [guard.events('answered')[0]?.payload.id]);
});

test('nothing is left behind: once everything arrived the outbox is deleted, and a quiet page loads only the loader', async ({
  page,
  server,
  collector,
}) => {
  const ids = await seedOutbox(page, server, [{}, {}]);
  await widgetPage(page, server, { config: shopConfig(collector) });
  await flush(page);
  expectDeliveredOnce(collector, ids);
  await poll(() => databases(page)).not.toContain(OUTBOX_DB);
  await expect(databases(page)).resolves.not.toContain(JOURNEY_DB);
  // The next page view where nothing happens: the loader looks, finds nothing, fetches nothing more.
  const requested = pathsRequested(page);
  await watchLeftoverLook(page);
  await widgetPage(page, server, { config: shopConfig(collector) });
  await pastLeftoverLook(page);
  expect(requested).toContain('/dist/feelback.js');
  expect(requested).not.toContain(distPath('core'));
  expect(await storedAnswers(page)).toEqual([]);
});

test('an etiquette memory that hangs on open does not hold back the prompt', async ({ page, server, collector }) => {
  // The shopper dismissed a prompt long ago: their etiquette memory exists; today it never opens.
  await page.goto(server.url + server.page('<!doctype html><title>Seed</title>'));
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open(name);
        request.onupgradeneeded = () => request.result.createObjectStore('state').put({ steps: {} }, 'etiquette');
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
      }),
    JOURNEY_DB,
  );
  await page.addInitScript({
    content: `const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (name) { return name === '${JOURNEY_DB}' ? {} : open.apply(this, arguments); };`,
  });
  await widgetPage(page, server, { config: shopConfig(collector) });
  await page.evaluate(() => window.feelback('step', 'checkout'));
  // The widget gives up on the memory after 2 s and asks.
  await expect(page.locator('feelback-widget')).toHaveCount(1, { timeout: 5_000 });
});
