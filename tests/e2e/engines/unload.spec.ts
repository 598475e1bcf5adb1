/**
 * The shopper answers and leaves at once, in every engine: by navigating away, or by closing
 * the tab. Another tab holds the delivery turn, so the answer is still waiting in the outbox when
 * the page goes: only the page-hide path (a keepalive request) can send it.
 */
import type { CollectedRequest } from '../../../demo/collector.js';
import { poll } from '../fixtures.ts';
import { expectDeliveredOnce, shopConfig } from '../support/outbox.ts';
import type { Tab } from './engine.ts';
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

async function answerAndWait(tab: Tab): Promise<void> {
  await ask(tab, 'checkout');
  await click(tab, FACE(5));
  await click(tab, SEND);
  await poll(async () => (await view(tab)).thanks).toBe(THANKS);
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
