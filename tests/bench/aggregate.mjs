/** Turns the raw load samples into the figures the table and the JSON file show. */
import { comboKey } from './load-bench.mjs';
import { summary } from './stats.mjs';

/** What the page downloaded of the candidate's own code: the same in every run, or all of it. */
function downloaded(samples, sizeOf) {
  const paths = [...new Set(samples.flatMap((sample) => sample.downloads))];
  const varied = samples.some((sample) => sample.downloads.length !== samples[0]?.downloads.length);
  const files = paths.map((path) => ({ path, ...sizeOf(path) }));
  const total = (key) => files.reduce((sum, file) => sum + file[key], 0);
  return { files, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli'), varied };
}

const why = (result) =>
  result?.errors.length
    ? `${result.errors.length} of ${result.errors.length + result.samples.length} loads failed: ${result.errors[0]}`
    : 'no sample';

/**
 * Per candidate and combination: script and task time with the blank page's median (same
 * throttle) subtracted, heap likewise, prompt paint time, long tasks and CLS. A combination with
 * no good load carries `error` instead of numbers.
 */
export function aggregate(results, { candidates, throttles, promptThrottles, sizeOf }) {
  const blank = Object.fromEntries(
    throttles.map((throttle) => {
      const result = results.get(comboKey({ candidate: 'blank', prompt: false, throttle }));
      const samples = result?.samples ?? [];
      return [
        throttle,
        {
          n: samples.length,
          error: samples.length ? undefined : why(result),
          scriptMs: summary(samples.map((s) => s.scriptMs)),
          taskMs: summary(samples.map((s) => s.taskMs)),
          heap: summary(samples.map((s) => s.heap)),
          longTasks: samples.reduce((sum, s) => sum + s.allLongTasks.length, 0),
        },
      ];
    }),
  );

  const out = {};
  for (const candidate of candidates) {
    const timings = {};
    for (const throttle of throttles) {
      for (const prompt of [false, true]) {
        if (prompt && !promptThrottles.includes(throttle)) continue;
        const result = results.get(comboKey({ candidate, prompt, throttle }));
        const samples = result?.samples ?? [];
        const base = blank[throttle];
        const key = `${prompt ? 'prompt' : 'load'}@${throttle}x`;
        if (!samples.length || !base.n) {
          timings[key] = { error: samples.length ? `blank page: ${base.error}` : why(result) };
          continue;
        }
        const tasks = samples.map((s) => s.longTasks);
        timings[key] = {
          n: samples.length,
          failed: result.errors.length,
          scriptMs: summary(samples.map((s) => s.scriptMs - base.scriptMs.median)),
          rawScriptMs: summary(samples.map((s) => s.scriptMs)),
          taskMs: summary(samples.map((s) => s.taskMs - base.taskMs.median)),
          heap: summary(samples.map((s) => s.heap - base.heap.median)),
          paintedAt: prompt ? summary(samples.map((s) => s.paintedAt)) : undefined,
          longTasks: {
            perLoad: summary(tasks.map((list) => list.length)),
            loadsWithAny: tasks.filter((list) => list.length).length,
            longest: Math.max(0, ...tasks.flat()),
          },
          cls: summary(samples.map((s) => s.cls)),
          failedRequests: samples.flatMap((s) => s.failedRequests).slice(0, 5),
          external: result.external.length,
        };
      }
    }
    const sampleOf = (prompt) =>
      throttles.flatMap((throttle) => results.get(comboKey({ candidate, prompt, throttle }))?.samples ?? []);
    const promptSamples = sampleOf(true);
    const loadSamples = sampleOf(false);
    out[candidate] = {
      timings,
      bytes: {
        prompt: promptSamples.length ? downloaded(promptSamples, sizeOf) : { error: 'no load with a prompt succeeded' },
        load: loadSamples.length ? downloaded(loadSamples, sizeOf) : { error: 'no load succeeded' },
      },
    };
  }
  return { blank, candidates: out };
}
