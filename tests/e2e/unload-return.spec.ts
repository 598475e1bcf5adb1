/**
 * The reply to a `keepalive` request sent while the page was being left, arriving late: after the
 * page came back from the back/forward cache, or after it was gone. A holding proxy in front of
 * the collector lets the collector handle each request at once while the browser hears the reply
 * only when the test says so.
 */
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { answerEventSchema } from '../../src/wire/answer-event.ts';
import { createGuard, expect, GUARD_INIT_SCRIPT, type Guard, poll, snippetHtml, test } from './fixtures.ts';
import playwrightConfig from './playwright.config.ts';
import { startHoldingProxy } from './support/holding-proxy.ts';
import { expectDeliveredOnce, shopConfig, storedAnswers } from './support/outbox.ts';
import { answer, ask, deliveryWaitsForTurn, face, flush, thanks } from './support/widget.ts';

/** What the collector was sent, request by request: content type and answer ids. */
const sentLog = (requests: Array<{ contentType: string; body: string }>) =>
  requests.map((request) => [
    request.contentType.split(';')[0],
    JSON.parse(request.body).map((event: { id: string }) => event.id),
  ]);

/** Records each `pageshow`'s `persisted`: `[false, true]` is a first load, then a return from the cache. */
const RECORD_SHOWS = `<script>window.e2eShows = []; addEventListener('pageshow', (e) => e2eShows.push(e.persisted));</script>`;
const shows = (page: Page) => page.evaluate(() => (window as unknown as { e2eShows: boolean[] }).e2eShows);

/**
 * Runs `scenario` in Chromium with the back/forward cache on (Playwright turns it off by default;
 * these tests are about that cache), in a context with the guard, as the fixtures give other tests.
 */
