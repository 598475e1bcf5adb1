/** The lean core's goals (bytes, script, long tasks), checked against this run's numbers. */

const f = (value) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(1));

/** `met` is undefined when a figure it needs is missing; `text` says which numbers decided it. */
export function checkGoals({ candidates, variants }, labels) {
  const goals = [];
  const fb = candidates.feelback;
  const gzip = (id) => candidates[id]?.bytes.prompt.gzip;
  const script = (id, key) => candidates[id]?.timings[key]?.scriptMs?.median;

  const before = gzip('feelback');
  goals.push({
    id: 'bytes-absolute',
    met: Number.isFinite(before) ? before <= BYTES_BEFORE_PROMPT : undefined,
    text: Number.isFinite(before)
      ? `bytes before first prompt ≤ ${BYTES_BEFORE_PROMPT.toLocaleString('en')} B gzip: ${before.toLocaleString('en')} B`
      : 'bytes before first prompt: not measured',
  });

  for (const [id, times] of [
    ['sentryLazy', 3.5],
    ['sentryDocs', 3.5],
    ['posthog', 10],
  ]) {
    const [mine, theirs] = [gzip('feelback'), gzip(id)];
    const ok = Number.isFinite(mine) && Number.isFinite(theirs);
    goals.push({
      id: `bytes-${id}`,
      met: ok ? theirs / mine >= times : undefined,
      text: ok
        ? `bytes before first prompt ≥ ${times}× fewer than ${labels[id]}: ${(theirs / mine).toFixed(2)}× (${mine} vs ${theirs} B gzip)`
        : `bytes before first prompt vs ${labels[id]}: not measured`,
    });
  }

  for (const variant of variants ?? []) {
    const mine = gzip('feelback');
    if (!Number.isFinite(mine)) continue;
    goals.push({
      id: `bytes-${variant.id}-variant`,
      met: variant.gzip / mine >= 3.5,
      text: `bytes before first prompt ≥ 3.5× fewer than ${labels[variant.id]}, ${variant.name}: ${(variant.gzip / mine).toFixed(2)}× (${mine} vs ${variant.gzip} B gzip)`,
    });
  }

  for (const [id, share] of [
    ['sentryLazy', 0.2],
    ['sentryDocs', 0.2],
    ['posthog', 0.07],
  ]) {
    const [mine, theirs] = [script('feelback', 'load@4x'), script(id, 'load@4x')];
    const ok = Number.isFinite(mine) && Number.isFinite(theirs) && theirs > 0;
    goals.push({
      id: `script-${id}`,
      met: ok ? mine / theirs <= share : undefined,
      text: ok
        ? `script at load, 4× CPU, ≤ ${share}× ${labels[id]}'s: ${(mine / theirs).toFixed(2)}× (${f(mine)} vs ${f(theirs)} ms, medians)`
        : `script at load, 4× CPU, vs ${labels[id]}: not measured`,
    });
  }

  // A prompt on load against Sentry lean's own prompt on load (its form opened at load).
  {
    const [mine, theirs] = [script('feelback', 'prompt@4x'), script('sentryLazy', 'prompt@4x')];
    const ok = Number.isFinite(mine) && Number.isFinite(theirs) && theirs > 0;
    goals.push({
      id: 'prompt-sentryLazy',
      met: ok ? mine / theirs <= 0.3 : undefined,
      text: ok
        ? `script with a prompt on load (4× CPU) ≤ 0.3× ${labels.sentryLazy}'s prompt on load: ${(mine / theirs).toFixed(2)}× (${f(mine)} vs ${f(theirs)} ms, medians)`
        : `script with a prompt on load vs ${labels.sentryLazy}: not measured`,
    });
  }

  const measured = Object.entries(fb?.timings ?? {}).filter(([, timing]) => !timing.error);
  const worstCls = Math.max(...measured.map(([, timing]) => timing.cls.max));
  goals.push({
    id: 'cls',
    met: measured.length ? worstCls === 0 : undefined,
    text: measured.length ? `CLS 0: worst of ${measured.length} load kinds is ${worstCls}` : 'CLS: not measured',
  });
  const prompt = fb?.timings['prompt@4x'];
  const clean = prompt && !prompt.error ? prompt.n - prompt.longTasks.loadsWithAny : undefined;
  goals.push({
    id: 'long-tasks',
    met: clean === undefined ? undefined : clean >= Math.ceil((prompt.n * 12) / 15),
    text:
      clean === undefined
        ? 'long tasks with a prompt on load: not measured'
        : `no task over 50 ms running feelback's code, prompt on load at 4× CPU, in ≥ 12 of 15 loads: ${clean} of ${prompt.n}${
            prompt.longTasks.loadsWithAny ? ` (longest ${prompt.longTasks.longest} ms)` : ''
          }`,
  });
  return goals;
}

