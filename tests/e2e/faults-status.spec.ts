import type { CollectorMode } from '../../demo/collector.js';
import { expect, poll, test, widgetPage } from './fixtures.ts';
import { expectDeliveredOnce, seedOutbox, shopConfig, storedAnswers } from './support/outbox.ts';
import { answer, ask, flush } from './support/widget.ts';

const RETRIED: Array<[string, CollectorMode]> = [
  ['408', { status: 408 }],
  ['429', { status: 429 }],
  ['500', { status: 500 }],
  ['503', { status: 503 }],
  ['a reset connection', 'reset'],
];
for (const [what, mode] of RETRIED) {
  test(`${what} is retried with the same id and Idempotency-Key, and delivered once`, async ({
    page,
    server,
    collector,
    guard,
  }) => {
    guard.allowFailedRequests(collector.url);
    collector.queueModes([mode]);
    await widgetPage(page, server, { config: shopConfig(collector) });
    await ask(page, 'checkout');
    await answer(page, { rating: 2 });
    await poll(() => collector.received.length, { timeout: 6_000 }).toBe(1);
    const [first, second] = collector.requests;
    expect(collector.requests).toHaveLength(2);
    expect(first?.body).toBe(second?.body);
    expect(first?.headers['idempotency-key']).toMatch(/^[\da-f]{16}$/);
    expect(second?.headers['idempotency-key']).toBe(first?.headers['idempotency-key']);
    expectDeliveredOnce(collector, [collector.received[0]?.id ?? '']);
  });
}

test('a 2xx with a garbage body counts as delivered and is not sent again', async ({ page, server, collector }) => {
  collector.queueModes(['garbage-body']);
  await widgetPage(page, server, { config: shopConfig(collector) });
  await ask(page, 'checkout');
  await answer(page, { rating: 4 });
  await poll(() => collector.received.length).toBe(1);
  await poll(() => storedAnswers(page)).toEqual([]);
  await flush(page);
  expect(collector.requests.map((r) => [r.mode, r.status])).toEqual([['garbage-body', 200]]);
});

