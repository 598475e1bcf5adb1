import { SCRIPT_TRACE_CATEGORIES, scriptTime } from './script-time.mjs';

/**
 * One measured page load: a fresh browser context (cold cache, empty storage), CPU throttling, the
 * candidate's page, until it is ready (or its prompt painted) and the network has been quiet.
 */

/** Network quiet this long after ready closes the measured window. */
export const QUIET_MS = 200;

/** Resolves when the page says `__bench.ready()`; rejects with the reason on `__bench.fail()`. */
export async function waitUntilReady(page, timeout = 15_000) {
  const message = await page.waitForEvent('console', {
    predicate: (m) => m.text() === '__bench_ready' || m.text().startsWith('__bench_fail '),
    timeout,
  });
  const text = message.text();
  if (text !== '__bench_ready') throw new Error(text.slice('__bench_fail '.length));
}

const metric = (metrics, name) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;

/**
 * Returns main-thread script and task time (ms), JS heap after a GC (bytes), long tasks, CLS, when
 * the prompt painted (ms since navigation), what the page downloaded (in the whole window, and
 * until it was ready), and requests that tried to leave 127.0.0.1.
 */
export async function loadRun(browser, server, { candidate, prompt, throttle }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const external = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${server.origin}/`)) external.push(url);
    });
    // Script time comes from a trace (see script-time.mjs), not from ScriptDuration.
    const trace = [];
    cdp.on('Tracing.dataCollected', (event) => trace.push(...event.value));
    const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: SCRIPT_TRACE_CATEGORIES, transferMode: 'ReportEvents' });
    const ready = waitUntilReady(page);
    server.takeLog();
    await page.goto(`${server.origin}/page/${candidate}${prompt ? '-prompt' : ''}.html`, { waitUntil: 'commit' });
    await ready;
    // What was fetched until the page was ready (its prompt painted): code fetched after that
    // (feelback's delivery, in idle time) is not code the first prompt waited for.
    const beforeReady = server.peekLog();
    await server.quiet(QUIET_MS);
    const timing = (await cdp.send('Performance.getMetrics')).metrics;
    await cdp.send('Tracing.end');
    // A trace that dropped events would undercount script time: the load fails instead.
    if ((await traced).dataLossOccurred) throw new Error('the trace lost events (its buffer was full)');
    // The measured window is over: the GC and read-back need not crawl.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('HeapProfiler.collectGarbage');
    const memory = (await cdp.send('Performance.getMetrics')).metrics;
    const downloads = server.takeLog();
    const bench = await page.evaluate(() => {
      const { longTasks, scripts, cls, readyAt, paintedAt } = window.__bench;
      return { longTasks, scripts, cls, readyAt, paintedAt };
    });
    return {
      scriptMs: scriptTime(trace),
      taskMs: metric(timing, 'TaskDuration') * 1000,
      heap: metric(memory, 'JSHeapUsedSize'),
      ...bench,
      downloads,
      beforeReady,
      external,
    };
  } finally {
    await context.close();
  }
}
