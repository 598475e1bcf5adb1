/**
 * The shopper answers and leaves at once, in every engine: by navigating away, or by closing
 * the tab. Another tab holds the delivery turn, so the answer is still waiting in the outbox when
 * the page goes: only the page-hide path (a keepalive request) can send it.
 */
import type { CollectedRequest } from '../../../demo/collector.js';
import { poll } from '../fixtures.ts';
import { startHoldingProxy } from '../support/holding-proxy.ts';
import { expectDeliveredOnce, shopConfig } from '../support/outbox.ts';
import { deliveryWaitsForTurn } from '../support/widget.ts';
import type { EngineName, Tab } from './engine.ts';
import { expect, test } from './fixtures.ts';
import { ask, click, FACE, flush, readOutbox, SEND, THANKS, view } from './widget.ts';

/** A tab of the site that holds the delivery turn (the Web Lock every tab takes) until released. */
const HOLD_TURN = `<script>navigator.locks.request('feelback-delivery', () => new Promise((resolve) => { window.e2eReleaseTurn = resolve; }));</script>`;
const releaseTurn = (tab: Tab) =>
  tab.evaluate(() => (window as unknown as { e2eReleaseTurn(): void }).e2eReleaseTurn());

/** What the collector was sent, request by request: content type and answer ids. */
const sentLog = (requests: CollectedRequest[]) =>
  requests.map((request) => [
    request.contentType.split(';')[0],
    JSON.parse(request.body).map((event: { id: string }) => event.id),
  ]);

/**
 * Answers, then waits until the tab's delivery has come and asks for its turn (the delivery file
 * is fetched in idle time after a face is chosen, and on a busy machine came after the thanks).
 */
async function answerAndWait(tab: Tab): Promise<void> {
  await ask(tab, 'checkout');
  await click(tab, FACE(5));
  await click(tab, SEND);
  await poll(async () => (await view(tab)).thanks).toBe(THANKS);
  await poll(() => tab.evaluate(deliveryWaitsForTurn)).toBe(true);
}

test('navigating away right after answering: the waiting answer goes out with keepalive, once', async ({
  session,
  site,
  collector,
  guard,
}) => {
  await session.open(site.other('Other tab', HOLD_TURN));
  const tab = await session.open(site.shop({ config: shopConfig(collector) }));
  await answerAndWait(tab);
  const [answered] = await guard.events('answered');
  const id = answered?.payload.id;
  // Another tab has the turn: nothing has been sent yet.
  expect(collector.requests).toEqual([]);
  expect((await readOutbox(tab)).map((entry) => entry.key)).toEqual([id]);

  await tab.goto(site.other('Elsewhere'));
  await poll(() => collector.received.length).toBe(1);
  // A simple request (no CORS preflight), with the answer given on the page.
  expect(sentLog(collector.requests)).toEqual([['text/plain', [id]]]);
  expectDeliveredOnce(collector, [id]);
});

test('closing the tab right after answering: keepalive sends it; the next visit sends the same id, kept once', async ({
  session,
  site,
  collector,
  guard,
}) => {
  const holder = await session.open(site.other('Other tab', HOLD_TURN));
  const config = shopConfig(collector);
  const tab = await session.open(site.shop({ config }));
  await answerAndWait(tab);
  const [answered] = await guard.events('answered');
  const id = answered?.payload.id;
  expect(collector.requests).toEqual([]);

  await tab.close();
  await poll(() => collector.received.length).toBe(1);
  expect(sentLog(collector.requests)).toEqual([['text/plain', [id]]]);

  // Nobody heard the 2xx, so for the site the outcome is unknown and the answer is still stored:
  // the next page sends it again with the same id (the one documented repeat), kept once.
  await releaseTurn(holder);
  const next = await session.open(site.shop({ config }));
  await flush(next);
  expect(sentLog(collector.requests)).toEqual([
    ['text/plain', [id]],
    ['application/cloudevents-batch+json', [id]],
  ]);
  expect(collector.received.map((event) => event.id)).toEqual([id]);
  expect(collector.duplicates).toBe(1);
  await poll(() => readOutbox(next)).toEqual([]);
});

/**
 * Whether the engine keeps the page in its back/forward cache here. Firefox keeps no page that
 * holds or waits for a Web Lock (this tab waits for its delivery turn); Chromium and WebKit do.
 */
const KEPT_IN_CACHE: Record<EngineName, boolean> = { chromium: true, firefox: false, webkit: true };

test('leaving right after answering and coming back with Back: the keepalive answer arrives once', async ({
  engine,
  session,
  site,
  collector,
  guard,
}) => {
  // The collector takes each request at once; the browser hears the reply only on `release()`.
  const proxy = await startHoldingProxy(collector.url);
  try {
    const holder = await session.open(site.other('Other tab', HOLD_TURN));
    const config = { ...shopConfig(collector), endpoint: `${proxy.url}/answers` };
    const after = `<script>window.e2eShows = []; addEventListener('pageshow', (e) => e2eShows.push(e.persisted));</script>`;
    const tab = await session.open(site.shop({ config, after }));
    await answerAndWait(tab);
    const [answered] = await guard.events('answered');
    const id = answered?.payload.id;

    // Leaving: pagehide sends the waiting answer with keepalive; the collector takes it, its reply is held.
    proxy.hold();
    await tab.goto(site.other('Elsewhere'));
    await poll(() => proxy.held).toBe(1);
    expect(sentLog(collector.requests)).toEqual([['text/plain', [id]]]);
    await tab.back();
    const shows = () => tab.evaluate(() => (window as unknown as { e2eShows: boolean[] }).e2eShows);

    if (KEPT_IN_CACHE[engine.name]) {
      // The same page, restored, visible again: its keepalive request is still open, so the
      // answer is neither sent again nor dropped…
      await poll(shows).toEqual([false, true]);
      await releaseTurn(holder);
      await flush(tab);
      expect(sentLog(collector.requests)).toEqual([['text/plain', [id]]]);
      expect((await readOutbox(tab)).map((entry) => entry.key)).toEqual([id]);
      // …and when the held 2xx arrives, it is done, and stays done.
      proxy.release();
      await poll(async () => (await guard.events('delivered')).map((e) => e.payload.ids)).toEqual([[id]]);
      await poll(() => readOutbox(tab)).toEqual([]);
      await flush(tab);
      expect(sentLog(collector.requests)).toEqual([['text/plain', [id]]]);
      expectDeliveredOnce(collector, [id]);
    } else {
      // A fresh load: nobody heard the 2xx, so the answer goes again with the same id, kept once.
      await poll(shows).toEqual([false]);
      proxy.release();
      await releaseTurn(holder);
      await flush(tab);
      expect(sentLog(collector.requests)).toEqual([
        ['text/plain', [id]],
        ['application/cloudevents-batch+json', [id]],
      ]);
      expect(collector.received.map((event) => event.id)).toEqual([id]);
      expect(collector.duplicates).toBe(1);
      await poll(() => readOutbox(tab)).toEqual([]);
    }
  } finally {
    await proxy.close();
  }
});