async function withBackForwardCache(scenario: (context: BrowserContext, guard: Guard) => Promise<void>): Promise<void> {
  const browser = await chromium.launch({
    ...playwrightConfig.use?.launchOptions,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  try {
    const context = await browser.newContext();
    await context.addInitScript({ content: GUARD_INIT_SCRIPT });
    await scenario(context, createGuard(context));
  } finally {
    await browser.close();
  }
}

/** A tab that holds the delivery turn (the Web Lock every tab of the site takes) until `release`. */
const HOLD_TURN = `navigator.locks.request('feelback-delivery', () => new Promise((resolve) => { window.e2eReleaseTurn = resolve; }));`;

test('a keepalive reply that arrives after the page came back (back/forward cache): accepted once, nothing sent twice', async ({
  server,
  collector,
}) => {
  const proxy = await startHoldingProxy(collector.url);
  try {
    await withBackForwardCache(async (context, guard) => {
      // Another tab is delivering, so the answer given below waits in the outbox.
      const other = await context.newPage();
      await other.goto(
        server.url + server.page(`<!doctype html><title>Other tab</title><script>${HOLD_TURN}</script>`),
      );
      const page = await context.newPage();
      const config = { ...shopConfig(collector), endpoint: `${proxy.url}/answers` };
      await page.goto(server.url + server.page(snippetHtml({ config, events: true, after: RECORD_SHOWS })));
      await ask(page, 'checkout');
      await answer(page, { rating: 4 });
      await expect(thanks(page)).toBeVisible();
      await poll(() => page.evaluate(deliveryWaitsForTurn)).toBe(true);
      const id = guard.events('answered')[0]?.payload.id;
      expect(collector.requests).toEqual([]);

      // Leaving: pagehide sends the waiting answer with keepalive; the collector takes it, its reply is held.
      proxy.hold();
      await page.goto(server.url + server.page('<!doctype html><title>Elsewhere</title>'));
      await poll(() => proxy.held).toBe(1);
      expect(sentLog(collector.requests)).toEqual([['text/plain', [id]]]);

      // Back: the same page, restored from the cache, is visible again and delivers.
      await page.goBack({ waitUntil: 'commit' });
      await poll(() => shows(page)).toEqual([false, true]);
      await other.evaluate(() => (window as unknown as { e2eReleaseTurn(): void }).e2eReleaseTurn());
      await flush(page);
      // The answer's keepalive request is still open: it is neither sent again nor dropped.
      expect(sentLog(collector.requests)).toEqual([['text/plain', [id]]]);
      expect((await storedAnswers(page)).map((entry) => entry.key)).toEqual([id]);

      // The held 2xx arrives: the answer is done, and stays done.
      proxy.release();
      await poll(() => guard.events('delivered').map((e) => e.payload.ids)).toEqual([[id]]);
      await poll(() => storedAnswers(page)).toEqual([]);
      await flush(page);
      expect(sentLog(collector.requests)).toEqual([['text/plain', [id]]]);
      expectDeliveredOnce(collector, [id]);
      expect(guard.problems).toEqual([]);
    });
  } finally {
    await proxy.close();
  }
});

test('a keepalive reply that comes after the page has gone: the next page sends it again with the same id, kept once', async ({
  page,
  context,
  server,
  collector,
  guard,
}) => {
  const proxy = await startHoldingProxy(collector.url);
  try {
    const other = await context.newPage();
    await other.goto(server.url + server.page(`<!doctype html><title>Other tab</title><script>${HOLD_TURN}</script>`));
    const config = { ...shopConfig(collector), endpoint: `${proxy.url}/answers` };
    await page.goto(server.url + server.page(snippetHtml({ config, events: true })));
    await ask(page, 'checkout');
    await answer(page, { rating: 2 });
    await expect(thanks(page)).toBeVisible();
    await poll(() => page.evaluate(deliveryWaitsForTurn)).toBe(true);
    const id = guard.events('answered')[0]?.payload.id;
    proxy.hold();
    await page.close({ runBeforeUnload: true });
    await poll(() => proxy.held).toBe(1);
    // Nobody hears the 2xx: for the site the answer's outcome is unknown, so it is still stored.
    proxy.release();
    await other.evaluate(() => (window as unknown as { e2eReleaseTurn(): void }).e2eReleaseTurn());
    const next = await context.newPage();
    await next.goto(server.url + server.page(snippetHtml({ config })));
    await flush(next);
    // The one documented repeat: the same id, which the endpoint keeps once.
    expect(sentLog(collector.requests)).toEqual([
      ['text/plain', [id]],
      ['application/cloudevents-batch+json', [id]],
    ]);
    expect(collector.received.map((event) => event.id)).toEqual([id]);
    expect(collector.duplicates).toBe(1);
    await poll(() => storedAnswers(next)).toEqual([]);
  } finally {
    await proxy.close();
  }
});

test('a face changed after a return from the back/forward cache reaches the endpoint: a partial answer that replaces the first', async ({
  server,
  collector,
}) => {
  await withBackForwardCache(async (context, guard) => {
    const page = await context.newPage();
    const config = shopConfig(collector);
    await page.goto(server.url + server.page(snippetHtml({ config, events: true, after: RECORD_SHOWS })));
    // An answer delivered first: the page has its delivery, which sends a partial answer as it is left.
    await ask(page, 'basket');
    await answer(page, { rating: 5 });
    await poll(() => collector.received.length).toBe(1);
    await ask(page, 'checkout');
    await face(page, 2).check();
    await page.goto(server.url + server.page('<!doctype html><title>Elsewhere</title>'));
    await poll(() => collector.received.length).toBe(2);
    const first = collector.received[1];
    expect(first?.data).toMatchObject({ step: 'checkout', rating: 2, partial: true });

    // Back, restored from the cache with the prompt still open: the shopper changes the face.
    await page.goBack({ waitUntil: 'commit' });
    await poll(() => shows(page)).toEqual([false, true]);
    await face(page, 4).check();
    await page.goto(server.url + server.page('<!doctype html><title>Elsewhere again</title>'));
    await poll(() => collector.received.length).toBe(3);
    const second = collector.received[2];
    expect(second?.id).not.toBe(first?.id);
    expect(second?.data).toMatchObject({ rating: 4, partial: true, replaces: first?.id });
    // Counted as the endpoint is told to: the events nothing replaces, one answer, the later face.
    const events = collector.received.map((event) => answerEventSchema.parse(event));
    const replaced = new Set(events.map((event) => event.data.replaces));
    const counted = events.filter((event) => !replaced.has(event.id));
    expect(counted.map((event) => [event.data.step, event.data.rating])).toEqual([
      ['basket', 5],
      ['checkout', 4],
    ]);
    expect(collector.duplicates).toBe(0);
    expect(guard.problems).toEqual([]);
  });
});
