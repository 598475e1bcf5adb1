/**
 * The inline script at the top of every bench page, before any candidate: it records long tasks
 * and layout shifts, and when the candidate was ready or its prompt painted. The blank page has it
 * too, so its cost is subtracted with the blank page.
 */
function harness() {
  const bench = {
    prompt: false,
    /** [start, duration] of each task over 50 ms. */
    longTasks: [],
    /** [start, duration, source URL] of each script that ran in a long animation frame. */
    scripts: [],
    cls: 0,
    readyAt: undefined,
    shownAt: undefined,
    paintedAt: undefined,
    // Tells the bench (listening to the console) without it having to poll the page.
    ready() {
      if (bench.readyAt !== undefined) return;
      bench.readyAt = performance.now();
      console.debug('__bench_ready');
    },
    /** The candidate reported a failure: the load fails with this message. */
    fail(message) {
      if (bench.readyAt !== undefined) return;
      bench.readyAt = performance.now();
      console.debug(`__bench_fail ${message}`);
    },
    /** Set by a candidate's snippet: returns what is missing from its shown prompt, or ''. */
    check: undefined,
    // After the next frame: rAF runs before the frame is painted, a task queued from it after.
    shown() {
      if (bench.shownAt !== undefined) return;
      bench.shownAt = performance.now();
      requestAnimationFrame(() =>
        setTimeout(() => {
          bench.paintedAt = performance.now();
          const missing = bench.check?.();
          if (missing) bench.fail(`prompt reported shown, but ${missing}`);
          else bench.ready();
        }),
      );
    },
  };
  window.__bench = bench;
  // Every real shop page's own scripts touch the DOM before a widget loads. The first element a
  // page's JavaScript reaches sets up the DOM's wrappers once (several ms at 4× CPU on a blank
  // page); done here, that one-time cost is the page's, subtracted with the blank page, and not
  // charged to whichever candidate happens to touch an element first.
  void document.documentElement;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries()) {
        for (const script of frame.scripts) bench.scripts.push([script.startTime, script.duration, script.sourceURL]);
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
}

export const HARNESS = `(${harness.toString()})();`;
