/**
 * feelback-only figures, with 1, 100 and 10,000 answers already waiting in the outbox: ask() →
 * prompt painted, Send → answer durable, and a flush of the whole outbox. Unthrottled CPU.
 */
import { installHelpers, OUTBOX_DB, OUTBOX_STORE, outboxCount, prefill } from './outbox-page.mjs';
import { percentile } from './stats.mjs';

/** A fresh context with `count` answers waiting, on the feelback page, loaded and initialised. */
async function openWithOutbox(browser, server, count, due, widgetVersion) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/page/empty.html`);
  await prefill(page, count, due, widgetVersion);
  const ready = page.waitForEvent('console', { predicate: (m) => m.text() === '__bench_ready', timeout: 15_000 });
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
    const out = { painted: [], rendered: [], answered: [], durable: [], script: [] };
    for (let i = 0; i < answers; i += 1) {
      const { rendered, painted } = await page.evaluate(() => window.__fb.ask());
      const scriptBefore = await script();
      const { answered, durable } = await page.evaluate(() => window.__fb.send());
      // Quiet: no script ran for two polls in a row (the widget re-reads the outbox after a try).
      let [last, now] = [Number.NaN, await script()];
      for (let polls = 0; polls < 30 && now !== last; polls += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        [last, now] = [now, await script()];
      }
      out.script.push(now - scriptBefore);
      await page.evaluate(() => window.__fb.close());
      for (const [key, value] of Object.entries({ rendered, painted, answered, durable })) out[key].push(value);
    }
    const after = await outboxCount(page);
    if (after !== before + answers) throw new Error(`outbox holds ${after}, expected ${before + answers}`);
    return out;
  } finally {
    await context.close();
  }
}

/** One flush() of `count` due answers with the endpoint answering 204: requests, time, script. */
async function flushTimings(browser, server, count, widgetVersion) {
  server.collector.status = 204;
  const { context, page } = await openWithOutbox(browser, server, count, true, widgetVersion);
  try {
    Object.assign(server.collector, { requests: 0, events: 0, ids: new Set() });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
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
    return { requests, events, seconds: ms / 1000, scriptMs };
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
        askToPainted: p(t.painted),
        askRendered: p(t.rendered),
        sendToAnswered: p(t.answered),
        sendToDurable: p(t.durable),
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
