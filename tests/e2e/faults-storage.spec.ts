import { expect, poll, test, widgetPage } from './fixtures.ts';
import { expectDeliveredOnce, seedOutbox, shopConfig, storedAnswers } from './support/outbox.ts';
import { answer, ask, closeButton, readOutbox, thanks } from './support/widget.ts';

// Storage refused, hanging or full is a scenario of every engine, Chromium's too
// (engines/faults.spec.ts); this file has the faults that are Chromium's alone.

test('a connection lost mid-session is reopened: the next answer is stored durably and delivered', async ({
  page,
  server,
  collector,
  guard,
}) => {
  // Keeps every connection the page opens, so the test can close them as a lost connection would.
  await page.addInitScript({
    content: `(() => {
      const open = IDBFactory.prototype.open;
      const connections = [];
      Object.defineProperty(window, 'e2eLoseDatabases', { value: () => connections.splice(0).forEach((db) => db.close()) });
      IDBFactory.prototype.open = function (...args) {
        const request = open.apply(this, args);
        request.addEventListener('success', () => connections.push(request.result));
        return request;
      };
    })();`,
  });
  // The hanging request below gives up after 1 s, not the default 10 s.
  await widgetPage(page, server, { config: shopConfig(collector, { timeoutMs: 1_000 }), events: true });
  await ask(page, 'checkout');
  await answer(page, { rating: 4 });
  await poll(() => collector.received.length).toBe(1);
  await closeButton(page).click();
  await page.evaluate(() => (window as unknown as { e2eLoseDatabases(): void }).e2eLoseDatabases());
  collector.setMode('hang');
  await ask(page, 'delivery');
  await answer(page, { rating: 5 });
  await expect(thanks(page)).toBeVisible();
  expect(guard.events('answered').map((e) => e.payload.stored)).toEqual([true, true]);
  const second = guard.events('answered')[1]?.payload.id;
  await poll(async () => (await storedAnswers(page)).map((entry) => entry.key)).toEqual([second]);
  collector.setMode('ok');
  await page.evaluate(() => window.feelback('flush'));
  await poll(() => collector.received.length).toBe(2);
  expect(guard.events('error')).toEqual([]);
});

test('at the cap of 500 stored answers, a new one is not stored, evicts nothing, and still goes out', async ({
  page,
  server,
  collector,
  guard,
}) => {
  const later = { record: { attempts: 5, nextAttemptAt: Date.now() + 3_600_000 } };
  const seeded = await seedOutbox(
    page,
    server,
    Array.from({ length: 500 }, () => later),
  );
  await widgetPage(page, server, { config: shopConfig(collector), events: true });
  await ask(page, 'checkout');
  await answer(page, { rating: 4 });
  await expect(thanks(page)).toBeVisible();
  await poll(() => collector.received.length).toBe(1);
  const id = guard.events('answered')[0]?.payload.id;
  expect(guard.events('answered').map((e) => e.payload.stored)).toEqual([false]);
  expectDeliveredOnce(collector, [id]);
  expect(guard.warnings('[feelback] 500 answers are waiting')).toHaveLength(1);
  // Not silently: the site hears of it.
  expect(guard.events('error').map((e) => [e.payload.code, e.payload.ids])).toEqual([['queue-full', [id]]]);
  expect((await storedAnswers(page)).map((entry) => entry.key).sort()).toEqual([...seeded].sort());
});

test('v1 records are migrated and delivered; corrupt ones are set aside, never sent, reported once', async ({
  page,
  server,
  collector,
  guard,
}) => {
  const [v1, , corrupt] = await seedOutbox(page, server, [
    { record: { v: 1, createdAt: undefined } },
    {},
    { raw: { v: 1, event: 'not an event' } },
  ]);
  await page.evaluate(() => localStorage.clear());
  await widgetPage(page, server, { config: shopConfig(collector), events: true });
  await poll(() => collector.received.length, { timeout: 5_000 }).toBe(2);
  expect(collector.received.map((event) => event.id)).toContain(v1);
  expect(collector.received.map((event) => event.id)).not.toContain(corrupt);
  await poll(() => storedAnswers(page)).toEqual([]);
  expect((await readOutbox(page, { all: true })).map((entry) => entry.key)).toContain(`~aside:${corrupt}`);
  expect(guard.events('error').map((e) => [e.payload.code, e.payload.ids])).toEqual([['set-aside', [corrupt]]]);
  await page.reload();
  await page.evaluate(() => window.feelback('flush'));
  expect(guard.events('error')).toHaveLength(1);
  expect(collector.received).toHaveLength(2);
});

test('hostile globals: broken prototypes, JSON, fetch and listeners change nothing we send', async ({
  page,
  server,
  collector,
}) => {
  await page.addInitScript({
    content: `
      Object.defineProperty(Array.prototype, 'toJSON', { value: function () { return 'array!'; }, configurable: true });
      Object.prototype.polluted = 'yes';
      window.addEventListener('pagehide', () => { throw new Error('host listener'); });
      window.addEventListener('error', (event) => { if (event.message.includes('host listener')) event.preventDefault(); });`,
  });
  await widgetPage(page, server, { config: shopConfig(collector) });
  // After the widget started: what it took from the page at start must be what it keeps using.
  await page.evaluate(() => {
    window.fetch = () => Promise.reject(new Error('host fetch'));
    JSON.stringify = () => '"hijacked"';
  });
  await ask(page, 'checkout');
  await answer(page, { rating: 2, emotions: ['confused'] });
  await poll(() => collector.received.length).toBe(1);
  const [request] = collector.requests;
  const body = JSON.parse(request?.body ?? '');
  expect(Array.isArray(body)).toBe(true);
  expect(body[0].data.emotions).toEqual(['confused']);
  expect(Object.keys(body[0])).not.toContain('polluted');
  // The host's own changes are still in place: we restored nothing because we changed nothing.
  expect(await page.evaluate(() => [JSON.stringify({}), (Object.prototype as { polluted?: string }).polluted])).toEqual(
    ['"hijacked"', 'yes'],
  );
});
