/**
 * The answer queue on pages that make sending hard: a host that broke `fetch`, `JSON` or
 * `Object.prototype` before the widget loaded. Each answer still arrives once, and the page's
 * own globals stay exactly as the page left them.
 */
import { expect, poll, test, widgetPage } from './fixtures.ts';
import { expectDeliveredOnce, shopConfig } from './support/outbox.ts';
import { answer, ask, thanks } from './support/widget.ts';

/** Init scripts run in every frame, the widget's own blank iframe too; a page's script changes its own window only. */
const TOP_ONLY = 'if (window === window.top)';

test('a host fetch broken before the widget loaded: the answer still arrives, and the page keeps its fetch', async ({
  page,
  server,
  collector,
  guard,
}) => {
  await page.addInitScript({
    content: `${TOP_ONLY} window.fetch = function () { return Promise.reject(new TypeError('the shop broke fetch')); };`,
  });
  await widgetPage(page, server, { config: shopConfig(collector), events: true });
  await ask(page, 'checkout');
  await answer(page, { rating: 4 });
  await expect(thanks(page)).toBeVisible();
  await poll(() => collector.received.length).toBe(1);
  expectDeliveredOnce(collector, [guard.events('answered')[0]?.payload.id]);
  expect(collector.requests[0]?.contentType).toBe('application/cloudevents-batch+json');
  // Never replaced: the host's fetch is still the host's.
  expect(await page.evaluate(() => String(window.fetch).includes('the shop broke fetch'))).toBe(true);
});

test('a host fetch that never answers, wrapped before the widget loaded: the answer still arrives', async ({
  page,
  server,
  collector,
}) => {
  await page.addInitScript({
    content: `${TOP_ONLY} window.fetch = function () { return new Promise(function () {}); };`,
  });
  await widgetPage(page, server, { config: shopConfig(collector) });
  await ask(page, 'checkout');
  await answer(page, { rating: 2 });
  await poll(() => collector.received.length).toBe(1);
});

test('a JSON.stringify that throws, installed before the widget loaded: ask() works and the answer arrives intact', async ({
  page,
  server,
  collector,
}) => {
  await page.addInitScript({
    content: `${TOP_ONLY} JSON.stringify = function () { throw new Error('the shop broke JSON'); };`,
  });
  await widgetPage(page, server, { config: shopConfig(collector) });
  await ask(page, 'checkout');
  await answer(page, { rating: 5, emotions: ['relieved'], comment: 'Quick "and" clear.' });
  await poll(() => collector.received.length).toBe(1);
  expect(collector.received[0]?.data).toMatchObject({
    rating: 5,
    emotions: ['relieved'],
    comment: 'Quick "and" clear.',
  });
});

test('Object.prototype polluted with fetch options (mode, credentials, keepalive): our request is unchanged', async ({
  page,
  server,
  collector,
}) => {
  await page.addInitScript({
    content: `document.cookie = 'shop_session=1';
      Object.prototype.mode = 'no-cors'; Object.prototype.credentials = 'include'; Object.prototype.method = 'GET';`,
  });
  await widgetPage(page, server, { config: shopConfig(collector, { headers: { 'X-Api-Key': 'k' } }) });
  await ask(page, 'checkout');
  await answer(page, { rating: 3 });
  await poll(() => collector.received.length).toBe(1);
  const [request] = collector.requests;
  // A no-cors request could carry neither this content type nor this header; credentials would carry cookies.
  expect([request?.method, request?.contentType, request?.headers['x-api-key'], request?.headers.cookie]).toEqual([
    'POST',
    'application/cloudevents-batch+json',
    'k',
    undefined,
  ]);
});

test('Object.prototype polluted with listener, shadow root and loader names (signal, slotAssignment, loaded): the prompt works', async ({
  page,
  server,
  collector,
}) => {
  // Browsers read these from the option dictionaries we pass (addEventListener, attachShadow).
  await page.addInitScript({
    content: `Object.prototype.signal = 1; Object.prototype.slotAssignment = 'x'; Object.prototype.loaded = true;`,
  });
  await widgetPage(page, server, {
    config: { ...shopConfig(collector), triggers: [{ step: 'article', on: { scrollDepth: 90 } }] },
  });
  await ask(page, 'checkout');
  await answer(page, { rating: 4, emotions: ['relieved'] });
  await poll(() => collector.received.length).toBe(1);
});