test('an answer the endpoint refuses (4xx) is a dead letter: reported, kept, not blocking, retriable', async ({
  page,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(collector.url);
  const ids = await seedOutbox(page, server, [{}, { subject: 'poison' }, {}, {}, {}]);
  const poison = ids[1] ?? '';
  collector.judgeBatches((events) => (events.some((event) => event.subject === 'poison') ? 422 : undefined));
  await widgetPage(page, server, { config: shopConfig(collector), events: true });
  await flush(page);
  expectDeliveredOnce(
    collector,
    ids.filter((id) => id !== poison),
  );
  expect(guard.events('error').map((e) => e.payload)).toEqual([
    { code: 'rejected', ids: [poison], status: 422, message: expect.any(String) },
  ]);
  const [kept] = await storedAnswers(page);
  expect(kept?.key).toBe(poison);
  expect(kept?.value.rejected).toMatchObject({ status: 422 });
  // Never retried by itself…
  const requests = collector.requests.length;
  await flush(page);
  expect(collector.requests).toHaveLength(requests);
  // …until the site asks for it.
  collector.judgeBatches(undefined);
  await page.evaluate(() => window.feelback('retryRejected'));
  await poll(() => collector.received.length).toBe(5);
  expectDeliveredOnce(collector, ids);
  await poll(() => storedAnswers(page)).toEqual([]);
});

test('413: the batch is split in halves until each part fits', async ({ page, server, collector, guard }) => {
  guard.allowFailedRequests(collector.url);
  const ids = await seedOutbox(
    page,
    server,
    Array.from({ length: 7 }, () => ({})),
  );
  collector.judgeBatches((events) => (events.length > 2 ? 413 : undefined));
  await widgetPage(page, server, { config: shopConfig(collector) });
  await flush(page);
  expectDeliveredOnce(collector, ids);
  expect(collector.requests.filter((r) => r.status === 413).length).toBeGreaterThan(0);
  for (const request of collector.requests.filter((r) => r.status === 200)) {
    expect(JSON.parse(request.body).length).toBeLessThanOrEqual(2);
  }
  await poll(() => storedAnswers(page)).toEqual([]);
});

test('Retry-After in seconds is respected', async ({ page, server, collector, guard }) => {
  guard.allowFailedRequests(collector.url);
  collector.queueModes([{ status: 503, retryAfter: 2 }]);
  await widgetPage(page, server, { config: shopConfig(collector, { retryMaxMs: 10_000 }) });
  await ask(page, 'checkout');
  await answer(page, { rating: 3 });
  await poll(() => collector.received.length, { timeout: 8_000 }).toBe(1);
  const [first, second] = collector.requests;
  // Without Retry-After, the backoff (100 ms base) would retry within 100 ms.
  expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(1_900);
  expectDeliveredOnce(collector, [collector.received[0]?.id ?? '']);
});

test('Retry-After as an HTTP date is read, and clamped to retryMaxMs', async ({ page, server, collector, guard }) => {
  guard.allowFailedRequests(collector.url);
  // An hour away: the widget waits retryMaxMs (2 s) instead, not the 100 ms backoff.
  collector.queueModes([{ status: 429, retryAfter: new Date(Date.now() + 3_600_000).toUTCString() }]);
  await widgetPage(page, server, { config: shopConfig(collector, { retryMaxMs: 2_000 }) });
  await ask(page, 'checkout');
  await answer(page, { rating: 3 });
  await poll(() => collector.received.length, { timeout: 8_000 }).toBe(1);
  const [first, second] = collector.requests;
  const waited = (second?.at ?? 0) - (first?.at ?? 0);
  expect(waited).toBeGreaterThanOrEqual(1_900);
  expect(waited).toBeLessThan(60_000);
  expectDeliveredOnce(collector, [collector.received[0]?.id ?? '']);
});

test('a flapping endpoint and network: every answer arrives once', async ({
  page,
  context,
  server,
  collector,
  guard,
}) => {
  guard.allowFailedRequests(collector.url);
  // The browser's own favicon request fails while offline.
  guard.allowFailedRequests(server.url);
  const ids = await seedOutbox(
    page,
    server,
    Array.from({ length: 6 }, () => ({})),
  );
  collector.queueModes(['reset', { status: 502 }, 'not-http', { status: 500 }, { status: 429 }]);
  await widgetPage(page, server, { config: shopConfig(collector, { batchSize: 2, timeoutMs: 1_000 }) });
  await context.setOffline(true);
  await context.setOffline(false);
  await context.setOffline(true);
  await context.setOffline(false);
  await poll(() => collector.received.length, { timeout: 10_000 }).toBe(6);
  await flush(page);
  expectDeliveredOnce(collector, ids);
  await poll(() => storedAnswers(page)).toEqual([]);
});

test('10,000 queued answers flush in at most 50 requests and 5 s', async ({ page, server, collector }) => {
  const ids = await seedOutbox(
    page,
    server,
    Array.from({ length: 10_000 }, () => ({})),
  );
  await widgetPage(page, server, { config: { endpoint: collector.endpoint, site: 'shop-e2e' } });
  const started = Date.now();
  await flush(page);
  const took = Date.now() - started;
  expect(collector.received).toHaveLength(10_000);
  expect(collector.requests.length).toBeLessThanOrEqual(50);
  expect(took).toBeLessThanOrEqual(5_000);
  expectDeliveredOnce(collector, ids);
});

test('a connect-src CSP that blocks the endpoint: no error of ours, answers kept, bounded retries', async ({
  page,
  server,
  collector,
  guard,
}) => {
  const ids = await seedOutbox(page, server, [{}, {}]);
  /** When each blocked attempt happened (the browser reports one several ways). */
  const attempts: number[] = [];
  page.on('console', (message) => {
    if (message.text().startsWith('[e2e-guard] CSP violation')) attempts.push(Date.now());
  });
  await widgetPage(page, server, {
    config: shopConfig(collector, { retryBaseMs: 1_000 }),
    headers: { 'Content-Security-Policy': "connect-src 'self'" },
  });
  await page.waitForTimeout(3_000);
  expect(collector.requests).toEqual([]);
  expect((await storedAnswers(page)).map((entry) => entry.key).sort()).toEqual([...ids].sort());
  // Attempts 0.5–1 s apart (retryMaxMs 1 s) after the first, a second after load: a handful, not a busy loop.
  expect(attempts.length).toBeGreaterThan(0);
  expect(attempts.length).toBeLessThanOrEqual(6);
  const pageErrors = guard.problems.filter(
    (problem) => !/Content Security Policy|CSP violation: connect-src/.test(problem),
  );
  expect(pageErrors).toEqual([]);
  guard.problems.length = 0;
});
