/**
 * The shop page embedded in another page's iframe, for real: a sandbox without allow-same-origin
 * gives it an opaque origin (IndexedDB, Web Locks, cookies and storage all refused, requests sent
 * with `Origin: null`), with allow-same-origin it shares the host's origin, and from another site
 * its storage is partitioned. The host page must see nothing of ours.
 */
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from '@playwright/test';
import { startStatic } from '../../demo/static-server.js';
import { expect, poll, test } from './fixtures.ts';
import { framedShop, sendToErrorMs, TIMING_QUEUE } from './support/frames.ts';
import { databases, JOURNEY_DB, otherStorage, tabTo } from './support/journey.ts';
import { expectDeliveredOnce, shopConfig } from './support/outbox.ts';
import {
  answer,
  ask,
  face,
  flush,
  readOutbox,
  SAVED_OFFLINE_TEXT,
  sendButton,
  status,
  thanks,
  widget,
} from './support/widget.ts';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
/** An opaque origin: scripts run, nothing else is allowed. */
const OPAQUE = 'allow-scripts';
/** The words of the plain thanks, which promise nothing about later. */
const PLAIN_THANKS = 'Thank you! Your answer helps us improve.';

/** The host page has none of our storage: no localStorage, sessionStorage, cookie or database. */
async function expectHostUntouched(page: Page, hostDatabases: string[] = []): Promise<void> {
  expect(await otherStorage(page)).toEqual({ local: [], session: [], cookie: '' });
  expect(await databases(page)).toEqual(hostDatabases);
}

/** From the host page into the frame with Tab only: face `rating` with Space and arrows, then Send with Enter. */
async function answerByKeyboard(page: Page, frame: Frame, rating: number): Promise<void> {
  await tabTo(page, face(frame, 1));
  await page.keyboard.press('Space');
  for (let i = 1; i < rating; i++) await page.keyboard.press('ArrowRight');
  await expect(face(frame, rating)).toBeChecked();
  await tabTo(page, sendButton(frame));
  await page.keyboard.press('Enter');
}

test('sandboxed iframe (opaque origin): a keyboard answer is thanked plainly, kept in memory, delivered once, reported once', async ({
  page,
  server,
  collector,
  guard,
}) => {
  const config = shopConfig(collector);
  const frame = await framedShop(page, server, { sandbox: OPAQUE, config, events: true, queue: TIMING_QUEUE });
  expect(await frame.evaluate(() => origin)).toBe('null');
  await ask(frame, 'checkout');
  await answerByKeyboard(page, frame, 4);
  // Only in memory: the thanks promises nothing about later.
  await expect(thanks(frame)).toHaveText(PLAIN_THANKS);
  await poll(() => collector.received.length).toBe(1);
  const [answered] = guard.events('answered');
  expect(answered?.payload.stored).toBe(false);
  await poll(() => guard.events('delivered').map((e) => e.payload.ids)).toEqual([[answered?.payload.id]]);
  await flush(frame);
  expectDeliveredOnce(collector, [answered?.payload.id]);
  expect(collector.requests.map((request) => request.headers.origin)).toEqual(['null']);
  expect(guard.events('error').map((e) => e.payload.code)).toEqual(['storage-unavailable']);
  // Reported at once (opening throws), never 2 s or more after Send; it may come before.
  const [afterSend = Number.NaN] = await sendToErrorMs(frame);
  expect(afterSend).toBeLessThan(2_000);
  await expectHostUntouched(page);
});

test('sandboxed iframe with allow-same-origin: the host origin’s IndexedDB, so stored durably, no error', async ({
  page,
  server,
  collector,
  guard,
}) => {
  const frame = await framedShop(page, server, {
    sandbox: 'allow-scripts allow-same-origin',
    config: shopConfig(collector),
    events: true,
  });
  expect(await frame.evaluate(() => origin)).toBe(server.url);
  await ask(frame, 'checkout');
  await answer(frame, { rating: 2, emotions: ['confused'] });
  await expect(thanks(frame)).toBeVisible();
  await poll(() => collector.received.length).toBe(1);
  const [answered] = guard.events('answered');
  expect(answered?.payload.stored).toBe(true);
  expectDeliveredOnce(collector, [answered?.payload.id]);
  await poll(() => readOutbox(frame)).toEqual([]);
  expect(guard.events('error')).toEqual([]);
  // Same origin as the host, so the host sees our etiquette memory (the outbox, emptied, is
  // deleted): but no localStorage or cookie.
  await poll(() => databases(page)).toEqual([JOURNEY_DB]);
  await expectHostUntouched(page, [JOURNEY_DB]);
});

