/**
 * `npm run bench`: loads feelback and the anchors (PostHog, Sentry) into the same blank page in one
 * headless Chromium, measures bytes, main-thread cost, long tasks, CLS and heap, plus feelback's
 * own prompt and outbox figures; prints a table and writes tests/bench/results/latest.json.
 * Every request goes to one server on 127.0.0.1; the browser cannot resolve any other host.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { aggregate } from './aggregate.mjs';
import { ANCHORS, buildCandidates, pageHtml, ROOT } from './candidates.mjs';
import { benchFeelback } from './feelback-bench.mjs';
import { checkGoals, checkOutboxGoals } from './goals.mjs';
import { HARNESS } from './harness.mjs';
import { benchLoads } from './load-bench.mjs';
import { QUIET_MS } from './load-run.mjs';
import { formatByteFiles, formatFeelback, formatGoals, formatTable } from './report.mjs';
import { startBenchServer } from './server.mjs';
import { sizes } from './stats.mjs';

/** At least 15 for the figures to count; fewer only to try the bench out (it says so). */
const RUNS = Number(process.env.BENCH_RUNS) || 15;
const THROTTLES = [1, 4];
const PROMPT_THROTTLES = [4];
/** Answers timed per outbox size: with 60, three answers decide a p95, not one stall of the machine. */
const ANSWERS = 60;
const OUTBOX_SIZES = [1, 100, 10_000];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = join(ROOT, 'tests', 'bench', 'results', 'latest.json');

const say = (text) => process.stderr.write(`[bench] ${text}\n`);

async function machine(browser) {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const model = cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  return {
    cpu: model.trim(),
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    chromium: browser.version(),
    node: process.version,
  };
}

const started = Date.now();
if (RUNS < 15) say(`BENCH_RUNS=${RUNS}: fewer than 15 rounds, for trying the bench out only`);
const candidates = await buildCandidates();
const ids = ['feelback', ...ANCHORS];
const labels = Object.fromEntries(Object.entries(candidates).map(([id, c]) => [id, c.label]));
const usable = ids.filter((id) => !candidates[id].error);
for (const id of ids) if (candidates[id].error) say(`${labels[id]} cannot be measured: ${candidates[id].error}`);

const assets = new Map([
  ['/page/empty.html', { body: '<!doctype html><title>empty</title>', type: 'text/html', kind: 'page' }],
]);
for (const [id, candidate] of Object.entries(candidates)) {
  if (candidate.error) continue;
  for (const [path, asset] of candidate.files) assets.set(path, asset);
  for (const prompt of [false, true]) {
    // `__bench.prompt`: the page is ready when its prompt has painted, not when the script loaded.
    const body = pageHtml(`${HARNESS}__bench.prompt=${prompt};`, candidate.snippet(prompt));
    assets.set(`/page/${id}${prompt ? '-prompt' : ''}.html`, { body, type: 'text/html; charset=utf-8', kind: 'page' });
  }
}
const sizeCache = new Map();
const sizeOf = (path) => {
  if (!sizeCache.has(path)) sizeCache.set(path, sizes(assets.get(path)?.body ?? ''));
  return sizeCache.get(path);
};
const codePaths = (id) => [...(candidates[id]?.files.keys() ?? [])];

