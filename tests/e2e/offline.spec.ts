import type { CollectedRequest, Collector } from '../../demo/collector.js';
import { expect, poll, snippetHtml, test, widgetPage } from './fixtures.ts';
import { distPath } from './support/dist-files.ts';
import {
  answer,
  ask,
  attemptsOf,
  deliveryLoaded,
  face,
  flush,
  readOutbox,
  region,
  SAVED_OFFLINE_TEXT,
  sendButton,
  thanks,
  widgetLoaded,
} from './support/widget.ts';

const idsOf = (requests: CollectedRequest[]) =>
  requests.flatMap((request) => (JSON.parse(request.body) as Array<{ id: string }>).map((e) => e.id));
const delivered = (collector: Collector) => collector.requests.filter((r) => r.status === 200);

test('answered offline, reloaded twice, back online: delivered exactly once', async ({
  page,
  context,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(collector.url);
  // Offline right after the prompt shows, the delivery file may not have arrived yet: it comes when back online.
  guard.allowFailedRequests(server.url);
  // Short retry delays, so every page load makes its attempt within the test.
  await widgetPage(page, server, {
    config: { endpoint: collector.endpoint, site: 'shop-e2e', delivery: { retryBaseMs: 500, retryMaxMs: 1_000 } },
    events: true,
  });
  await ask(page, 'checkout');
  // The prompt's UI file loads when it is first asked for, the follow-up's (words, comment) when
  // the shopper reaches for the card: they go offline after that.
  await expect(region(page)).toBeVisible();
  const followUp = page.waitForEvent('requestfinished', (request) => request.url().includes(distPath('follow-up')));
  await region(page).hover();
  await followUp;

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await answer(page, { rating: 2, emotions: ['frustrated'], comment: 'The card was declined' });
  await expect(thanks(page, SAVED_OFFLINE_TEXT)).toBeVisible();
  const stored = await readOutbox(page);
  expect(stored).toHaveLength(1);
  const id = stored[0]?.key;
  expect(collector.requests).toEqual([]);

  // Back on the network, but the endpoint is unreachable: the `online` attempt fails.
  collector.setMode('reset');
  await context.setOffline(false);
  await poll(() => collector.requests.length).toBeGreaterThan(0);

  for (let load = 1; load <= 2; load++) {
    const before = collector.requests.length;
    await page.reload();
    // Each load makes its own attempt, which fails too.
    await poll(() => collector.requests.length, { timeout: 5_000 }).toBeGreaterThan(before);
    expect((await readOutbox(page)).map((entry) => entry.key)).toEqual([id]);
  }
  expect(collector.received).toEqual([]);
  expect(new Set(idsOf(collector.requests))).toEqual(new Set([id]));

  // The endpoint is back; the browser reports the network coming back.
  collector.setMode('ok');
  await context.setOffline(true);
  await context.setOffline(false);
  await poll(() => collector.received.map((e) => e.id)).toEqual([id]);
  await poll(() => readOutbox(page)).toEqual([]);
  await flush(page);
  expect(collector.received).toHaveLength(1);
  expect(collector.duplicates).toBe(0);
  expect(delivered(collector)).toHaveLength(1);
  expect(collector.received[0]).toMatchObject({
    subject: 'checkout',
    data: { rating: 2, emotions: ['frustrated'], comment: 'The card was declined' },
  });
});

test('answered offline on a device whose clock was a month behind, set right as the network returns: delivered once', async ({
  page,
  context,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(server.url);
  const today = Date.now();
  // The page's clock runs, a month behind (a phone whose clock reset while it had no network).
  await page.clock.install({ time: today - 30 * 86_400_000 });
  await widgetPage(page, server, { config: { endpoint: collector.endpoint, site: 'shop-e2e' }, events: true });
  await ask(page, 'checkout');
  await expect(region(page)).toBeVisible();
  const followUp = page.waitForEvent('requestfinished', (request) => request.url().includes(distPath('follow-up')));
  await region(page).hover();
  await followUp;
  await context.setOffline(true);
  await answer(page, { rating: 4 });
  await expect(thanks(page, SAVED_OFFLINE_TEXT)).toBeVisible();
  const [stored] = await readOutbox(page);

  // The network returns, and with it the right time: by the clock, the answer is a month old.
  await page.clock.setSystemTime(today);
  await context.setOffline(false);
  await poll(() => collector.received.map((event) => event.id)).toEqual([stored?.key]);
  await poll(() => readOutbox(page)).toEqual([]);
  expect(guard.events('error')).toEqual([]);
  expect(collector.duplicates).toBe(0);
});

test('answered while the endpoint is down: closing the tab and opening another page delivers it', async ({
  page,
  context,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(collector.url);
  collector.setMode('reset');
  const config = { endpoint: collector.endpoint, site: 'shop-e2e' };
  await widgetPage(page, server, { config });
  await ask(page, 'delivery-options');
  await answer(page, { rating: 5, emotions: ['relieved'] });
  // Online, so the shopper is thanked; the answer waits in the outbox.
  await expect(thanks(page)).toBeVisible();
  await poll(() => collector.requests.length).toBeGreaterThan(0);
  const [pending] = await readOutbox(page);
  expect(pending).toBeDefined();
  await page.close();

  collector.setMode('ok');
  const next = await context.newPage();
  await next.goto(server.url + server.page(snippetHtml({ config })));
  await poll(() => collector.received.map((e) => e.id), { timeout: 6_000 }).toEqual([pending?.key]);
  await poll(() => readOutbox(next)).toEqual([]);
  expect(collector.duplicates).toBe(0);
  expect(delivered(collector)).toHaveLength(1);
});

test('two open tabs coming back online send a pending answer once', async ({
  page,
  context,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(collector.url);
  const config = { endpoint: collector.endpoint, site: 'shop-e2e' };
  await widgetPage(page, server, { config });
  const other = await context.newPage();
  await other.goto(server.url + server.page(snippetHtml({ config })));
  const tabs = [page, other];
  const tried = tabs.map((tab) => attemptsOf(tab, collector.endpoint));

  // The widget runs in both tabs (an empty flush brings it into the other one) before the network goes.
  await flush(other);
  await ask(page, 'checkout');
  await expect(region(page)).toBeVisible();
  for (const tab of tabs) expect(await widgetLoaded(tab)).toBe(true);
  // Its delivery code comes once the shopper chooses a face (the other tab's came with its flush).
  await face(page, 3).click();
  await poll(() => deliveryLoaded(page)).toBe(true);
  await context.setOffline(true);
  await sendButton(page).click();
  await expect(thanks(page, SAVED_OFFLINE_TEXT)).toBeVisible();
  expect(await readOutbox(other)).toHaveLength(1);
  // Each tab tries the pending answer while offline, and fails.
  await Promise.all(tabs.map(flush));
  expect(tried.map((requests) => requests.length > 0)).toEqual([true, true]);
  expect(collector.requests).toEqual([]);

  // Both tabs get the `online` event and try at once; a slow endpoint widens the overlap, so
  // without taking turns both would send it.
  collector.setMode({ status: 200, delayMs: 300 });
  await context.setOffline(false);
  await poll(() => collector.received.length).toBe(1);
  await Promise.all(tabs.map(flush));
  await poll(() => readOutbox(other)).toEqual([]);
  expect(collector.received).toHaveLength(1);
  expect(collector.duplicates).toBe(0);
  expect(delivered(collector)).toHaveLength(1);
});
