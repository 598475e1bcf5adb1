/**
 * An answer's way from Send to the endpoint in every engine: stored before the thanks, removed
 * only after a 2xx, kept across reloads while the endpoint is down, offline and back, and sent
 * once when two tabs try at the same time.
 */
import { poll, staysFor } from '../fixtures.ts';
import { expectDeliveredOnce, holdOutboxInPage, releaseOutboxInPage, shopConfig } from '../support/outbox.ts';
import { OUTBOX_DB, OUTBOX_STORE } from '../support/widget.ts';
import type { Tab } from './engine.ts';
import { expect, test } from './fixtures.ts';
import {
  ask,
  click,
  FACE,
  flush,
  reachFor,
  readOutbox,
  SAVED_OFFLINE,
  SEND,
  startFlush,
  THANKS,
  view,
  WORD,
} from './widget.ts';

/** Picks a face (and words) with real clicks, then presses Send. */
async function answerWithMouse(tab: Tab, rating: number, words: string[] = []): Promise<void> {
  await click(tab, FACE(rating));
  for (const word of words) await click(tab, WORD(word));
  await click(tab, SEND);
}

const storedIds = async (tab: Tab) => (await readOutbox(tab)).map((entry) => entry.key);

test('the answer is in IndexedDB before the thanks shows, and leaves it only after a 2xx', async ({
  session,
  site,
  collector,
  guard,
}) => {
  collector.setMode({ status: 503 });
  const tab = await session.open(site.shop({ config: shopConfig(collector) }));
  // The outbox as a first answer leaves it, held by a long transaction (a busy disk).
  await tab.evaluate(holdOutboxInPage, [OUTBOX_DB, OUTBOX_STORE, true] as const);
  await ask(tab, 'checkout');
  await answerWithMouse(tab, 4, ['relieved']);
  // While storage cannot be written, the shopper is not told the answer is safe.
  await staysFor(500, async () => (await view(tab)).thanks, null);
  expect(await tab.evaluate(releaseOutboxInPage)).toBe(0);
  await poll(async () => (await view(tab)).thanks).toBe(THANKS);

  const [answered] = await guard.events('answered');
  expect(answered?.payload).toMatchObject({ step: 'checkout', rating: 4, stored: true });
  const id = answered?.payload.id;
  const [stored] = await readOutbox(tab);
  expect(stored?.key).toBe(id);
  expect(stored?.value.event).toMatchObject({ id, subject: 'checkout', data: { rating: 4, emotions: ['relieved'] } });
  // A 503 keeps it.
  await poll(() => collector.requests.length).toBeGreaterThan(0);
  expect(collector.requests.every((request) => request.status === 503)).toBe(true);
  expect(await storedIds(tab)).toEqual([id]);

  collector.setMode('ok');
  await flush(tab);
  expect(collector.received).toEqual([stored?.value.event]);
  await poll(() => readOutbox(tab)).toEqual([]);
  expect((await guard.events('delivered')).map((e) => e.payload.ids)).toEqual([[id]]);
  expectDeliveredOnce(collector, [id]);
});

test('endpoint down across two reloads: every load tries, the answer stays, then arrives once', async ({
  session,
  site,
  collector,
}) => {
  collector.setMode('reset');
  const url = site.shop({ config: shopConfig(collector) });
  const tab = await session.open(url);
  await ask(tab, 'delivery-options');
  await answerWithMouse(tab, 2);
  // Online, so the plain thanks; the answer waits in the outbox.
  await poll(async () => (await view(tab)).thanks).toBe(THANKS);
  await poll(() => collector.requests.length).toBeGreaterThan(0);
  const ids = await storedIds(tab);
  expect(ids).toHaveLength(1);

  for (let load = 1; load <= 2; load++) {
    const before = collector.requests.length;
    await tab.reload();
    // Each load makes its own attempt (a second or two after load), which fails too.
    await poll(() => collector.requests.length, { timeout: 6_000 }).toBeGreaterThan(before);
    expect(await storedIds(tab)).toEqual(ids);
  }
  expect(collector.received).toEqual([]);

  // Back while this load is open, and it retries by itself. (Not before a reload: a retry in flight
  // when a page is left goes out again with keepalive, and a reply the page never hears makes the
  // next load send it once more, under the same id; the unload scenarios cover that.)
  collector.setMode('ok');
  await poll(() => collector.received.map((event) => event.id), { timeout: 6_000 }).toEqual(ids);
  await poll(() => readOutbox(tab)).toEqual([]);
  await flush(tab);
  expectDeliveredOnce(collector, ids.map(String));
  expect(collector.requests.filter((request) => request.status === 200)).toHaveLength(1);
});

test('answered offline, the thanks says so; back online, delivered once', async ({
  engine,
  session,
  site,
  collector,
}) => {
  test.skip(!engine.can.offline, 'WebDriver classic has no network emulation: no way to take this engine offline');
  const tab = await session.open(site.shop({ config: shopConfig(collector) }));
  await ask(tab, 'checkout');
  // The prompt's own file loads when it is first asked for, the follow-up's when the shopper
  // reaches for the card: they go offline after that.
  await poll(async () => (await view(tab)).shown).toBe(true);
  await reachFor(tab);
  await session.setOffline(true);
  expect(await tab.evaluate(() => navigator.onLine)).toBe(false);
  await answerWithMouse(tab, 2, ['frustrated']);
  await poll(async () => (await view(tab)).thanks).toBe(SAVED_OFFLINE);
  const ids = await storedIds(tab);
  expect(ids).toHaveLength(1);
  expect(collector.requests).toEqual([]);

  // The browser fires `online`: the widget delivers at once.
  await session.setOffline(false);
  await poll(() => collector.received.map((event) => event.id)).toEqual(ids);
  await poll(() => readOutbox(tab)).toEqual([]);
  await flush(tab);
  expectDeliveredOnce(collector, ids.map(String));
  expect(collector.received[0]).toMatchObject({ data: { rating: 2, emotions: ['frustrated'] } });
});

test('two tabs trying a pending answer at the same moment send it once', async ({ session, site, collector }) => {
  collector.setMode('reset');
  const url = site.shop({ config: shopConfig(collector) });
  const tabs = [await session.open(url), await session.open(url)];
  const [first, second] = tabs as [Tab, Tab];
  await ask(first, 'checkout');
  await answerWithMouse(first, 3);
  await poll(async () => (await view(first)).thanks).toBe(THANKS);
  // The other tab sees the same outbox, and its widget runs (and fails) too.
  const ids = await storedIds(second);
  expect(ids).toHaveLength(1);
  await flush(second);
  await flush(first);

  // A slow endpoint widens the overlap: without taking turns both tabs would send it.
  collector.setMode({ status: 200, delayMs: 300 });
  await Promise.all(tabs.map(startFlush));
  await poll(() => collector.received.length).toBe(1);
  for (const tab of tabs) await flush(tab);
  await poll(() => readOutbox(second)).toEqual([]);
  expectDeliveredOnce(collector, ids.map(String));
  expect(collector.requests.filter((request) => request.status === 200)).toHaveLength(1);
});