const server = await startBenchServer(assets);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    // Any host name but 127.0.0.1 fails at once: no request can leave the machine or wait on DNS.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});
let results;
try {
  const about = await machine(browser);
  say(`${RUNS} interleaved rounds of ${usable.length} candidates + blank page at ${THROTTLES.join('× and ')}× CPU`);
  const loads = await benchLoads(browser, server, {
    candidates: usable,
    runs: RUNS,
    throttles: THROTTLES,
    promptThrottles: PROMPT_THROTTLES,
    codePaths,
    progress: (round, of) =>
      round % 5 === 0 && say(`round ${round}/${of} (${Math.round((Date.now() - started) / 1000)} s)`),
  });
  const feelbackRows = usable.includes('feelback')
    ? await benchFeelback(browser, server, {
        counts: OUTBOX_SIZES,
        answers: ANSWERS,
        widgetVersion: candidates.feelback.version,
        progress: (count) => say(`feelback with ${count} answers waiting: done`),
      })
    : [];
  const aggregated = aggregate(loads, {
    candidates: usable,
    throttles: THROTTLES,
    promptThrottles: PROMPT_THROTTLES,
    sizeOf,
  });
  for (const id of ids) {
    if (candidates[id].error) aggregated.candidates[id] = { error: candidates[id].error, timings: {}, bytes: {} };
  }
  // Byte-only variants of an anchor's path (built differently), against feelback's bytes.
  const variants = [];
  for (const id of usable) {
    for (const [name, texts] of Object.entries(candidates[id].variants ?? {})) {
      if (texts.some((text) => text === undefined)) continue;
      const parts = texts.map((text) => sizes(text));
      const sum = (key) => parts.reduce((total, part) => total + part[key], 0);
      variants.push({ id, name, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') });
    }
  }
  aggregated.variants = variants;
  const external = [...loads.values()].reduce((sum, r) => sum + r.external.length, 0);
  const outboxGoals = feelbackRows.length ? checkOutboxGoals(feelbackRows) : {};
  results = {
    date: new Date().toISOString(),
    machine: about,
    seconds: Math.round((Date.now() - started) / 1000),
    settings: {
      runs: RUNS,
      throttles: THROTTLES,
      promptThrottles: PROMPT_THROTTLES,
      quietMs: QUIET_MS,
      answers: ANSWERS,
      outboxSizes: OUTBOX_SIZES,
      bytes: {
        load: 'at load: the code files the page fetched in loads without a prompt (every page view pays this)',
        prompt: 'before the first prompt: the code files fetched in loads that showed a prompt (the goals use this)',
      },
    },
    candidates: Object.fromEntries(
      ids.map((id) => [
        id,
        { label: labels[id], version: candidates[id].version, how: candidates[id].how, ...aggregated.candidates[id] },
      ]),
    ),
    blank: aggregated.blank,
    bytesVariants: variants,
    feelbackOnly: feelbackRows,
    feelbackOnlyGoals: outboxGoals,
    externalRequests: external,
    goals: checkGoals(aggregated, labels),
    outboxGoals: Object.entries(outboxGoals).map(([id, goal]) => ({ id, met: goal.met, text: goal.text })),
  };
} finally {
  await browser.close();
  await server.close();
}

await mkdir(join(ROOT, 'tests', 'bench', 'results'), { recursive: true });
await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

const { machine: m } = results;
const out = [
  `feelback bench — ${results.date.slice(0, 10)} — ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; Chromium ${m.chromium}; Node ${m.node}`,
  `Versions: ${ids.map((id) => `${labels[id]} ${candidates[id].version ?? '?'}`).join(', ')}`,
  '',
  formatTable(results, ids, labels),
  "Files counted in the byte rows (what the page fetched of the candidate's own code):",
  formatByteFiles(results, ids, labels),
  ...results.bytesVariants.map(
    (v) =>
      `Bytes before first prompt, ${labels[v.id]} ${v.name}: ${(v.raw / 1000).toFixed(1)} raw, ${(v.gzip / 1000).toFixed(1)} gzip, ${(v.brotli / 1000).toFixed(1)} brotli kB`,
  ),
  '',
  formatFeelback(results.feelbackOnly, results.feelbackOnlyGoals),
  '',
  'Goals:',
  formatGoals(results.goals),
  'Goals (outbox):',
  formatGoals(results.outboxGoals),
  '',
  'How: each load is a fresh browser context (cold cache, empty storage) on one blank shop page served from 127.0.0.1;',
  `${RUNS} rounds after a discarded warm-up, candidates interleaved in a rotating order; cells are median [min–max].`,
  'Script = main-thread scripting in a trace (compile, evaluate, callbacks, microtasks and GC, without the style and layout',
  "it forced; tests/bench/script-time.mjs) minus the blank page's",
  `median at the same throttle, from navigation until ready (loaded and initialised, or prompt painted) and ${QUIET_MS} ms of`,
  'network quiet. Later deferred work is not counted. Every page, the blank one too, first touches document.documentElement',
  "as a shop's own scripts do, so the DOM's one-time wrapper set-up is the page's cost, not the first candidate to touch it.",
  'Heap: JSHeapUsedSize after a forced GC, minus the blank page.',
  "Long tasks: PerformanceObserver 'longtask' entries overlapping a script of the candidate's own files, or one with no",
  "source URL (a native callback such as a promise's resolve given to setTimeout; Long Animation Frames attribution). Bytes: the candidate's code files the page actually fetched, compressed here (gzip -9, brotli -q 11):",
  "'at load' in the loads without a prompt (the whole window), 'before the first prompt' what the loads that showed one",
  "fetched until it painted (the goals use the latter). feelback's widget and prompt UI (dist/feelback-core.*.js and",
  'dist/feelback-prompt.*.js, side by side) are fetched by ask(), its delivery code after the prompt painted: its',
  'script tag is a loader that fetches the widget only when there is something to do. PostHog fetches surveys.js at load once',
  'its remote config says the project has surveys; Sentry lean fetches its form on open. A prompt load counts only once',
  'the candidate said it was shown and, for feelback, its five faces are in the page and take up space.',
  'Ratios: anchor ÷ feelback in every row; long-task rows compare the number of loads with any, CLS the worst value.',
  'feelback only: ask() → painted is timed from the call to the frame after its "shown" event (the first one also fetches',
  'the UI file); Send, a frame after the face was chosen, → durable until the "answered" event says stored (it comes',
  "after the widget's transaction completed and the thank-you is drawn: an upper bound on enqueue → durable), confirmed",
  'by reading the answer back through a connection of our own (that read, timed apart, queues behind the delivery',
  'the answer starts); the endpoint refuses during those, so the answers stay. Flush: answers queued straight',
  'into IndexedDB on a loaded, idle page, then one feelback.flush() to a local collector answering 204. Heap: after',
  `two forced GCs, before queueing and after the flush; "left behind" at ${OUTBOX_SIZES.at(-1).toLocaleString('en')} is compared with the same at ${OUTBOX_SIZES[0]}`,
  'so one-time costs (code compiled, schemas built on first use) do not count as growth.',
  'PostHog does only surveys: analytics capture, replay and flags off; its API is answered locally with one 5-face emoji',
  'popover survey. Sentry lean: default integrations off, debug code stripped (__SENTRY_DEBUG__=false), no screenshot,',
  "form fetched on open from the local server (a build of @sentry/feedback's modal standing in for Sentry's CDN file).",
  "Sentry docs setup: Sentry.init defaults + feedbackIntegration() in one bundle. Neither shows Sentry's button.",
  `Requests that tried to leave 127.0.0.1: ${results.externalRequests}. Took ${results.seconds} s. JSON: tests/bench/results/latest.json`,
];
process.stdout.write(`${out.join('\n')}\n`);
