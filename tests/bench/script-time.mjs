/**
 * Main-thread script time of a page load, read from a Chromium trace.
 *
 * Not `Performance.getMetrics`' ScriptDuration: it leaves out microtasks that run after a task
 * whose callback is native. A prompt drawn after `await` on a `setTimeout(resolve)` (resolve is
 * native) read 66 ms there against 119 ms when the same drawing ran in the timer's own callback,
 * while a CPU profile of both read the same JavaScript time (167 and 156 ms). Here every task's
 * script counts, however it was entered, as DevTools' "Scripting" does: JavaScript, its compiling
 * and garbage collection, without the style and layout it forced.
 */

/** Trace categories `scriptTime` needs. */
export const SCRIPT_TRACE_CATEGORIES = 'devtools.timeline,v8.execute,v8';

/** Events whose time is script's (nested ones are counted once). */
const SCRIPT = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.compile',
  'v8.compileModule',
  'FunctionCall',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'v8.run',
  'v8.callFunction',
  'V8.Execute',
  'XHRReadyStateChange',
  'XHRLoad',
  'MinorGC',
  'MajorGC',
]);

/** Rendering work a script forced: the browser's time, not the script's. */
const RENDERING = new Set(['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'HitTest']);

/** Intervals of `a` that lie inside `b`'s (both already sorted and merged by `merge`). */
function inside(a, b) {
  const out = [];
  for (const [from, to] of a) {
    for (const [bf, bt] of b) {
      const start = Math.max(from, bf);
      const end = Math.min(to, bt);
      if (start < end) out.push([start, end]);
    }
  }
  return out;
}

/** The union of [start, end] intervals, as sorted intervals that do not overlap. */
function merge(intervals) {
  const out = [];
  for (const [from, to] of [...intervals].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** Script time in ms on every renderer main thread of `events` (a trace's event list). */
export function scriptTime(events) {
  const main = new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const script = [];
  const rendering = [];
  /** Begun and not yet ended events (a few come as a begin/end pair, not one complete event). */
  const begun = new Map();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (!main.has(thread) || !(SCRIPT.has(event.name) || RENDERING.has(event.name))) continue;
    const key = `${thread}:${event.name}`;
    let span;
    if (event.ph === 'X' && event.dur) span = [event.ts, event.ts + event.dur];
    else if (event.ph === 'B') begun.set(key, [...(begun.get(key) ?? []), event.ts]);
    else if (event.ph === 'E' && begun.get(key)?.length) span = [begun.get(key).pop(), event.ts];
    if (span) (SCRIPT.has(event.name) ? script : rendering).push(span);
  }
  const scripts = merge(script);
  // Pieces of two sets of intervals that do not overlap do not overlap either: summed as they are.
  const length = (intervals) => intervals.reduce((sum, [from, to]) => sum + to - from, 0);
  return (length(scripts) - length(inside(merge(rendering), scripts))) / 1000;
}
