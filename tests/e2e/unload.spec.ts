import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createGuard, expect, GUARD_INIT_SCRIPT, poll, snippetHtml, test, widgetPage } from './fixtures.ts';
import playwrightConfig from './playwright.config.ts';
import { expectDeliveredOnce, seedOutbox, shopConfig, storedAnswers } from './support/outbox.ts';
import { answer, ask, attemptsOf, closeButton, flush, thanks, widgetLoaded } from './support/widget.ts';

test('closing the page while the request hangs: the next load delivers it, no id accepted twice', async ({
  page,
  context,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(collector.url);
  collector.setMode('hang');
  const config = shopConfig(collector);
  await widgetPage(page, server, { config, events: true });
  await ask(page, 'checkout');
  await answer(page, { rating: 4 });
  await expect(thanks(page)).toBeVisible();
  await poll(() => collector.requests.length).toBeGreaterThan(0);
  const id = guard.events('answered')[0]?.payload.id;
  await page.close({ runBeforeUnload: true });
  // The request cut off by the close went out again with keepalive: it hangs too.
  await poll(() => collector.requests.length).toBe(2);
  collector.setMode('ok');
  const next = await context.newPage();
  await next.goto(server.url + server.page(snippetHtml({ config })));
  await poll(() => collector.received.length, { timeout: 6_000 }).toBe(1);
  expectDeliveredOnce(collector, [id]);
  await poll(() => storedAnswers(next)).toEqual([]);
});

test('leaving the page sends the answer in flight and the one waiting as one simple text/plain keepalive request', async ({
  page,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(collector.url);
  // The first request never answers, as on a slow network; what follows is accepted.
  collector.queueModes(['hang']);
  const config = { ...shopConfig(collector), delivery: { headers: { 'X-Api-Key': 'k' } } };
  await widgetPage(page, server, { config, events: true });
  await ask(page, 'checkout');
  await answer(page, { rating: 5 });
  await poll(() => collector.requests.length).toBe(1);
  await closeButton(page).click();
  // The second answer waits behind the hanging request.
  await ask(page, 'delivery');
  await answer(page, { rating: 4 });
  await expect(thanks(page)).toBeVisible();
  const [first, second] = guard.events('answered').map((e) => e.payload.id);
  await page.goto(server.url + server.page('<!doctype html><title>Elsewhere</title>'));
  await poll(() => collector.received.length).toBe(2);
  const keepalive = collector.requests[1];
  expect(keepalive?.contentType.split(';')[0]).toBe('text/plain');
  // A simple request: none of the headers that would need a CORS preflight.
  expect(keepalive?.headers['x-api-key']).toBeUndefined();
  expect(keepalive?.headers['idempotency-key']).toBeUndefined();
  // The one in flight is cut off by leaving the page: it goes again, with its id, beside the waiting one.
  expect(JSON.parse(keepalive?.body ?? '[]').map((e: { id: string }) => e.id)).toEqual([first, second]);
  expectDeliveredOnce(collector, [first, second]);
});

test('answers stored during an outage survive a browser restart (persistent profile) and arrive once', async ({
  server,
  collector,
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'feelback-profile-'));
  /** Each run of the browser, watched by a guard of its own (the fixture's watches another context). */
  const launch = async () => {
    const browser = await chromium.launchPersistentContext(profile, {
      ...playwrightConfig.use?.launchOptions,
      headless: true,
    });
    await browser.addInitScript({ content: GUARD_INIT_SCRIPT });
    const guard = createGuard(browser);
    guard.allowFailedRequests(collector.url);
    return { browser, guard, page: browser.pages()[0] ?? (await browser.newPage()) };
  };
  try {
    collector.setMode({ status: 503 });
    const first = await launch();
    await widgetPage(first.page, server, { config: shopConfig(collector), events: true });
    await ask(first.page, 'checkout');
    await answer(first.page, { rating: 3 });
    await poll(() => collector.requests.length).toBeGreaterThan(0);
    const [stored] = await storedAnswers(first.page);
    expect(stored).toBeDefined();
    await first.browser.close();
    expect(first.guard.problems).toEqual([]);

    collector.setMode('ok');
    const second = await launch();
    await second.page.goto(server.url + server.page(snippetHtml({ config: shopConfig(collector) })));
    await poll(() => collector.received.length, { timeout: 6_000 }).toBe(1);
    expectDeliveredOnce(collector, [String(stored?.key)]);
    await poll(() => storedAnswers(second.page)).toEqual([]);
    await second.browser.close();
    expect(second.guard.problems).toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('several tabs coming online together send each answer once', async ({
  page,
  context,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(collector.url);
  const ids = await seedOutbox(
    page,
    server,
    Array.from({ length: 30 }, () => ({})),
  );
  const config = shopConfig(collector, { batchSize: 5 });
  // The endpoint is down while the tabs load, so the answers are still waiting when the network comes back.
  collector.setMode('reset');
  const tabs = [page, await context.newPage(), await context.newPage()];
  const tried = tabs.map((tab) => attemptsOf(tab, collector.endpoint));
  for (const tab of tabs) await tab.goto(server.url + server.page(snippetHtml({ config })));
  // Every tab runs the widget and tries (and fails) before the network comes back.
  for (const tab of tabs) await flush(tab);
  for (const tab of tabs) expect(await widgetLoaded(tab)).toBe(true);
  expect(tried.map((requests) => requests.length > 0)).toEqual([true, true, true]);
  // A slow endpoint widens the overlap; every tab gets `online` at once.
  collector.setMode({ status: 200, delayMs: 100 });
  await context.setOffline(true);
  await context.setOffline(false);
  await poll(() => collector.received.length, { timeout: 10_000 }).toBe(30);
  await Promise.all(tabs.map(flush));
  expectDeliveredOnce(collector, ids);
  await poll(() => storedAnswers(page)).toEqual([]);
});

test('tabs whose host removed Web Locks each deliver as if alone: every answer arrives, under its one id', async ({
  page,
  context,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(collector.url);
  await context.addInitScript({ content: 'delete Navigator.prototype.locks;' });
  const ids = await seedOutbox(
    page,
    server,
    Array.from({ length: 20 }, () => ({})),
  );
  const config = shopConfig(collector, { batchSize: 4 });
  collector.setMode({ status: 200, delayMs: 100 });
  const tabs = [page, await context.newPage(), await context.newPage()];
  await Promise.all(tabs.map((tab) => tab.goto(server.url + server.page(snippetHtml({ config })))));
  expect(await page.evaluate(() => 'locks' in navigator)).toBe(false);
  await Promise.all(tabs.map((tab) => tab.evaluate(() => window.feelback('flush'))));
  // Without a lock tabs cannot take turns, so two may send the same answer (every browser we
  // support has Web Locks; here a host deleted them): each has one id, which the endpoint keeps once.
  await poll(() => collector.received.length, { timeout: 10_000 }).toBe(20);
  expect(new Set(collector.received.map((event) => event.id))).toEqual(new Set(ids));
  await Promise.all(tabs.map(flush));
  await poll(() => storedAnswers(page)).toEqual([]);
});
