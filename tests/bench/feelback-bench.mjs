/**
 * feelback-only figures, with 1, 100 and 10,000 answers already waiting in the outbox: ask() →
 * prompt painted, Send → answer durable, a flush of the whole outbox, and the JS heap before the
 * answers were queued and after they were flushed. Unthrottled CPU.
 */
import { waitUntilReady } from './load-run.mjs';
import { installHelpers, OUTBOX_DB, OUTBOX_STORE, outboxCount, prefill } from './outbox-page.mjs';
import { percentile } from './stats.mjs';

/** A fresh context with `count` answers waiting, on the feelback page, loaded and initialised. */
async function openWithOutbox(browser, server, count, due, widgetVersion) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (count) {
    await page.goto(`${server.origin}/page/empty.html`);
    await prefill(page, count, due, widgetVersion);
  }
  const ready = waitUntilReady(page);
  await page.goto(`${server.origin}/page/feelback.html`, { waitUntil: 'commit' });
  await ready;
  return { context, page };
}

/**
 * ask() → painted and Send → durable, `answers` times, with `count` answers waiting (endpoint
 * refusing, so they stay), and the main-thread script each answer costs until the widget is quiet.
 */
async function promptTimings(browser, server, count, answers, widgetVersion) {
  server.collector.status = 503;
  const { context, page } = await openWithOutbox(browser, server, count, false, widgetVersion);
  try {
    const before = await outboxCount(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const script = async () =>
      ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
    await page.evaluate(installHelpers, { dbName: OUTBOX_DB, storeName: OUTBOX_STORE });
    const out = {
      painted: [],
      rendered: [],
      answered: [],
      durable: [],
      readBack: [],
      script: [],
      inMemory: 0,
      why: undefined,
    };
    for (let i = 0; i < answers; i += 1) {
      const { rendered, painted } = await page.evaluate(() => window.__fb.ask());
      const scriptBefore = await script();
      const { answered, durable, readBack, stored, why } = await page.evaluate(() => window.__fb.send());
      if (!stored) {
        out.inMemory += 1;
        out.why ??= `answer ${i + 1} and later were kept in memory, not IndexedDB (${why})`;
      }
      // Quiet: no script ran for two polls in a row (the widget re-reads the outbox after a try).
      let [last, now] = [Number.NaN, await script()];
      for (let polls = 0; polls < 30 && now !== last; polls += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        [last, now] = [now, await script()];
      }
      out.script.push(now - scriptBefore);
      await page.evaluate(() => window.__fb.close());
      for (const [key, value] of Object.entries({ rendered, painted, answered })) out[key].push(value);
      if (stored) {
        out.durable.push(durable);
        out.readBack.push(readBack);
      }
    }
    const after = await outboxCount(page);
    const expected = before + out.durable.length;
    if (after < expected) throw new Error(`outbox holds ${after}, expected ${expected}: a durable answer is gone`);
    // Reported as kept in memory, yet written to IndexedDB after the widget stopped waiting for it.
    out.lateDurable = await page.evaluate(() => window.__fb.inMemoryYetStored());
    if (after > expected + out.lateDurable) throw new Error(`outbox holds ${after}, expected ${expected}`);
    return out;
  } finally {
    await context.close();
  }
}

/** The widget delivers answers left from an earlier visit this long after init (src/feelback.ts). */
const IDLE_DELIVERY_MS = 1_000;

/** JS heap in use after two forced garbage collections, bytes. */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

/**
 * On a page where the widget is loaded and idle: heap, then `count` due answers queued straight
 * into IndexedDB, one flush() with the endpoint answering 204 (requests, time, script), and the
 * heap again. Whatever the flush leaves behind shows as growth over the heap before queueing.
 */
async function flushTimings(browser, server, count, widgetVersion) {
  server.collector.status = 204;
  const { context, page } = await openWithOutbox(browser, server, 0, true, widgetVersion);
  try {
    // The script tag imports the widget only once there is something to do: an empty flush brings
    // it in, so the heap before queueing already holds the widget and only the answers differ.
    await page.evaluate(() => window.feelback('flush'));
    // Past the widget's own delivery of earlier answers, so flush() below is the only one.
    await page.waitForTimeout(IDLE_DELIVERY_MS + 500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heapBefore = await heapAfterGc(cdp);
    await prefill(page, count, true, widgetVersion);
    const heapQueued = await heapAfterGc(cdp);
    Object.assign(server.collector, { requests: 0, events: 0, ids: new Set() });
    const script = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
    const scriptBefore = await script();
    const ms = await page.evaluate(async () => {
      const t0 = performance.now();
      await window.feelback('flush');
      return performance.now() - t0;
    });
    const scriptMs = ((await script()) - scriptBefore) * 1000;
    const left = await outboxCount(page);
    const { requests, events, ids } = server.collector;
    if (left !== 0 || ids.size !== count) {
      throw new Error(`after flush: ${left} left in the outbox, ${ids.size} of ${count} answers received`);
    }
    const heapAfter = await heapAfterGc(cdp);
    return {
      requests,
      events,
      seconds: ms / 1000,
      scriptMs,
      heap: { before: heapBefore, queued: heapQueued, after: heapAfter, growth: heapAfter - heapBefore },
    };
  } finally {
    await context.close();
  }
}

const p = (values) => ({ p50: percentile(values, 50), p95: percentile(values, 95), n: values.length });

/** Every feelback-only figure for each outbox size; a failure is kept as that figure's error. */
export async function benchFeelback(browser, server, { counts, answers, widgetVersion, progress }) {
  const rows = [];
  for (const count of counts) {
    const row = { count };
    try {
      const t = await promptTimings(browser, server, count, answers, widgetVersion);
      Object.assign(row, {
        // The first ask() also fetches and evaluates the prompt (dist/feelback-prompt.*.js).
        firstAskToPainted: t.painted[0],
        askToPainted: p(t.painted),
        askRendered: p(t.rendered),
        sendToAnswered: p(t.answered),
        sendToDurable: p(t.durable),
        sendToReadBack: p(t.readBack),
        // Answers the widget could only keep in memory (its IndexedDB outbox fell back), and why.
        keptInMemory: t.inMemory,
        keptInMemoryYetInIndexedDb: t.lateDurable,
        ...(t.why && {
          durableError: `${t.why}${t.lateDurable ? `; ${t.lateDurable} of them reached IndexedDB all the same, late` : ''}`,
        }),
        scriptPerAnswer: p(t.script),
      });
    } catch (error) {
      row.promptError = String(error?.message ?? error).split('\n')[0];
    }
    try {
      row.flush = await flushTimings(browser, server, count, widgetVersion);
    } catch (error) {
      row.flushError = String(error?.message ?? error).split('\n')[0];
    }
    rows.push(row);
    progress?.(count);
  }
  return rows;
}