/** What a page may fetch, gzip -9, all files, before the first prompt is on screen. */
export const BYTES_BEFORE_PROMPT = 15_000;

/** Send → durable p95 at the size that matters (100 answers waiting), 1× CPU. */
export const DURABLE_P95_MS = 10;
export const DURABLE_AT = 100;

/** Heap the flush of the largest outbox may leave behind beyond the flush of the smallest. */
export const HEAP_LEFT_LIMIT = 100_000;

/**
 * The outbox goals, per feelback-only row: `rows` is keyed by figure, each with its goal
 * text and `met` (undefined when not measured). The same goals go into the goal list.
 */
export function checkOutboxGoals(rows) {
  const largest = rows.at(-1);
  const smallest = rows[0];
  const durable = rows.map((row) => ({ count: row.count, p95: row.sendToDurable?.p95 }));
  const target = rows.find((row) => row.count === DURABLE_AT);
  // An answer kept only in memory was never durable: the goal is not met at that size.
  const inMemory = rows.filter((row) => row.keptInMemory > 0);
  const at = (count) => count.toLocaleString('en');
  const flush = largest?.flush;
  const left =
    Number.isFinite(largest?.flush?.heap?.growth) && Number.isFinite(smallest?.flush?.heap?.growth)
      ? largest.flush.heap.growth - smallest.flush.heap.growth
      : undefined;
  const goals = {
    durableP95: {
      goal: `≤ ${DURABLE_P95_MS} ms at ${at(DURABLE_AT)}`,
      met: !target
        ? undefined
        : target.keptInMemory > 0
          ? false
          : Number.isFinite(target.sendToDurable?.p95)
            ? target.sendToDurable.p95 <= DURABLE_P95_MS
            : undefined,
      text: `Send → durable (enqueue → durable) p95 ≤ ${DURABLE_P95_MS} ms with ${at(DURABLE_AT)} waiting: ${durable
        .map((d) => `${Number.isFinite(d.p95) ? `${d.p95.toFixed(1)} ms` : 'n/a'} with ${at(d.count)} waiting`)
        .join(
          ', ',
        )}${inMemory.map((row) => `; with ${at(row.count)} waiting, ${row.keptInMemory} of ${row.sendToAnswered.n} answers kept in memory only: ${row.durableError}`).join('')}`,
    },
    flushRequests: {
      goal: `≤ 50 at ${at(largest?.count ?? 0)}`,
      met: flush ? flush.requests <= 50 : undefined,
      text: flush
        ? `flush of ${at(largest.count)} answers in ≤ 50 requests: ${flush.requests}`
        : `flush requests: not measured (${largest?.flushError ?? 'no row'})`,
    },
    flushSeconds: {
      goal: `≤ 5 s at ${at(largest?.count ?? 0)}`,
      met: flush ? flush.seconds <= 5 : undefined,
      text: flush
        ? `flush of ${at(largest.count)} answers in ≤ 5 s: ${flush.seconds.toFixed(2)} s`
        : `flush seconds: not measured (${largest?.flushError ?? 'no row'})`,
    },
    heapLeft: {
      goal: `≤ ${HEAP_LEFT_LIMIT / 1000} kB over ${at(smallest?.count ?? 0)}`,
      met: left === undefined ? undefined : left <= HEAP_LEFT_LIMIT,
      text:
        left === undefined
          ? 'heap left after flushing: not measured'
          : `no growth left behind: heap after flushing ${at(largest.count)} vs before queueing, minus the same for ${at(smallest.count)}: ${(left / 1000).toFixed(1)} kB (≤ ${HEAP_LEFT_LIMIT / 1000} kB, i.e. ≤ ${(HEAP_LEFT_LIMIT / largest.count).toFixed(0)} B per answer)`,
    },
  };
  return goals;
}