test('shop framed by another site: storage as the browser allows it to third parties; delivered once, host untouched', async ({
  page,
  server,
  collector,
  guard,
}) => {
  // localhost and 127.0.0.1 are different sites: the frame is third-party to the host page.
  const shopOrigin = server.url.replace('127.0.0.1', 'localhost');
  const frame = await framedShop(page, server, { shopOrigin, config: shopConfig(collector), events: true });
  expect(await frame.evaluate(() => origin)).toBe(shopOrigin);
  // Partitioned or refused (Chromium refuses it while third-party cookies are blocked): ask the browser.
  const allowed = await frame.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const request = indexedDB.open('third-party-probe');
        request.onsuccess = () => resolve(true);
        request.onerror = () => resolve(false);
      }),
  );
  await ask(frame, 'checkout');
  await answer(frame, { rating: 5 });
  await expect(thanks(frame)).toBeVisible();
  await expect(status(frame)).toHaveText(PLAIN_THANKS);
  await poll(() => collector.received.length).toBe(1);
  const [answered] = guard.events('answered');
  expect(answered?.payload.stored).toBe(allowed);
  await poll(() => guard.events('delivered')).toHaveLength(1);
  await flush(frame);
  expectDeliveredOnce(collector, [answered?.payload.id]);
  expect(collector.requests.map((request) => request.headers.origin)).toEqual([shopOrigin]);
  expect(guard.events('error').map((e) => e.payload.code)).toEqual(allowed ? [] : ['storage-unavailable']);
  await expectHostUntouched(page);
});

test('offline in a sandboxed iframe: thanked without "saved", delivered once when back online', async ({
  page,
  context,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(collector.url);
  // Offline at once, the delivery file may not have arrived: it is fetched again when back online.
  guard.allowFailedRequests(server.url);
  const frame = await framedShop(page, server, { sandbox: OPAQUE, config: shopConfig(collector), events: true });
  await ask(frame, 'checkout');
  await expect(face(frame, 3)).toBeVisible();
  await context.setOffline(true);
  expect(await frame.evaluate(() => navigator.onLine)).toBe(false);
  await answer(frame, { rating: 3 });
  await expect(thanks(frame)).toBeVisible();
  // Offline, but only in memory: closing the page would lose it, so no "we'll send it later".
  await expect(status(frame)).toHaveText(PLAIN_THANKS);
  await expect(widget(frame)).not.toContainText(SAVED_OFFLINE_TEXT);
  const [answered] = guard.events('answered');
  expect(answered?.payload.stored).toBe(false);
  expect(collector.requests).toEqual([]);
  await context.setOffline(false);
  await poll(() => collector.received.length).toBe(1);
  await flush(frame);
  expectDeliveredOnce(collector, [answered?.payload.id]);
  expect(guard.events('error').map((e) => e.payload.code)).toEqual(['storage-unavailable']);
  await expectHostUntouched(page);
});

test('widget files served without CORS headers: a sandboxed iframe cannot load the widget; one warning, nothing thrown', async ({
  page,
  server,
  collector,
  guard,
}) => {
  // Module imports are CORS requests, and from an opaque origin even the shop's own host is another origin.
  const bare = await startStatic({ roots: [{ prefix: '/dist/', dir: DIST }], cors: false });
  try {
    guard.allowFailedRequests(bare.url);
    // The browser's own report of the refused import is the scenario; it may reach the console
    // after our warning. Nothing else may show.
    guard.expectConsoleErrors(
      // The prompt's file too: a page that asks fetches it beside the widget's.
      /^Access to script at '[^']*\/dist\/feelback-(core|prompt)\.[\w-]+\.js(\?retry=\d+)?' from origin 'null' has been blocked by CORS/,
    );
    const coreRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/feelback-core\.[\w-]+\.js/.test(request.url())) coreRequests.push(request.url());
    });
    // The page's clock, so that what the loader would do by itself later can be waited out at once.
    await page.clock.install();
    const frame = await framedShop(page, server, {
      sandbox: OPAQUE,
      shopServer: bare,
      config: shopConfig(collector),
      events: true,
    });
    await ask(frame, 'checkout');
    await poll(() => guard.warnings('[feelback]')).toHaveLength(1);
    expect(guard.warnings('[feelback]')[0]).toMatch(/^\[feelback\] could not load \(/);
    await expect(widget(frame)).toHaveCount(0);
    expect(guard.events('error')).toEqual([]);
    await poll(() => guard.expected.length).toBeGreaterThan(0);
    // A minute on, well past the loader's look for leftovers a second after load: one step, one
    // import, one warning. The next try is the next call's.
    await page.clock.runFor(60_000);
    // A round trip to the server: an import started by a timer is on the wire by now.
    await page.evaluate(() => fetch(location.href, { cache: 'no-store' }).then(() => undefined));
    // Tried once more under a fresh URL (a failed import is kept for its URL in older browsers).
    expect(coreRequests).toHaveLength(2);
    expect(guard.warnings('[feelback]')).toHaveLength(1);
    expect(collector.requests).toEqual([]);
    await expectHostUntouched(page);
  } finally {
    await bare.close();
  }
});
